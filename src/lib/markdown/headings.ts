import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseWikilinks } from './wikilinks.ts';

/** A `##`–`######` heading of a note body: the id the page gives it and its text as a reader sees it. */
export interface NoteHeading {
  id: string;
  text: string;
  depth: number;
}

/** A heading's words as a reader sees them; a wikilink reads as its label, or else its target. */
function headingText(node: Nodes): string {
  if (node.type === 'inlineCode') return node.value;
  if (node.type === 'text') {
    let text = '';
    let cursor = 0;
    for (const link of parseWikilinks(node.value)) {
      text += node.value.slice(cursor, link.offset) + (link.label ?? link.target);
      cursor = link.offset + link.raw.length;
    }
    return text + node.value.slice(cursor);
  }
  return 'children' in node ? node.children.map(headingText).join('') : '';
}

/**
 * The headings of a note body's syntax tree, in order, with the ids the site gives them. They follow the same
 * GitHub-style slugging as Astro's heading ids, so `[[note#heading]]` links can be checked before rendering.
 */
export function headingsOfTree(tree: Root): NoteHeading[] {
  const slugger = new GithubSlugger();
  const headings: NoteHeading[] = [];
  visit(tree, 'heading', (heading) => {
    // The page slugs a title heading too, so a later heading with the same words gets the next id.
    const text = headingText(heading).trim();
    const id = slugger.slug(text);
    if (heading.depth >= 2) headings.push({ id, text, depth: heading.depth });
  });
  return headings;
}
