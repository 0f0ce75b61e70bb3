import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PRECACHE_REPORT, type PrecacheReport } from '../lib/site/offline.ts';
import { bundleServiceWorker, writeServiceWorker } from './service-worker.ts';

/**
 * Generates the service worker that saves the whole garden for offline reading, and reports the size of that
 * offline copy. The worker is bundled as soon as the pages are written, while the garden integration indexes
 * them; the list of files to save is injected after that indexing (so this must come after the garden
 * integration), as it names Pagefind's files.
 */
export function offline(): AstroIntegration {
  let base = '/';
  let worker: Promise<string> | undefined;
  return {
    name: 'tpm-garden-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:generated': () => {
        worker = bundleServiceWorker(base);
        // Awaited in astro:build:done, which reports a failure; until then a failure is not an unhandled rejection.
        worker.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir).replace(/\/$/, '');
        const { entries, bytes, warnings } = await writeServiceWorker(site, await (worker ?? bundleServiceWorker(base)));
        for (const warning of warnings) logger.warn(warning);
        const report: PrecacheReport = { entries, bytes };
        writeFileSync(`${site}/${PRECACHE_REPORT}`, `${JSON.stringify(report, null, 2)}\n`);
        logger.info(`Offline precache: ${entries} files, ${(bytes / 1024).toFixed(1)} KiB (${PRECACHE_REPORT})`);
      },
    },
  };
}
