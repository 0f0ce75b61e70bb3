import type { NoteProse, ProseBlock, Wikilink } from './wikilinks.ts';

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

const SENTENCE_END = /[.!?]["'”’)]*\s+/g;

const displayText = (link: ResolvedLink, titleOf: TitleOf) => link.label ?? (link.to ? titleOf(link.to) : link.target);

type Span = { start: number; end: number };

/** A block as plain text, where each link's words are in it, and its sentence ends (match start and end). */
interface PlainBlock {
  text: string;
  spans: Map<number, Span>;
  sentenceEnds: Span[];
}

/** The plain text of a block with every link shown as the words a reader sees. */
function plainBlock(block: ProseBlock, links: ResolvedLink[], titleOf: TitleOf): PlainBlock {
  let text = '';
  let words = '';
  const spans = new Map<number, Span>();
  for (const piece of block.pieces) {
    if (typeof piece === 'string') {
      words += piece;
      continue;
    }
    text += words.replace(/\s+/g, ' ');
    words = '';
    const shown = displayText(links[piece], titleOf);
    spans.set(piece, { start: text.length, end: text.length + shown.length });
    text += shown;
  }
  text += words.replace(/\s+/g, ' ');
  const sorted = [...spans.values()];
  const sentenceEnds: Span[] = [];
  let next = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    while (next < sorted.length && sorted[next].end <= match.index) next++;
    // A title shown in place of a link ("Background and fit, or passion?") does not end the sentence it stands in.
    if (next < sorted.length && sorted[next].start <= match.index) continue;
    sentenceEnds.push({ start: match.index, end: match.index + match[0].length });
  }
  return { text, spans, sentenceEnds };
}

// Every link of a block needs the block's text: it is made once per block (for one resolution of its links).
const plainBlocks = new WeakMap<ProseBlock, { links: ResolvedLink[]; titleOf: TitleOf; plain: PlainBlock }>();

function plainBlockOf(block: ProseBlock, links: ResolvedLink[], titleOf: TitleOf): PlainBlock {
  const known = plainBlocks.get(block);
  if (known?.links === links && known.titleOf === titleOf) return known.plain;
  const plain = plainBlock(block, links, titleOf);
  plainBlocks.set(block, { links, titleOf, plain });
  return plain;
}

/** The index of the first span for which `after` holds, in spans sorted so that it holds for a suffix of them. */
function firstWhere(spans: Span[], after: (span: Span) => boolean): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (after(spans[middle])) high = middle;
    else low = middle + 1;
  }
  return low;
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
export function linkPassage(prose: NoteProse<ResolvedLink>, link: number, titleOf: TitleOf, limit = 220): LinkPassage {
  const { text, spans, sentenceEnds } = plainBlockOf(prose.blocks[prose.blockOf[link]], prose.links, titleOf);
  const at = spans.get(link) ?? { start: 0, end: 0 };
  const sentenceStart = sentenceEnds[firstWhere(sentenceEnds, (end) => end.end > at.start) - 1]?.end ?? 0;
  const following = sentenceEnds[firstWhere(sentenceEnds, (end) => end.start >= at.end)];
  const sentenceEnd = following ? following.start + text.slice(following.start, following.end).trimEnd().length : text.length;
  return {
    before: shorten(text.slice(sentenceStart, at.start).trimStart(), limit, 'end'),
    link: text.slice(at.start, at.end),
    after: shorten(text.slice(at.end, sentenceEnd).trimEnd(), limit, 'start'),
  };
}

/** The opening of a note as plain prose, about `words` long, for link previews: its first paragraphs, never a heading, table or component. */
export function openingOf(prose: NoteProse<ResolvedLink>, titleOf: TitleOf, words = 45): string {
  const collected: string[] = [];
  for (const block of prose.blocks) {
    if (!block.opening) continue;
    const text = plainBlockOf(block, prose.links, titleOf).text.trim();
    if (text) collected.push(...text.split(' '));
    if (collected.length >= words) break;
  }
  if (collected.length <= words) return collected.join(' ');
  const cut = collected.slice(0, words).join(' ');
  const sentence = cut.match(/^[\s\S]*[.!?](?=\s)/)?.[0];
  return sentence && sentence.length > cut.length / 2 ? sentence : `${cut.replace(/[,;:]$/, '')} …`;
}
