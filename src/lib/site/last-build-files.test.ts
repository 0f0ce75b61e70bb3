import { describe, expect, it } from 'vitest';
import { lastBuildFile } from './last-build-files.ts';

describe('lastBuildFile', () => {
  it("serves Pagefind's files and the vocabulary from the build folder, under the base path", () => {
    expect(lastBuildFile('/pagefind/pagefind.js?ts=1', '/', '/site/dist')).toEqual({ path: '/site/dist/pagefind/pagefind.js', contentType: 'text/javascript; charset=utf-8' });
    expect(lastBuildFile('/tpm-garden/pagefind/wasm.en.pagefind', '/tpm-garden/', '/site/dist')?.path).toBe('/site/dist/pagefind/wasm.en.pagefind');
    expect(lastBuildFile('/search-vocabulary/a.js', '/', '/site/dist')?.path).toBe('/site/dist/search-vocabulary/a.js');
    // Astro gives the build folder as a URL, with a trailing slash.
    expect(lastBuildFile('/pagefind/pagefind.js', '/', '/site/dist/')?.path).toBe('/site/dist/pagefind/pagefind.js');
  });

  it('leaves every other request to the dev server', () => {
    expect(lastBuildFile('/notes/a/', '/', '/site/dist')).toBeUndefined();
    expect(lastBuildFile('/pagefind/pagefind.js', '/tpm-garden/', '/site/dist')).toBeUndefined();
    expect(lastBuildFile('/sw.js', '/', '/site/dist')).toBeUndefined();
  });

  it('never answers with a file outside the build folder', () => {
    expect(lastBuildFile('/pagefind/../../package.json', '/', '/site/dist')).toBeUndefined();
    expect(lastBuildFile('/pagefind/%2e%2e/%2e%2e/package.json', '/', '/site/dist')).toBeUndefined();
  });
});
