import type { Link, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { checkLink, type LinkIndex, type LinkReference } from './link-resolution.ts';
import { noteTargetOfUrl, parseWikilinks } from './wikilinks.ts';

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
}

type Place = { line: number; column: number } | undefined;

/**
 * Turns `[[target]]`, `[[target|label]]` and `[[target#heading|label]]` in prose into links to notes, and
 * points ordinary Markdown links to notes (`[text](growth-mindset.mdx)`) at the note's page. A link that
 * names no note, names several, or names a heading the note lacks stops the build with file, line and column.
 */
export function remarkWikilinks(options: WikilinkOptions) {
  return (tree: Root, file: VFile) => {
    const index = options.index();
    const resolveOrFail = (link: LinkReference, place: Place) => {
      const check = checkLink(link, index);
      if (!check.ok) file.fail(`${check.message} (${check.hint})`, { place, ruleId: 'broken-link', source: 'tpm-garden' });
      return check;
    };
    const noteLink = (slug: string, headingId: string | undefined) => ({
      url: options.href(slug) + (headingId ? `#${headingId}` : ''),
      data: { hProperties: { className: ['wikilink'], dataPreview: options.previewHref(slug) } },
    });

    visit(tree, 'link', (node: Link) => {
      const target = noteTargetOfUrl(node.url);
      if (!target) return;
      const raw = `[${node.children.map((child) => ('value' in child ? child.value : '')).join('')}](${node.url})`;
      const check = resolveOrFail({ raw, ...target }, node.position?.start);
      if (check.ok) Object.assign(node, noteLink(check.slug, check.headingId));
    });

    visit(tree, 'text', (node: Text, position, parent) => {
      if (!parent || position === undefined || parent.type === 'link' || parent.type === 'linkReference') return;
      const links = parseWikilinks(node.value);
      if (links.length === 0) return;
      const start = node.position?.start;
      const replacement: PhrasingContent[] = [];
      let cursor = 0;
      for (const link of links) {
        const place = start && {
          line: start.line + link.line - 1,
          column: link.line === 1 ? start.column + link.column - 1 : link.column,
        };
        const check = resolveOrFail(link, place);
        if (!check.ok) continue;
        if (link.offset > cursor) replacement.push({ type: 'text', value: node.value.slice(cursor, link.offset) });
        replacement.push({
          type: 'link',
          ...noteLink(check.slug, check.headingId),
          children: [{ type: 'text', value: link.label ?? index.title(check.slug) }],
        });
        cursor = link.offset + link.raw.length;
      }
      if (cursor < node.value.length) replacement.push({ type: 'text', value: node.value.slice(cursor) });
      parent.children.splice(position, 1, ...replacement);
      return [SKIP, position + replacement.length];
    });
  };
}
