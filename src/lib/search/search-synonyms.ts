import { HIDDEN_TERMS_MARK } from './search-excerpt.ts';

/**
 * Words a reader types for the same idea. Pagefind matches words, not meanings, so each indexed page gets the
 * other members of every group it mentions as low-weight hidden text: "EQ" then finds notes that only say
 * "emotional intelligence", and the reverse.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['TPM', 'technical program manager', 'technical program management'],
  ['PM', 'product manager', 'program manager'],
  ['EQ', 'emotional intelligence', 'empathy'],
  ['KPI', 'metrics', 'key performance indicator'],
  ['SWE', 'software engineer', 'software engineering'],
  ['SRE', 'site reliability engineering', 'site reliability engineer'],
  ['FAANG', 'big tech'],
  ['exec', 'executive'],
];

/** Weight of the added words: below body text (1), so a page that uses the reader's own word ranks first. */
export const SYNONYM_WEIGHT = 0.5;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const termPatterns = new Map<string, RegExp>();

/** Abbreviations match only in capitals ("PM", not "pm" in "5 pm"); phrases match in any case. */
function mentions(text: string, term: string): boolean {
  let pattern = termPatterns.get(term);
  if (!pattern) {
    pattern = new RegExp(`\\b${escapeRegExp(term)}s?\\b`, term === term.toUpperCase() ? '' : 'i');
    termPatterns.set(term, pattern);
  }
  return pattern.test(text);
}

/** The synonyms a page's text lacks for the terms it does mention, in group order. */
export function synonymsFor(text: string, groups: readonly (readonly string[])[] = SYNONYM_GROUPS): string[] {
  const added: string[] = [];
  for (const group of groups) {
    if (!group.some((term) => mentions(text, term))) continue;
    for (const term of group) if (!mentions(text, term) && !added.includes(term)) added.push(term);
  }
  return added;
}

/** Offset of the tag that closes the element opened at `from` (tag name `tag`), counting nested ones. */
function closingTagOffset(html: string, tag: string, from: number): number {
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  tags.lastIndex = from;
  let depth = 0;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return match.index;
  }
  return -1;
}

/** Marks the added block (the search tests find it by this attribute). */
const BLOCK_MARK = 'data-search-synonyms';

/**
 * The text Pagefind indexes from the HTML of a page's data-pagefind-body element: without scripts, styles and
 * the parts marked data-pagefind-ignore (a page's search facets, its citations). Hidden parts stay: Pagefind
 * indexes them, and a note's aliases are indexed that way.
 */
export function indexedText(html: string): string {
  let text = html.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ');
  const skipped = /<([a-z][\w-]*)\b[^>]*\sdata-pagefind-ignore\b[^>]*>/i;
  for (let match = skipped.exec(text); match; match = skipped.exec(text)) {
    const end = /\/>$/.test(match[0]) ? -1 : closingTagOffset(text, match[1], match.index);
    const after = end < 0 ? match.index + match[0].length : text.indexOf('>', end) + 1;
    text = `${text.slice(0, match.index)} ${text.slice(after)}`;
  }
  return text.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&');
}

/**
 * The hidden, weighted block of a page's synonyms (synonymsFor), to end its data-pagefind-body element with
 * (empty when there are none): Pagefind indexes it, readers and screen readers never meet it, and at the end
 * it stays out of the excerpts of results that match the page's own words.
 */
export function synonymBlock(words: readonly string[]): string {
  return words.length ? `<div hidden ${BLOCK_MARK} data-pagefind-weight="${SYNONYM_WEIGHT}">${HIDDEN_TERMS_MARK} ${words.join(', ')}</div>` : '';
}
