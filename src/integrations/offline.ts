import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PRECACHE_REPORT, type PrecacheReport } from '../lib/offline.ts';
import { writeServiceWorker } from './service-worker.ts';

/**
 * Generates the service worker that saves the whole garden for offline reading, after the site is written
 * and indexed (so it must come after the garden integration), and reports the size of that offline copy.
 */
export function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'tpm-garden-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir).replace(/\/$/, '');
        const { entries, bytes, warnings } = await writeServiceWorker(site, base);
        for (const warning of warnings) logger.warn(warning);
        const report: PrecacheReport = { entries, bytes };
        writeFileSync(`${site}/${PRECACHE_REPORT}`, `${JSON.stringify(report, null, 2)}\n`);
        logger.info(`Offline precache: ${entries} files, ${(bytes / 1024).toFixed(1)} KiB (${PRECACHE_REPORT})`);
      },
    },
  };
}
