import type { Link, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { parseWikilinks } from './wikilinks.ts';

/** What the plugin needs to know about the garden to turn a wikilink into a real link. */
export interface LinkIndex {
  resolve(target: string): string | undefined;
  title(slug: string): string;
  headingIds(slug: string): string[];
}

export interface WikilinkOptions {
  /** Returns the current index; called once per file so edits during `astro dev` are seen. */
  index: () => LinkIndex;
  /** Builds the URL of a note page from its slug (base path included). */
  href: (slug: string) => string;
}

/**
 * Turns `[[target]]`, `[[target|label]]` and `[[target#heading|label]]` in prose into links to notes.
 * A link that names no note, or a heading the note lacks, stops the build with file, line and column.
 */
export function remarkWikilinks(options: WikilinkOptions) {
  return (tree: Root, file: VFile) => {
    const index = options.index();
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
        const slug = index.resolve(link.target);
        if (!slug) {
          file.fail(
            `Wikilink ${link.raw} names no note. Link by a note's file name, title or alias, e.g. [[growth-mindset]] or [[growth-mindset|a growth mindset]].`,
            { place, ruleId: 'unknown-note', source: 'tpm-garden' },
          );
        }
        if (link.fragment && !index.headingIds(slug).includes(link.fragment)) {
          file.fail(
            `Wikilink ${link.raw}: the note "${slug}" has no heading with the id "${link.fragment}". Its heading ids are: ${index.headingIds(slug).join(', ') || 'none'}.`,
            { place, ruleId: 'unknown-heading', source: 'tpm-garden' },
          );
        }
        if (link.offset > cursor) replacement.push({ type: 'text', value: node.value.slice(cursor, link.offset) });
        const url = options.href(slug) + (link.fragment ? `#${link.fragment}` : '');
        const linkNode: Link = {
          type: 'link',
          url,
          children: [{ type: 'text', value: link.label ?? index.title(slug) }],
          data: { hProperties: { className: ['wikilink'] } },
        };
        replacement.push(linkNode);
        cursor = link.offset + link.raw.length;
      }
      if (cursor < node.value.length) replacement.push({ type: 'text', value: node.value.slice(cursor) });
      parent.children.splice(position, 1, ...replacement);
      return [SKIP, position + replacement.length];
    });
  };
}
