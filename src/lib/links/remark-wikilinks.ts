import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Link, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { checkLink, type LinkIndex, type LinkReference } from './link-resolution.ts';
import { splitFrontmatter } from '../markdown/frontmatter.ts';
import { placesIn } from '../markdown/text-places.ts';
import { mayHoldWikilinks, noteLinkOfNode, wikilinksOfText } from '../markdown/wikilinks.ts';

export interface WikilinkOptions {
  /** Returns the current index; called once per file so edits during `astro dev` are seen. */
  index: () => LinkIndex;
  /** Builds the URL of a note page from its slug (base path included). */
  href: (slug: string) => string;
  /** Builds the URL of a note's preview data, which the link carries for the preview script. */
  previewHref: (slug: string) => string;
  /**
   * Not read here: Astro hashes the Markdown options to decide whether rendered notes kept from the last build
   * are still valid, and this key (renderCacheKey in link-index.ts) changes whenever a link could resolve or
   * render differently.
   */
  renderCacheKey?: string;
  /**
   * Told about every link that names no note, several notes or a missing heading, with its place in the file.
   * The link itself is rendered as a marked, visible `[[…]]`, so a page in `astro dev` shows where it is.
   */
  onBrokenLink: (problem: BrokenLink) => void;
}

export interface BrokenLink {
  file: string;
  line: number;
  column: number;
  message: string;
  hint: string;
}

type Place = { line: number; column: number } | undefined;

/** Marks the text of a link that could not be resolved; builds stop on pages that contain it. */
export const BROKEN_LINK_CLASS = 'broken-link';

/**
 * How many lines to add to a line of the processed text to get the file's line. Astro hands a Markdown note's
 * body over without its frontmatter and the blank lines after it, but an MDX note whole, its frontmatter
 * blanked out: the text's first words are looked up in the file, after its frontmatter.
 */
function lineShift(path: string, processed: string): number {
  try {
    const text = readFileSync(path, 'utf8');
    const body = splitFrontmatter(text)?.body;
    const words = processed.trimStart();
    const at = text.indexOf(words.slice(0, 200), body === undefined ? 0 : text.length - body.length);
    if (at < 0) return 0;
    return placesIn(text)(at).line - placesIn(processed)(processed.length - words.length).line;
  } catch {
    return 0;
  }
}

/**
 * Turns `[[target]]`, `[[target|label]]`, `[[target#heading|label]]` and `[[#heading]]` in prose into links to
 * notes, and points ordinary Markdown links to notes (`[text](growth-mindset.mdx)`) at the note's page. A link
 * that names no note, names several, or names a heading the note lacks is reported with file, line and column
 * (see onBrokenLink) and rendered as marked text.
 */
export function remarkWikilinks(options: WikilinkOptions) {
  return (tree: Root, file: VFile) => {
    const index = options.index();
    const path = (file.path ?? '').replace(/\\/g, '/');
    const processed = String(file.value);
    const from = /(?:^|\/)content\/notes\//.test(path) ? basename(path).replace(/\.mdx?$/, '') : undefined;
    let shift: number | undefined;
    const placeAt = placesIn(processed);
    const resolveOrReport = (link: LinkReference, place: Place) => {
      const check = checkLink(link, index, from);
      if (!check.ok) {
        shift ??= path ? lineShift(path, processed) : 0;
        const at = path.lastIndexOf('content/');
        const relativeFile = at >= 0 ? path.slice(at) : path || '(unknown file)';
        options.onBrokenLink({ file: relativeFile, line: (place?.line ?? 1) + shift, column: place?.column ?? 1, message: check.message, hint: check.hint });
      }
      return check;
    };
    const brokenLink = (raw: string, message: string): PhrasingContent => ({
      type: 'emphasis',
      children: [{ type: 'text', value: raw }],
      data: { hName: 'mark', hProperties: { className: [BROKEN_LINK_CLASS], title: message } },
    });
    const noteLink = (slug: string, headingId: string | undefined) => ({
      url: options.href(slug) + (headingId ? `#${headingId}` : ''),
      data: { hProperties: { className: ['wikilink'], dataPreview: options.previewHref(slug) } },
    });

    visit(tree, 'link', (node: Link, position, parent) => {
      const link = noteLinkOfNode(node, processed);
      if (!link) return;
      const start = node.position?.start;
      const check = resolveOrReport(link, start && (start.offset === undefined ? start : placeAt(start.offset)));
      if (check.ok) Object.assign(node, noteLink(check.slug, check.headingId));
      else if (parent && position !== undefined) parent.children.splice(position, 1, brokenLink(link.raw, check.message));
    });

    visit(tree, 'text', (node: Text, position, parent) => {
      if (!mayHoldWikilinks(parent) || position === undefined) return;
      const links = wikilinksOfText(node, processed, placeAt);
      if (links.length === 0) return;
      const replacement: PhrasingContent[] = [];
      let cursor = 0;
      for (const link of links) {
        const check = resolveOrReport(link, link);
        if (link.valueOffset > cursor) replacement.push({ type: 'text', value: node.value.slice(cursor, link.valueOffset) });
        replacement.push(
          check.ok
            ? { type: 'link', ...noteLink(check.slug, check.headingId), children: [{ type: 'text', value: link.label ?? index.title(check.slug) }] }
            : brokenLink(link.raw, check.message),
        );
        cursor = link.valueOffset + link.raw.length;
      }
      if (cursor < node.value.length) replacement.push({ type: 'text', value: node.value.slice(cursor) });
      parent.children.splice(position, 1, ...replacement);
      return [SKIP, position + replacement.length];
    });
  };
}
