import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { countVocabulary, VOCABULARY_FOLDER, vocabularyPartFile, vocabularyScripts } from '../lib/search/search-vocabulary.ts';

/**
 * Writes into the built site the vocabulary the search corrects typos against (search-vocabulary.ts), from the
 * text of every indexed page (taken while the pages rendered, see indexed-pages.ts). Returns its size in words.
 */
export async function writeSearchVocabulary(site: string, pageTexts: Iterable<string>): Promise<number> {
  const vocabulary = countVocabulary(pageTexts);
  await mkdir(join(site, VOCABULARY_FOLDER), { recursive: true });
  await Promise.all([...vocabularyScripts(vocabulary)].map(([part, script]) => writeFile(join(site, vocabularyPartFile(part)), script)));
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
