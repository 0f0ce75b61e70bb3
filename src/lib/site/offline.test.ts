import { describe, expect, it } from 'vitest';
import { cacheIdFor } from './offline.ts';
import { webManifest } from './web-manifest.ts';

describe('offline precache', () => {
  it('keeps gardens under different base paths in different caches', () => {
    expect(cacheIdFor('/')).toBe('tpm-garden');
    expect(cacheIdFor('/tpm-garden/')).toBe('tpm-garden-tpm-garden');
    expect(cacheIdFor('/a/B c/')).toBe('tpm-garden-a-b-c');
  });
});

describe('web app manifest', () => {
  it('starts and stays under the base path', () => {
    const manifest = webManifest('/tpm-garden/');
    expect(manifest).toMatchObject({ start_url: '/tpm-garden/', scope: '/tpm-garden/', id: '/tpm-garden/' });
    expect(manifest.icons[0].src).toBe('/tpm-garden/favicon.svg');
  });
});
