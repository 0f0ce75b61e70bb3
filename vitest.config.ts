import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One test file at a time per Vitest process (Vitest's default on two cores is one worker). `npm test`
    // (scripts/test.ts) runs the unit project and two halves of the end-to-end project in three processes at
    // once instead: two workers in one process were measured slower,
    // 431 s against 347 s with a third more CPU time (docs/benchmarks.md).
    maxWorkers: 1,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/content/**/*.test.ts'],
          // One module graph for all files: the lane took 70 s with each file importing unified, Astro's loaders
          // and the garden's checks afresh, 40 s without (same machine, idle). No test mocks modules or globals;
          // state a build leaves in this process (build-memory.ts) is keyed by garden or reset by the test that
          // reads it, and the files pass in shuffled order (--sequence.shuffle.files).
          isolate: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          // On CI a failed browser test runs once more: a keystroke or a load can be lost to a starved Chromium on
          // the shared two-core machines, while a real regression fails both times. Locally a failure is final.
          retry: process.env.CI ? 1 : 0,
          // The files share one module graph: each would otherwise import Astro, Playwright and the garden's
          // loader afresh (seconds per file). Their state lives in each file's own hooks.
          isolate: false,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
