import type { GardenResults } from './search-query.ts';

/** How many results the search panel shows at most. */
export const MAX_RESULTS = 20;

/** A reader's word in curly quotes (a phrase loses its straight ones). */
export const quoted = (text: string) => `“${text.replaceAll('"', '')}”`;

/** "a", "a or b", "a, b or c". */
export const listed = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`);

/**
 * The text with the whole word `from` (case-insensitive) replaced by `to`, leaving longer words alone. `from`
 * is a word of the query analysis (letters, digits, apostrophes), so it needs no escaping in a pattern.
 */
export function replaceWord(text: string, from: string, to: string): string {
  return text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${from}(?![\\p{L}\\p{N}])`, 'iu'), to);
}

/** The status line: what was searched (after corrections), how many pages, and which words found nothing. */
export function describeOutcome(outcome: GardenResults<unknown>, typed: string, filtered: boolean): string {
  const narrowed = filtered ? ' with the chosen filters' : '';
  const total = outcome.hits.length;
  let searched = typed;
  for (const { from, to } of outcome.corrections) searched = replaceWord(searched, from, to);
  const lacking = [...outcome.corrections.map(({ from }) => from), ...outcome.unmatched].map(quoted);
  if (total === 0) return `No results for ${quoted(searched)}${narrowed}${lacking.length && outcome.corrections.length ? ` (no page holds ${listed(lacking)})` : ''}.`;
  const count = `${total} result${total === 1 ? '' : 's'}`;
  const more = total > MAX_RESULTS ? `, showing the first ${MAX_RESULTS}` : '';
  const partly = outcome.unmatched.length
    ? `; no page holds ${listed(outcome.unmatched.map(quoted))}`
    : outcome.partial && outcome.complete > 0
      ? `; ${outcome.complete === 1 ? 'the first holds' : `the first ${outcome.complete} hold`} every word, the others some of them`
      : outcome.partial
        ? '; no page holds every word, so pages holding the most come first'
        : '';
  if (outcome.corrections.length) {
    return `Showing results for ${quoted(searched)}${narrowed}, as no page holds ${listed(outcome.corrections.map(({ from }) => quoted(from)))}: ${count}${more}${partly}.`;
  }
  return `${count} for ${quoted(searched)}${narrowed}${more}${partly}.`;
}

