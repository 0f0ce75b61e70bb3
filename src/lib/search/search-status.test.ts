import { describe, expect, it } from 'vitest';
import type { GardenResults } from './search-query.ts';
import { describeOutcome, listed, replaceWord } from './search-status.ts';

const outcome = (overrides: Partial<GardenResults<unknown>>): GardenResults<unknown> => ({
  query: { phrases: [], words: [], dropped: [] },
  hits: [],
  corrections: [],
  unmatched: [],
  suggestions: [],
  partial: false,
  complete: 0,
  ...overrides,
});
const hits = (count: number) => Array.from({ length: count }, (_, at) => ({ id: String(at), score: 1, matched: [], data: async () => at }));

describe('describeOutcome', () => {
  it('counts results, and says when only the first ones show', () => {
    expect(describeOutcome(outcome({ hits: hits(1) }), 'mosaic', false)).toBe('1 result for “mosaic”.');
    expect(describeOutcome(outcome({ hits: hits(31) }), 'growth', true)).toBe('31 results for “growth” with the chosen filters, showing the first 20.');
  });

  it('says what it searched instead of a misspelt word', () => {
    const corrected = outcome({ hits: hits(4), corrections: [{ from: 'mitsakes', to: 'mistakes' }] });
    expect(describeOutcome(corrected, 'Common Mitsakes', false)).toBe('Showing results for “Common mistakes”, as no page holds “mitsakes”: 4 results.');
  });

  it('names the words no page holds, and says when pages hold only some of the words', () => {
    expect(describeOutcome(outcome({ hits: hits(2), unmatched: ['zeppelin'], partial: true }), 'ownership zeppelin', false)).toBe(
      '2 results for “ownership zeppelin”; no page holds “zeppelin”.',
    );
    expect(describeOutcome(outcome({ hits: hits(2), partial: true }), 'daily routine', false)).toBe(
      '2 results for “daily routine”; no page holds every word, so pages holding the most come first.',
    );
    expect(describeOutcome(outcome({ hits: hits(29), partial: true, complete: 3 }), 'common mistakes', false)).toBe(
      '29 results for “common mistakes”, showing the first 20; the first 3 hold every word, the others some of them.',
    );
    expect(describeOutcome(outcome({}), 'zeppelin', false)).toBe('No results for “zeppelin”.');
  });
});

describe('helpers', () => {
  it('replaces a whole word only', () => {
    expect(replaceWord('tpm tpms', 'tpm', 'pm')).toBe('pm tpms');
    expect(replaceWord('Mitsakes made', 'mitsakes', 'mistakes')).toBe('mistakes made');
  });

  it('lists words as a reader would write them', () => {
    expect(listed(['a'])).toBe('a');
    expect(listed(['a', 'b', 'c'])).toBe('a, b or c');
  });
});
