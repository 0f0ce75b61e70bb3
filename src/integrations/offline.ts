import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { cacheIdFor, PRECACHE_REPORT, precacheOptions, type PrecacheReport } from '../lib/offline.ts';

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
        const { count, size, warnings } = await generateSW(precacheOptions(site, cacheIdFor(base)));
        for (const warning of warnings) logger.warn(warning);
        const report: PrecacheReport = { entries: count, bytes: size };
        writeFileSync(`${site}/${PRECACHE_REPORT}`, `${JSON.stringify(report, null, 2)}\n`);
        logger.info(`Offline precache: ${count} files, ${(size / 1024).toFixed(1)} KiB (${PRECACHE_REPORT})`);
      },
    },
  };
}
