// The test suite in two lanes at once: the unit and content tests in one Vitest process and the end-to-end
// tests (builds, then headless Chromium) in another. Each lane runs its files one at a time, so the lanes
// together keep the two cores of the build machine busy where one Vitest process with two workers would
// run two Chromium-driven files against each other.
// Usage: npm test                      both lanes; the end-to-end output streams, the unit lane's prints when done
//        npm test -- FILE… [VITEST…]   a plain `vitest run` with those arguments (one file, -t, --project …)
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { runLanes } from './lib/lanes.ts';

// Vitest's command-line entry, run with this Node (the project's Node 24, whatever `node` the shell finds).
const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
const args = process.argv.slice(2);

if (args.length > 0) {
  process.exit(spawnSync(process.execPath, [vitest, 'run', ...args], { stdio: 'inherit' }).status ?? 1);
}

// Colours survive the pipes when the terminal has them.
const env = process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env;
const lane = (project: string, live: boolean) => ({ name: project, command: process.execPath, args: [vitest, 'run', '--project', project], live, env });
const results = await runLanes([lane('e2e', true), lane('unit', false)]);
console.log(`\n${results.map(({ name, status, ms }) => `${name}: ${status === 0 ? 'passed' : `failed (exit ${status})`} in ${(ms / 1000).toFixed(0)} s`).join('; ')}`);
process.exit(results.some(({ status }) => status !== 0) ? 1 : 0);
