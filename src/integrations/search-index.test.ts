import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeSearchIndexFeed, openSearchIndexFeed, searchIndexFeed } from './search-index.ts';

const output = mkdtempSync(join(tmpdir(), 'garden-search-index-test-'));
afterAll(() => rmSync(output, { recursive: true, force: true }));

const page = (title: string, text: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

describe('the search index fed while pages render', () => {
  it('indexes every page handed to it and writes a Pagefind bundle on close', async () => {
    expect(searchIndexFeed()).toBeUndefined();
    openSearchIndexFeed();
    searchIndexFeed()?.add('/notes/alpha/', page('Alpha', 'Stakeholders and roadmaps.'));
    searchIndexFeed()?.add('/notes/bravo/', page('Bravo', 'Metrics that matter.'));

    expect(await closeSearchIndexFeed(output)).toBe(2);
    expect(searchIndexFeed()).toBeUndefined();
    const entry = JSON.parse(readFileSync(join(output, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages.en.page_count).toBe(2);
    expect(readFileSync(join(output, 'pagefind.js'), 'utf8').length).toBeGreaterThan(0);
  }, 30_000);

  it('fails when no page was handed to it', async () => {
    openSearchIndexFeed();
    await expect(closeSearchIndexFeed(output)).rejects.toThrow(/No page reached the search index/);
    expect(searchIndexFeed()).toBeUndefined();
  }, 30_000);

  it('refuses to close a feed that was never opened', async () => {
    await expect(closeSearchIndexFeed(output)).rejects.toThrow(/never opened/);
  });
});
