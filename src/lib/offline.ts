import type { GenerateSWOptions } from 'workbox-build';

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
 */
export function precacheOptions(siteDir: string, cacheId: string): GenerateSWOptions {
  return {
    globDirectory: siteDir,
    globPatterns: [
      '**/*.{html,css,js,mjs,svg,png,ico,webmanifest,json,xml,txt}',
      'pagefind/**/*.{pf_meta,pf_index,pf_fragment,pf_filter}',
      'pagefind/wasm.en.pagefind',
    ],
    globIgnores: [
      SERVICE_WORKER,
      'workbox-*.js',
      'pagefind/pagefind-ui.*',
      'pagefind/pagefind-modular-ui.*',
      'pagefind/pagefind-component-ui.*',
    ],
    swDest: `${siteDir}/${SERVICE_WORKER}`,
    // Versioned per site (base path), so two gardens on one origin never share or delete each other's caches.
    cacheId,
    // A new deployment takes over at once and its install drops every file the old one cached but no longer lists.
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // Pages are opened with ?q= and ?highlight=, and Pagefind adds ?ts= to its metadata: the files are the same.
    ignoreURLParametersMatching: [/.*/],
    // Large synthetic gardens have big index chunks; nothing in a garden is a file the reader should not keep.
    maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    disableDevLogs: true,
  };
}

/** A cache id that keeps sites under different base paths apart ("/" -> "tpm-garden", "/a/b/" -> "tpm-garden-a-b"). */
export function cacheIdFor(base: string): string {
  const path = base.replace(/^\/+|\/+$/g, '').replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  return path ? `tpm-garden-${path}` : 'tpm-garden';
}
