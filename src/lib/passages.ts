import type { Wikilink } from './wikilinks.ts';

/** A link found in a note body, resolved to the note it names where it names one. */
export interface ResolvedLink extends Wikilink {
  to?: string;
}

/** The sentence a link appears in, as plain text split around the link's own words. */
export interface LinkPassage {
  before: string;
  link: string;
  after: string;
}

type TitleOf = (slug: string) => string;

const BLOCK_START = /^\s*(?:[-*+]\s|\d+[.)]\s|#{1,6}\s|>|\|)/;
const SENTENCE_END = /[.!?]["'”’)]*\s+/g;

/** Markdown inline syntax and component tags removed; whitespace collapsed but kept at the ends. */
function plainMarkdown(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/^[ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+|\d+[.)][ \t]+|>[ \t]?)/gm, '')
    .replace(/\*\*|__|~~|[*`]|(?<!\w)_|_(?!\w)/g, '')
    .replace(/\\?\|/g, ' ')
    .replace(/\s+/g, ' ');
}

const displayText = (link: ResolvedLink, titleOf: TitleOf) => link.label ?? (link.to ? titleOf(link.to) : link.target);

type Span = { start: number; end: number };

/** Plain text of body[start, end) with every link replaced by the words a reader sees, and where those words are. */
function plainRun(body: string, start: number, end: number, links: ResolvedLink[], titleOf: TitleOf, mark?: ResolvedLink) {
  let text = '';
  let cursor = start;
  let marked: Span | undefined;
  const spans: Span[] = [];
  for (const link of links) {
    if (link.offset < start || link.offset >= end) continue;
    text += plainMarkdown(body.slice(cursor, link.offset));
    const words = displayText(link, titleOf);
    const span = { start: text.length, end: text.length + words.length };
    spans.push(span);
    if (link === mark) marked = span;
    text += words;
    cursor = link.offset + link.raw.length;
  }
  text += plainMarkdown(body.slice(cursor, end));
  return { text, marked, spans };
}

/** Offsets of the block (paragraph, list item, table row, heading) that contains offset. */
function blockAround(body: string, offset: number): { start: number; end: number } {
  const lineStart = (at: number) => body.lastIndexOf('\n', at - 1) + 1;
  let start = lineStart(offset);
  while (start > 0 && !BLOCK_START.test(body.slice(start, body.indexOf('\n', start) + 1 || undefined))) {
    const previous = lineStart(start - 1);
    const previousLine = body.slice(previous, start);
    if (!previousLine.trim() || /^\s*#{1,6}\s/.test(previousLine)) break;
    start = previous;
  }
  let end = body.indexOf('\n', offset);
  while (end !== -1) {
    const nextEnd = body.indexOf('\n', end + 1);
    const next = body.slice(end + 1, nextEnd === -1 ? undefined : nextEnd);
    if (!next.trim() || BLOCK_START.test(next)) break;
    end = nextEnd;
  }
  return { start, end: end === -1 ? body.length : end };
}

function shorten(text: string, limit: number, keep: 'start' | 'end'): string {
  if (text.length <= limit) return text;
  if (keep === 'start') return `${text.slice(0, limit).replace(/\s+\S*$/, '')} …`;
  return `… ${text.slice(-limit).replace(/^\S*\s+/, '')}`;
}

/**
 * The sentence around a link, for backlinks: the words before and after it up to the sentence's ends
 * (each side at most `limit` characters), so a reader sees why one note links to another.
 */
export function linkPassage(body: string, link: ResolvedLink, links: ResolvedLink[], titleOf: TitleOf, limit = 220): LinkPassage {
  const block = blockAround(body, link.offset);
  const { text, marked, spans } = plainRun(body, block.start, block.end, links, titleOf, link);
  const at = marked ?? { start: 0, end: 0 };
  let sentenceStart = 0;
  let sentenceEnd = text.length;
  for (const match of text.matchAll(SENTENCE_END)) {
    // A title shown in place of a link ("Background and fit, or passion?") does not end the sentence it stands in.
    if (spans.some((span) => span.start <= match.index && match.index < span.end)) continue;
    const boundary = match.index + match[0].length;
    if (boundary <= at.start) sentenceStart = boundary;
    else if (match.index >= at.end) {
      sentenceEnd = match.index + match[0].trimEnd().length;
      break;
    }
  }
  return {
    before: shorten(text.slice(sentenceStart, at.start).trimStart(), limit, 'end'),
    link: text.slice(at.start, at.end),
    after: shorten(text.slice(at.end, sentenceEnd).trimEnd(), limit, 'start'),
  };
}

/** The opening of a note as plain prose, about `words` long, for link previews. Headings, components and tables are skipped. */
export function openingOf(body: string, links: ResolvedLink[], titleOf: TitleOf, words = 45): string {
  const collected: string[] = [];
  let offset = 0;
  for (const block of body.split(/(\n\s*\n)/)) {
    const start = offset;
    offset += block.length;
    const trimmed = block.trim();
    if (!trimmed || /^(?:#|<|import\s|export\s|\||```|~~~)/.test(trimmed)) continue;
    collected.push(...plainRun(body, start, offset, links, titleOf).text.trim().split(' '));
    if (collected.length >= words) break;
  }
  if (collected.length <= words) return collected.join(' ');
  const cut = collected.slice(0, words).join(' ');
  const sentence = cut.match(/^[\s\S]*[.!?](?=\s)/)?.[0];
  return sentence && sentence.length > cut.length / 2 ? sentence : `${cut.replace(/[,;:]$/, '')} …`;
}
