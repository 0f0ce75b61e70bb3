import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { VOCABULARY_GLOBAL, vocabularyFrom } from '../lib/search/search-vocabulary.ts';
import { synonymBlock, synonymsFor } from '../lib/search/search-synonyms.ts';
import { indexSite, writeSearchVocabulary } from './search-index.ts';

const site = mkdtempSync(join(tmpdir(), 'garden-search-index-test-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

function write(path: string, body: string) {
  mkdirSync(dirname(join(site, path)), { recursive: true });
  writeFileSync(join(site, path), `<!doctype html><html lang="en"><head><title>${path}</title></head><body>${body}</body></html>`);
}

describe('search indexing of a built site', () => {
  it('writes the vocabulary of the indexed pages\' texts, and indexes exactly the pages marked for it', async () => {
    write('notes/eq/index.html', `<main data-pagefind-body><h1>EQ</h1><p>Every TPM needs EQ.</p>${synonymBlock(synonymsFor('EQ'))}</main>`);
    write('notes/plain/index.html', '<main data-pagefind-body><h1>Plain</h1><p>Nothing to expand.</p></main>');
    write('graph/index.html', '<main><h1>Graph</h1></main>');

    const words = await writeSearchVocabulary(site, ['EQ Every TPM needs EQ.', 'Plain Nothing to expand.']);
    const sandbox: Record<string, unknown> = {};
    for (const part of readdirSync(join(site, 'search-vocabulary'))) runInNewContext(readFileSync(join(site, 'search-vocabulary', part), 'utf8'), { self: sandbox });
    const vocabulary = vocabularyFrom(sandbox[VOCABULARY_GLOBAL]);
    expect(vocabulary.get('expand')).toBe(1);
    expect(vocabulary.get('every')).toBe(1);
    // Common English words no page holds are listed with 0 pages, so search never corrects them into others.
    expect(vocabulary.get('stick')).toBe(0);
    expect(vocabulary.has('manger')).toBe(false);
    expect(words).toBe([...vocabulary.values()].filter((pages) => pages > 0).length);

    expect(await indexSite(site)).toBe(3); // pages read; the index holds the two with data-pagefind-body
    const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages.en.page_count).toBe(2);
  }, 30_000);
});
