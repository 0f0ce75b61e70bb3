// The garden's service worker. The build bundles this file (src/integrations/service-worker.ts) and Workbox's
// injectManifest writes the list of files to save in place of self.__WB_MANIFEST.
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';

/** Set at bundle time from the base path, so two gardens on one origin never share or delete each other's caches. */
declare const __CACHE_ID__: string;

interface WorkerScope {
  __WB_MANIFEST: PrecacheEntry[];
  skipWaiting(): Promise<void>;
}

setCacheNameDetails({ prefix: __CACHE_ID__ });
// A new deployment takes over at once; on activation, precaching drops every file the old one saved but the
// new one no longer lists. Workbox's cleanupOutdatedCaches is left out on purpose: it deletes caches by scope
// prefix, so a garden at an origin's root would delete the offline copy of another garden under a sub-path.
void (self as unknown as WorkerScope).skipWaiting();
clientsClaim();
// Pages are opened with ?q= and ?highlight=, and Pagefind adds ?ts= to its metadata: the files are the same.
precacheAndRoute((self as unknown as WorkerScope).__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });
