import type { InjectManifestOptions } from 'workbox-build';

/** The service worker's file name, at the root of the base path so that its scope is the whole garden. */
export const SERVICE_WORKER = 'sw.js';
/** Written next to the service worker: what the offline copy holds, for the status widget and benchmarks. */
export const PRECACHE_REPORT = 'offline-precache.json';

export interface PrecacheReport {
  /** Files the service worker saves on the first visit. */
  entries: number;
  /** Their total size in bytes. */
  bytes: number;
}

/**
 * Workbox settings for the offline copy: every page, stylesheet, script, image and the Pagefind engine,
 * index and fragments. Pagefind's unused UI bundles and other-language engine stay out to keep it small.
 * workerSource is the bundled service worker (src/service-worker/sw.ts) that receives the list.
 */
export function precacheOptions(siteDir: string, workerSource: string): InjectManifestOptions {
  return {
    swSrc: workerSource,
    swDest: `${siteDir}/${SERVICE_WORKER}`,
    globDirectory: siteDir,
    globPatterns: [
      '**/*.{html,css,js,mjs,svg,png,ico,webmanifest,json,xml,txt}',
      'pagefind/**/*.{pf_meta,pf_index,pf_fragment,pf_filter}',
      'pagefind/wasm.en.pagefind',
    ],
    globIgnores: [SERVICE_WORKER, 'pagefind/pagefind-ui.*', 'pagefind/pagefind-modular-ui.*', 'pagefind/pagefind-component-ui.*'],
    // Large synthetic gardens have big index chunks; nothing in a garden is a file the reader should not keep.
    maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
  };
}

/** A cache id that keeps sites under different base paths apart ("/" -> "tpm-garden", "/a/b/" -> "tpm-garden-a-b"). */
export function cacheIdFor(base: string): string {
  const path = base.replace(/^\/+|\/+$/g, '').replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  return path ? `tpm-garden-${path}` : 'tpm-garden';
}
