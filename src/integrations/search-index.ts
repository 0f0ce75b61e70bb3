import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { FILES_IN_FLIGHT, forEachInFlight } from '../lib/in-flight.ts';
import { filesUnder } from '../lib/load-content.ts';
import { BROKEN_LINK_CLASS } from '../lib/remark-wikilinks.ts';
import { pageBody, withSearchSynonyms } from '../lib/search-synonyms.ts';
import { countVocabulary, VOCABULARY_FOLDER, vocabularyPartFile, vocabularyScripts } from '../lib/search-vocabulary.ts';

/**
 * Writes each built page's synonyms (see search-synonyms.ts) into the page, as a hidden low-weight block that
 * Pagefind indexes and readers never see, so that Pagefind can then index the whole folder at its own (native,
 * parallel) speed. In the same pass it collects the indexed words into the vocabulary file that the search
 * corrects typos against (search-vocabulary.ts). Returns how many pages gained synonyms, the vocabulary's
 * size, and the pages that show a link the Markdown plugin could not resolve: a note kept in Astro's cache
 * from an earlier build was not checked by this one's plugin.
 */
export async function addSearchSynonyms(site: string): Promise<{ changed: number; words: number; brokenLinkPages: string[] }> {
  const files = filesUnder(site, /\.html$/);
  let changed = 0;
  const brokenLinkPages: string[] = [];
  const indexedTexts: string[] = [];
  await forEachInFlight(files, FILES_IN_FLIGHT, async (file) => {
    const html = await readFile(file, 'utf8');
    if (html.includes(`<mark class="${BROKEN_LINK_CLASS}"`)) brokenLinkPages.push(relative(site, file));
    const body = pageBody(html);
    if (body) indexedTexts.push(body.text);
    const withSynonyms = withSearchSynonyms(html);
    if (withSynonyms === html) return;
    await writeFile(file, withSynonyms);
    changed += 1;
  });
  const vocabulary = countVocabulary(indexedTexts);
  await mkdir(join(site, VOCABULARY_FOLDER), { recursive: true });
  for (const [part, script] of vocabularyScripts(vocabulary)) await writeFile(join(site, vocabularyPartFile(part)), script);
  return { changed, words: vocabulary.size, brokenLinkPages: brokenLinkPages.sort() };
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
