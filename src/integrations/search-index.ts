import { readFile, writeFile } from 'node:fs/promises';
import { filesUnder } from '../lib/load-content.ts';
import { withSearchSynonyms } from '../lib/search-synonyms.ts';

/** Files read and written at once: enough to keep the disk busy, few enough to hold little memory on big gardens. */
const IN_FLIGHT = 32;

/**
 * Writes each built page's synonyms (see search-synonyms.ts) into the page, as a hidden low-weight block that
 * Pagefind indexes and readers never see, so that Pagefind can then index the whole folder at its own (native,
 * parallel) speed. Returns how many pages gained synonyms.
 */
export async function addSearchSynonyms(site: string): Promise<number> {
  const files = filesUnder(site, /\.html$/);
  let next = 0;
  let changed = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++];
      const html = await readFile(file, 'utf8');
      const withSynonyms = withSearchSynonyms(html);
      if (withSynonyms === html) continue;
      await writeFile(file, withSynonyms);
      changed += 1;
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return changed;
}
