import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One test file at a time (Vitest's default on two cores is one worker). Two workers were measured slower on
    // the two-core machines, 431 s against 347 s, with a third more CPU time: each file's Chromium and builds
    // already use both cores.
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
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
