import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleServiceWorker, writeServiceWorker } from './service-worker.ts';

const site = mkdtempSync(join(tmpdir(), 'garden-sw-test-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));
const bundled = bundleServiceWorker('/tpm-garden/');

function write(path: string, text: string) {
  mkdirSync(dirname(join(site, path)), { recursive: true });
  writeFileSync(join(site, path), text);
}

describe('the service worker of a build', () => {
  it('lists every page, asset and Pagefind file to save, with revisions, and not the unused Pagefind UIs', async () => {
    write('index.html', '<h1>Home</h1>');
    write('notes/a/index.html', '<h1>A</h1>');
    write('_astro/site.css', 'body{}');
    write('pagefind/pagefind.js', 'export {}');
    write('pagefind/index/en_1.pf_index', 'index');
    write('pagefind/pagefind-component-ui.js', 'ui');

    const report = await writeServiceWorker(site, await bundled);
    const worker = readFileSync(join(site, 'sw.js'), 'utf8');
    const listed = [...worker.matchAll(/\{"revision":"[0-9a-f]{32}","url":"([^"]+)"\}/g)].map((match) => match[1]).sort();
    expect(listed).toEqual(['_astro/site.css', 'index.html', 'notes/a/index.html', 'pagefind/index/en_1.pf_index', 'pagefind/pagefind.js']);
    expect(report.entries).toBe(5);
    expect(report.bytes).toBe(['<h1>Home</h1>', '<h1>A</h1>', 'body{}', 'export {}', 'index'].join('').length);
  });

  it('is a self-contained worker with its caches named after the base path', () => {
    const worker = readFileSync(join(site, 'sw.js'), 'utf8');
    expect(worker).toMatch(/prefix:["'`]tpm-garden-tpm-garden["'`]/);
    expect(worker).not.toMatch(/__WB_MANIFEST|__CACHE_ID__|process\.env|\bimport\s*[{(*"']|importScripts/);
  });

  it('changes when a page changes, so browsers install the new deployment', async () => {
    const before = readFileSync(join(site, 'sw.js'), 'utf8');
    write('notes/a/index.html', '<h1>A, revised</h1>');
    await writeServiceWorker(site, await bundled);
    expect(readFileSync(join(site, 'sw.js'), 'utf8')).not.toBe(before);
  });
});
