import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';
// The module itself, not the package index: the index also loads generateSW's Babel and Rollup toolchain.
import { injectManifest } from 'workbox-build/build/inject-manifest.js';
import { cacheIdFor, precacheOptions, type PrecacheReport } from '../lib/site/offline.ts';

const WORKER_SOURCE = fileURLToPath(new URL('../service-worker/sw.ts', import.meta.url));

/**
 * The service worker for a garden under the given base path, bundled and minified (Workbox included). It does
 * not depend on the site's files, so a build bundles it while the site is still being indexed.
 */
export async function bundleServiceWorker(base: string): Promise<string> {
  const bundle = await rolldown({
    input: WORKER_SOURCE,
    platform: 'browser',
    // Workbox's own development logging is compiled out, as its production builds do.
    transform: { define: { __CACHE_ID__: JSON.stringify(cacheIdFor(base)), 'process.env.NODE_ENV': '"production"' } },
  });
  try {
    const { output } = await bundle.generate({ format: 'iife', minify: true });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

/**
 * Writes sw.js into a built site: the bundled worker (see bundleServiceWorker) with the list of every file to
 * save offline (and its revision) injected by Workbox, so the site must be complete, Pagefind's files included.
 * Returns what the offline copy holds, and Workbox's warnings.
 */
export async function writeServiceWorker(site: string, worker: string): Promise<PrecacheReport & { warnings: string[] }> {
  const scratch = mkdtempSync(join(tmpdir(), 'garden-sw-'));
  try {
    const source = join(scratch, 'sw.js');
    writeFileSync(source, worker);
    const { count, size, warnings } = await injectManifest(precacheOptions(site, source));
    return { entries: count, bytes: size, warnings };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
