import { foldQuery, isCorrectable, queryWords, type Vocabulary } from './search-query.ts';

/**
 * The vocabulary the search corrects typos against (search-query.ts, nearestWords): every word of the indexed
 * pages with the number of pages it occurs on. It is written as a classic script, not JSON, because a page
 * opened from disk (the portable edition) can load scripts but cannot fetch files.
 */

/** File name at the site's root; the offline copy and the portable edition include it with the other scripts. */
export const VOCABULARY_FILE = 'search-vocabulary.js';
/** The global the script assigns. */
export const VOCABULARY_GLOBAL = 'gardenSearchVocabulary';

/** Counts, for each word, the pages it occurs on; keeps the `limit` most widespread (ties alphabetical). */
export function countVocabulary(pageTexts: Iterable<string>, limit = 20_000): Map<string, number> {
  const pages = new Map<string, number>();
  for (const text of pageTexts) {
    for (const word of new Set(queryWords(foldQuery(text)))) {
      if (isCorrectable(word)) pages.set(word, (pages.get(word) ?? 0) + 1);
    }
  }
  const kept = [...pages].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit);
  return new Map(kept.sort((a, b) => a[0].localeCompare(b[0])));
}

/** The script that hands the vocabulary to the page: one object of word → page count. */
export function vocabularyScript(vocabulary: Vocabulary): string {
  return `self.${VOCABULARY_GLOBAL}=${JSON.stringify(Object.fromEntries(vocabulary))};\n`;
}

/** Reads the global the script set back into a vocabulary; an absent or malformed value gives an empty one. */
export function vocabularyFrom(value: unknown): Vocabulary {
  if (!value || typeof value !== 'object') return new Map();
  return new Map(Object.entries(value).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));
}
