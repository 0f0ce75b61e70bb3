import type { Link, Nodes, Parent, Root, Text } from 'mdast';
import { parseBody, type ContentFormat } from './markdown-tree.ts';
import { placesIn, type TextPlace } from './text-places.ts';

/** A link to a note as written in a note (`[[target#fragment|label]]` or `[label](note.mdx)`), with its place. */
export interface Wikilink {
  raw: string;
  target: string;
  fragment?: string;
  label?: string;
  /** Offset of the link's start (the opening `[[` or `[`) in the text it was found in. */
  offset: number;
  /** 1-based line and column of the link's start in that text. */
  line: number;
  column: number;
}

// The pipe may be escaped (`\|`), as Obsidian writes it inside a table cell.
const WIKILINK = /\[\[([^[\]\n|#]*?)(?:#([^[\]\n|]*?))?(?:\\?\|([^[\]\n]*))?\]\]/g;

/**
 * Finds every wikilink in a run of plain text: what a wikilink is, for the check and the renderer alike. It knows
 * no Markdown: callers hand it the text of the syntax tree's prose (see wikilinksOfText), never code.
 */
export function parseWikilinks(text: string): Wikilink[] {
  const placeAt = placesIn(text);
  return [...text.matchAll(WIKILINK)].map((match) => {
    const fragment = match[2]?.trim();
    const label = match[3]?.trim();
    return {
      raw: match[0],
      target: match[1].trim(),
      ...(fragment ? { fragment } : {}),
      ...(label ? { label } : {}),
      offset: match.index,
      ...placeAt(match.index),
    };
  });
}

/**
 * The note an ordinary Markdown link points to, if it points to one: a note file as Obsidian writes it
 * (`growth-mindset.mdx`, `../notes/growth-mindset.md#Heading`) or a note page (`/notes/growth-mindset/`).
 * Web addresses, in-page anchors and other pages of the site are not note links.
 */
export function noteTargetOfUrl(url: string): { target: string; fragment?: string } | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('#')) return undefined;
  const [path, fragment] = url.split('#', 2);
  const decode = (text: string) => {
    try {
      return decodeURIComponent(text);
    } catch {
      return text;
    }
  };
  const file = /(?:^|\/)([^/]+)\.mdx?$/.exec(path.split('?')[0]);
  const page = /(?:^|\/)notes\/([^/]+)\/?$/.exec(path.split('?')[0]);
  const target = file?.[1] ?? page?.[1];
  if (!target) return undefined;
  return { target: decode(target), ...(fragment ? { fragment: decode(fragment) } : {}) };
}

/** The words of a node as a reader sees them, Markdown syntax left out. */
function plainTextOf(node: Nodes): string {
  if ('value' in node && node.type !== 'html' && !node.type.startsWith('mdx')) return node.value;
  return 'children' in node ? node.children.map((child) => plainTextOf(child)).join('') : '';
}

/** A Markdown link node as a link to a note, if it points to one; raw is its source text, for messages. */
export function noteLinkOfNode(node: Link, source: string): Omit<Wikilink, 'offset' | 'line' | 'column'> | undefined {
  const note = noteTargetOfUrl(node.url);
  if (!note) return undefined;
  const label = plainTextOf(node).trim();
  const { start, end } = node.position ?? {};
  const raw = start?.offset !== undefined && end?.offset !== undefined ? source.slice(start.offset, end.offset) : `[${label}](${node.url})`;
  return { raw, ...note, ...(label ? { label } : {}) };
}

/** Text in a link is the link's label: a `[[…]]` there is not a link of its own. */
export const mayHoldWikilinks = (parent: Parent | undefined): parent is Parent => parent !== undefined && parent.type !== 'link' && parent.type !== 'linkReference';

const OPENING_BRACKET = '['.charCodeAt(0);

/** A wikilink of a text node: `offset` and its place are in the source, `valueOffset` in the node's value. */
export type TextWikilink = Wikilink & { valueOffset: number };

/**
 * The wikilinks of a text node of a tree parsed from source. A node's value has lost indentation, quote markers,
 * escapes and character references, none of which lengthens it: each link's `[[` is looked for in the source
 * from where the value puts it onwards, and never past the node's end, so the search stays linear.
 */
export function wikilinksOfText(node: Text, source: string, placeAt: (offset: number) => TextPlace): TextWikilink[] {
  const links = parseWikilinks(node.value);
  if (links.length === 0) return [];
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return links.map((link) => ({ ...link, valueOffset: link.offset }));
  let cursor = start;
  let exhausted = false;
  return links.map((link) => {
    const from = Math.max(cursor, start + link.offset);
    let at = -1;
    for (let index = from; !exhausted && index + 1 < end; index++) {
      if (source.charCodeAt(index) === OPENING_BRACKET && source.charCodeAt(index + 1) === OPENING_BRACKET) {
        at = index;
        break;
      }
    }
    // No `[[` left in the node: the link was written with escaped brackets; its place is then approximate.
    if (at < 0) exhausted = true;
    else cursor = at + 2;
    const offset = at < 0 ? Math.min(from, end) : at;
    return { ...link, valueOffset: link.offset, offset, ...placeAt(offset) };
  });
}

/**
 * A block of prose a reader sees as one unit (a paragraph, heading or table row) as plain text: runs of its words,
 * and in between the indexes (into NoteProse.links) of the links that stand in it, whose words depend on what
 * they resolve to.
 */
export interface ProseBlock {
  pieces: (string | number)[];
  /** A paragraph of the running text (not a heading, table row or footnote), which a preview may open with. */
  opening: boolean;
}

/** The links to notes of a body, in reading order, and the prose blocks they stand in. */
export interface NoteProse<Link extends Wikilink = Wikilink> {
  links: Link[];
  blocks: ProseBlock[];
  /** For each link, the index of its block. */
  blockOf: number[];
}

const BLOCKS = new Set(['paragraph', 'heading', 'tableRow']);

/** Links and prose blocks of a parsed body, in one walk over its tree. */
export function proseOfTree(tree: Root, source: string): NoteProse {
  const placeAt = placesIn(source);
  const prose: NoteProse = { links: [], blocks: [], blockOf: [] };
  const addLink = (link: Wikilink, pieces: ProseBlock['pieces']) => {
    pieces.push(prose.links.length);
    prose.links.push(link);
    prose.blockOf.push(prose.blocks.length);
  };
  /** Adds the words and links of inline content to a block's pieces. */
  const phrasing = (node: Nodes, parent: Parent | undefined, pieces: ProseBlock['pieces']) => {
    if (node.type === 'text') {
      if (!mayHoldWikilinks(parent)) return void pieces.push(node.value);
      let cursor = 0;
      for (const { valueOffset, ...link } of wikilinksOfText(node, source, placeAt)) {
        pieces.push(node.value.slice(cursor, valueOffset));
        addLink(link, pieces);
        cursor = valueOffset + link.raw.length;
      }
      pieces.push(node.value.slice(cursor));
    } else if (node.type === 'inlineCode') {
      pieces.push(node.value);
    } else if (node.type === 'break' || node.type === 'tableCell') {
      pieces.push(' ');
      if (node.type === 'tableCell') for (const child of node.children) phrasing(child, node, pieces);
    } else if (node.type === 'link') {
      const link = noteLinkOfNode(node, source);
      const offset = node.position?.start.offset;
      if (link && offset !== undefined) addLink({ ...link, offset, ...placeAt(offset) }, pieces);
      else for (const child of node.children) phrasing(child, node, pieces);
    } else if ('children' in node) {
      for (const child of node.children) phrasing(child, node, pieces);
    }
  };
  const flow = (node: Nodes, parent: Parent | undefined, inFootnote: boolean) => {
    if (BLOCKS.has(node.type) || node.type === 'text' || node.type === 'link') {
      const pieces: ProseBlock['pieces'] = [];
      phrasing(node, parent, pieces);
      prose.blocks.push({ pieces, opening: node.type === 'paragraph' && !inFootnote });
    } else if ('children' in node) {
      for (const child of node.children) flow(child, node, inFootnote || node.type === 'footnoteDefinition');
    }
  };
  flow(tree, undefined, false);
  return prose;
}

/**
 * The syntax tree of a body, for reading its links. A body MDX cannot parse is read as Markdown, so its links are
 * still checked while the MDX check reports the syntax error.
 */
export function linkableTree(markdown: string, format: ContentFormat): Root {
  try {
    return parseBody(markdown, format);
  } catch {
    return parseBody(markdown, 'md');
  }
}
