// Builds the site (content validation, Astro, search index) into OUT_DIR (default dist/) atomically:
// Astro writes into a staging folder, which replaces OUT_DIR only when the whole build succeeded.
// Usage: npm run build   (BASE_PATH and OUT_DIR work as for astro build)
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { buildAtomically } from './lib/atomic-build.ts';
import { buildRefusal } from '../src/lib/content/model.ts';
import { checkGarden } from '../src/lib/checks/check-garden.ts';

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
// The content check first, in this process: refused content stops the build in under a second, before Astro
// starts (its integration checks again, for builds started with astro build itself).
const refusal = buildRefusal(checkGarden(process.cwd()).problems);
if (refusal) console.error(refusal);
const failure = refusal
  ? 'the content check refused the content'
  : await buildAtomically(outDir, (stagingDir) => {
      const result = spawnSync('astro', ['build'], {
        stdio: 'inherit',
        env: { ...process.env, OUT_DIR: stagingDir, ASTRO_TELEMETRY_DISABLED: '1' },
      });
      return result.status === 0;
    });
if (failure) console.error(`\nThe build failed (${failure}); ${outDir} still holds the previously built site.`);
process.exit(failure ? 1 : 0);
