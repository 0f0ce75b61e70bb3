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

const WIKILINK = /\[\[([^[\]\n|#]*)(?:#([^[\]\n|]*))?(?:\|([^[\]\n]*))?\]\]/g;

/** Finds every wikilink in a run of plain text (no Markdown awareness: callers pass prose only). */
export function parseWikilinks(text: string): Wikilink[] {
  const links: Wikilink[] = [];
  for (const match of text.matchAll(WIKILINK)) {
    const offset = match.index;
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    const fragment = match[2]?.trim();
    const label = match[3]?.trim();
    links.push({
      raw: match[0],
      target: match[1].trim(),
      ...(fragment ? { fragment } : {}),
      ...(label ? { label } : {}),
      offset,
      line,
      column,
    });
  }
  return links;
}

/**
 * Replaces fenced code blocks and inline code with spaces of the same length, so that wikilinks shown
 * as code are not treated as links while every other offset, line and column stays where it was.
 */
export function blankOutCode(markdown: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  return markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank)
    .replace(/(`+)[^`\n][\s\S]*?\1/g, blank);
}

/** Wikilinks of a whole Markdown/MDX body, ignoring code. */
export function wikilinksInMarkdown(markdown: string): Wikilink[] {
  return parseWikilinks(blankOutCode(markdown));
}
