import { describe, expect, it } from 'vitest';
import { cacheIdFor, precacheOptions } from './offline.ts';
import { webManifest } from './web-manifest.ts';

describe('offline precache', () => {
  it('keeps gardens under different base paths in different caches', () => {
    expect(cacheIdFor('/')).toBe('tpm-garden');
    expect(cacheIdFor('/tpm-garden/')).toBe('tpm-garden-tpm-garden');
    expect(cacheIdFor('/a/B c/')).toBe('tpm-garden-a-b-c');
  });

  it('saves pages, assets and the Pagefind engine and index, not the unused Pagefind UIs or the worker itself', () => {
    const options = precacheOptions('/site', 'tpm-garden');
    expect(options.swDest).toBe('/site/sw.js');
    expect(options.globPatterns).toContain('pagefind/**/*.{pf_meta,pf_index,pf_fragment,pf_filter}');
    expect(options.globIgnores).toEqual(expect.arrayContaining(['sw.js', 'pagefind/pagefind-component-ui.*']));
    expect(options.ignoreURLParametersMatching?.some((pattern) => pattern.test('highlight'))).toBe(true);
  });
});

describe('web app manifest', () => {
  it('starts and stays under the base path', () => {
    const manifest = webManifest('/tpm-garden/');
    expect(manifest).toMatchObject({ start_url: '/tpm-garden/', scope: '/tpm-garden/', id: '/tpm-garden/' });
    expect(manifest.icons[0].src).toBe('/tpm-garden/favicon.svg');
  });
});
