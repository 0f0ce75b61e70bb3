/** A `[[target#fragment|label]]` link as written in a note, with its place in the text it was found in. */
export interface Wikilink {
  raw: string;
  target: string;
  fragment?: string;
  label?: string;
  /** Offset of the opening `[[` in the scanned text. */
  offset: number;
  /** 1-based line and column of the opening `[[` in the scanned text. */
  line: number;
  column: number;
}

// The pipe may be escaped (`\|`), as Obsidian writes it inside a table cell.
const WIKILINK = /\[\[([^[\]\n|#]*?)(?:#([^[\]\n|]*?))?(?:\\?\|([^[\]\n]*))?\]\]/g;

/** Line and column (1-based) of an offset in a text. */
export function lineAndColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** Finds every wikilink in a run of plain text (no Markdown awareness: callers pass prose only). */
export function parseWikilinks(text: string): Wikilink[] {
  const links: Wikilink[] = [];
  for (const match of text.matchAll(WIKILINK)) {
    const offset = match.index;
    const fragment = match[2]?.trim();
    const label = match[3]?.trim();
    links.push({
      raw: match[0],
      target: match[1].trim(),
      ...(fragment ? { fragment } : {}),
      ...(label ? { label } : {}),
      offset,
      ...lineAndColumnAt(text, offset),
    });
  }
  return links;
}

/**
 * Where one block of Markdown ends and the next begins: a blank line, a list item, heading, quote or table row,
 * and the end of a heading (a one-line block). A code span never runs across one.
 */
const BLOCK_BREAK = /\n(?=[ \t]*(?:\n|[-*+][ \t]|\d+[.)][ \t]|#{1,6}[ \t]|>|\|))|(?<=^[ \t]*#{1,6}[ \t][^\n]*)\n/gm;
/** A code span: closed by a run of exactly as many backticks as opened it. */
const CODE_SPAN = /(?<!`)(`+)(?!`)[\s\S]+?(?<!`)\1(?!`)/g;

/**
 * Replaces fenced code blocks and inline code with spaces of the same length, so that wikilinks shown
 * as code are not treated as links while every other offset, line and column stays where it was.
 */
export function blankOutCode(markdown: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  return markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank)
    .split(BLOCK_BREAK)
    .map((block) => block.replace(CODE_SPAN, blank))
    .join('\n');
}

/** Wikilinks of a whole Markdown/MDX body, ignoring code. */
export function wikilinksInMarkdown(markdown: string): Wikilink[] {
  return parseWikilinks(blankOutCode(markdown));
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

const MARKDOWN_LINK = /(?<!!)\[([^\]\n]*)\]\(([^()\s]+)(?:\s+"[^"\n]*")?\)/g;

/** Ordinary Markdown links to notes in a whole body (not to web pages, images or other pages), ignoring code. */
export function markdownNoteLinksInMarkdown(markdown: string): Wikilink[] {
  const text = blankOutCode(markdown);
  return [...text.matchAll(MARKDOWN_LINK)].flatMap((match) => {
    const note = noteTargetOfUrl(match[2]);
    if (!note) return [];
    const label = match[1].trim();
    return [{ raw: match[0], ...note, ...(label ? { label } : {}), offset: match.index, ...lineAndColumnAt(text, match.index) }];
  });
}

/** Every link to a note in a body, wikilinks and Markdown links alike, in reading order. */
export function noteLinksInMarkdown(markdown: string): Wikilink[] {
  return [...wikilinksInMarkdown(markdown), ...markdownNoteLinksInMarkdown(markdown)].sort((a, b) => a.offset - b.offset);
}
