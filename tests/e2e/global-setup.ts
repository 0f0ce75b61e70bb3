import type { TestProject } from 'vitest/node';
import { launchChromiumServer } from '../support/browser.ts';
import { buildTestSites } from './sites.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the end-to-end files connect to the one Chromium of the run (support/session.ts). */
    chromiumEndpoint: string;
  }
}

/**
 * Builds both sites once per run and starts the one Chromium every end-to-end file connects to.
 * E2E_REUSE_BUILD=1 reuses existing builds: while iterating on tests, and in `npm test`, which builds them first.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const reuseBuilds = process.env.E2E_REUSE_BUILD === '1';
  const [chromium] = await Promise.all([launchChromiumServer(), reuseBuilds ? undefined : buildTestSites()]);
  project.provide('chromiumEndpoint', chromium.wsEndpoint());
  return () => chromium.close();
}
