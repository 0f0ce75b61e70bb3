import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One test file at a time per Vitest process (Vitest's default on two cores is one worker). `npm test`
    // (scripts/test.ts) runs the two projects in two processes at once instead: two workers in one process were
    // measured slower, 431 s against 347 s with a third more CPU time, as they ran two Chromium-driven files
    // against each other.
    maxWorkers: 1,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/content/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          // The files share one module graph: each would otherwise import Astro, Playwright and the garden's
          // loader afresh (seconds per file). Their state lives in each file's own hooks.
          isolate: false,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
