// The test suite in three lanes at once: the unit and content tests in one Vitest process, the end-to-end tests
// (headless Chromium against the built sites) split over two more. Both sites are built once, while the unit
// lane starts, and both end-to-end lanes test those builds. One end-to-end lane left about a fifth of the two
// cores idle (waits on the browser); two lanes fill them (measured in docs/benchmarks.md). The builds and the
// end-to-end lanes run at a lower priority, so the unit lane, whose hostile-input tests are bounded in time,
// runs as on an idle core and the others use what it leaves.
// Usage: npm test                      all lanes; the first end-to-end lane streams, the others print when done
//        npm test -- FILE… [VITEST…]   a plain `vitest run` with those arguments (one file, -t, --project …)
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { runLanes, type LaneResult } from './lib/lanes.ts';
import { buildTestSites } from '../tests/e2e/sites.ts';

// Vitest's command-line entry, run with this Node (the project's Node 24, whatever `node` the shell finds).
const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
const args = process.argv.slice(2);

if (args.length > 0) {
  process.exit(spawnSync(process.execPath, [vitest, 'run', ...args], { stdio: 'inherit' }).status ?? 1);
}

// The end-to-end files of the first lane, about half of the end-to-end time beside the other half (the offline
// tests and the accessibility audit are the longest files, one in each lane); every other end-to-end file,
// a new one included, runs in the second lane.
const FIRST_BROWSER_LANE = ['offline-search', 'layout', 'built-site', 'html-validity', 'security'].map((name) => `tests/e2e/${name}.test.ts`);

// Colours survive the pipes when the terminal has them.
const env = process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env;
const BEHIND_THE_UNIT_LANE = 10;
const vitestLane = (name: string, live: boolean, vitestArgs: string[], laneEnv = env, niceness = 0) => ({ name, command: process.execPath, args: [vitest, 'run', ...vitestArgs], live, env: laneEnv, niceness });

async function endToEndLanes(): Promise<LaneResult[]> {
  const started = performance.now();
  try {
    await buildTestSites(BEHIND_THE_UNIT_LANE);
  } catch (error) {
    console.error(String(error));
    return [{ name: 'e2e builds', status: 1, ms: performance.now() - started }];
  }
  console.log(`Built both test sites in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  const builtAlready = { ...env, E2E_REUSE_BUILD: '1' };
  return runLanes([
    vitestLane('e2e', true, ['--project', 'e2e', ...FIRST_BROWSER_LANE], builtAlready, BEHIND_THE_UNIT_LANE),
    vitestLane('e2e (second lane)', false, ['--project', 'e2e', ...FIRST_BROWSER_LANE.flatMap((file) => ['--exclude', file])], builtAlready, BEHIND_THE_UNIT_LANE),
  ]);
}

const results = (await Promise.all([runLanes([vitestLane('unit', false, ['--project', 'unit'])]), endToEndLanes()])).flat();
console.log(`\n${results.map(({ name, status, ms }) => `${name}: ${status === 0 ? 'passed' : `failed (exit ${status})`} in ${(ms / 1000).toFixed(0)} s`).join('; ')}`);
process.exit(results.some(({ status }) => status !== 0) ? 1 : 0);
