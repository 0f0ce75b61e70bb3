import { foldQuery, isCorrectable, queryWords, type Vocabulary } from './search-query.ts';

/**
 * The vocabulary the search checks words against and corrects typos to (search-query.ts): every word of the
 * indexed pages with the number of pages it occurs on. It is split by first letter, so that a query loads only
 * the parts for its words' first letters (a few hundred bytes each instead of the whole), and written as
 * classic scripts, not JSON, because a page opened from disk (the portable edition) can load scripts but
 * cannot fetch files.
 */

/** Folder at the site's root; the offline copy and the portable edition include it with the other scripts. */
export const VOCABULARY_FOLDER = 'search-vocabulary';
/** The global the scripts fill, one key per part. */
export const VOCABULARY_GLOBAL = 'gardenSearchVocabulary';

/** The part of the vocabulary a word belongs to: its first letter, or "other" for words starting otherwise. */
export const vocabularyPart = (word: string): string => (/^[a-z]/.test(word) ? word[0] : 'other');

/** All the parts, whether or not any word falls in them. */
export const VOCABULARY_PARTS: readonly string[] = [...'abcdefghijklmnopqrstuvwxyz', 'other'];

/** Where a part's script is, relative to the site's root. */
export const vocabularyPartFile = (part: string): string => `${VOCABULARY_FOLDER}/${part}.js`;

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

/**
 * The vocabulary with the given common English words that no indexed page holds added, each with 0 pages (see
 * Vocabulary in search-query.ts: the search then never corrects them into other words). Only words it could
 * correct are added.
 */
export function withCommonWords(vocabulary: Vocabulary, commonWords: Iterable<string>): Map<string, number> {
  const merged = new Map(vocabulary);
  for (const word of commonWords) {
    const folded = foldQuery(word);
    if (isCorrectable(folded) && !merged.has(folded)) merged.set(folded, 0);
  }
  return new Map([...merged].sort((a, b) => a[0].localeCompare(b[0])));
}

/**
 * The scripts that hand the vocabulary to the page, by part: in each, words grouped by page count, each group
 * one string of space-separated words (most words occur on one page, so this is a third smaller than pairs).
 */
export function vocabularyScripts(vocabulary: Vocabulary): Map<string, string> {
  // Every part is written, empty or not: a part that fails to load means "cannot check", not "no such word".
  const parts = new Map<string, Record<number, string[]>>(VOCABULARY_PARTS.map((part) => [part, {}]));
  for (const [word, pages] of vocabulary) (parts.get(vocabularyPart(word))![pages] ??= []).push(word);
  return new Map(
    [...parts].map(([part, groups]) => {
      const packed = Object.fromEntries(Object.entries(groups).map(([pages, words]) => [pages, words.join(' ')]));
      return [part, `(self.${VOCABULARY_GLOBAL}??={})[${JSON.stringify(part)}]=${JSON.stringify(packed)};\n`];
    }),
  );
}

/** Reads the parts the scripts set back into one vocabulary; absent or malformed values are skipped. */
export function vocabularyFrom(value: unknown): Vocabulary {
  const vocabulary = new Map<string, number>();
  if (!value || typeof value !== 'object') return vocabulary;
  for (const part of Object.values(value)) {
    if (!part || typeof part !== 'object') continue;
    for (const [pages, words] of Object.entries(part)) {
      if (!/^\d+$/.test(pages) || typeof words !== 'string') continue;
      for (const word of words.split(' ')) if (word) vocabulary.set(word, Number(pages));
    }
  }
  return vocabulary;
}
