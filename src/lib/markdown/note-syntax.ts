import type { ContentFormat } from './markdown-tree.ts';
import { headingsOfTree, type NoteHeading } from './headings.ts';
import { labelledLinksInTree, type TableLinkFinding } from './table-links.ts';
import { linkableTree, proseOfTree, type NoteProse, type Wikilink } from './wikilinks.ts';

/**
 * What the garden reads from a note body's syntax tree: its links in the prose they stand in, its headings, and
 * the labelled links its table rows break. Plain data, so that another thread can take it (see keepSyntax).
 */
export interface NoteSyntax {
  prose: NoteProse;
  headings: NoteHeading[];
  tableLinks: TableLinkFinding[];
}

// A build asks for each body's links and headings several times (the render-cache key, link resolution, the
// graph, the previews, the check's rules): the body is parsed once, and what was read from it kept. Bodies are
// keys, so an edited note is read afresh; the bound only keeps a long `astro dev` session from collecting every
// version.
const read = new Map<string, NoteSyntax>();
const KEPT_BODIES = 20_000;

const keep = (key: string, syntax: NoteSyntax) => {
  if (read.size >= KEPT_BODIES) read.clear();
  read.set(key, syntax);
};

/** What a body's reads are kept under: the body and its format, which parses it differently. */
export const syntaxKey = (markdown: string, format: ContentFormat): string => `${format}\n${markdown}`;

/** The links, prose, headings and table links of a Markdown or MDX body, from one parse of it. */
export function noteSyntax(markdown: string, format: ContentFormat = 'md'): NoteSyntax {
  const key = syntaxKey(markdown, format);
  let syntax = read.get(key);
  if (!syntax) {
    const tree = linkableTree(markdown, format);
    syntax = { prose: proseOfTree(tree, markdown), headings: headingsOfTree(tree), tableLinks: labelledLinksInTree(tree, markdown) };
    keep(key, syntax);
  }
  return syntax;
}

/** Every body read so far with what was read from it, for another thread (the build's worker) to keep. */
export const syntaxRead = (): [string, NoteSyntax][] => [...read];

/** Keeps what another thread read from bodies (see syntaxRead), so that this one does not parse them again. */
export function keepSyntax(entries: [string, NoteSyntax][]): void {
  for (const [key, syntax] of entries) keep(key, syntax);
}

/**
 * The links to notes of a Markdown or MDX body and the prose they stand in, read from the syntax tree the site
 * renders from: code (fenced, indented, inline), HTML comments and component attributes hold no links.
 */
export const proseOfMarkdown = (markdown: string, format: ContentFormat = 'md'): NoteProse => noteSyntax(markdown, format).prose;

/** Every link to a note in a body, wikilinks and Markdown links alike, in reading order. */
export const noteLinksInMarkdown = (markdown: string, format: ContentFormat = 'md'): Wikilink[] => noteSyntax(markdown, format).prose.links;

/** The headings of a note body, in order, with the ids the site gives them. */
export const noteHeadings = (markdown: string, format: ContentFormat = 'md'): NoteHeading[] => noteSyntax(markdown, format).headings;

export const headingIds = (markdown: string, format: ContentFormat = 'md'): string[] => noteHeadings(markdown, format).map((heading) => heading.id);

/** Every [[target|label]] link written inside a table row of a body (see labelledLinksInTree). */
export const labelledLinksInTables = (markdown: string, format: ContentFormat = 'md'): TableLinkFinding[] => noteSyntax(markdown, format).tableLinks;
