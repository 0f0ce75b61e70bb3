import type { TestProject } from 'vitest/node';
import { launchChromiumServer } from '../support/browser.ts';
import { buildSite } from '../support/site.ts';
import { ROOT_SITE, SUBPATH_SITE } from './sites.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the end-to-end files connect to the one Chromium of the run (support/session.ts). */
    chromiumEndpoint: string;
  }
}

/**
 * Builds both sites once per run, side by side (a build keeps about one core busy and the machines have two),
 * and starts the one Chromium every end-to-end file connects to. E2E_REUSE_BUILD=1 reuses existing builds
 * while iterating on tests.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const builds = process.env.E2E_REUSE_BUILD === '1' ? [] : [ROOT_SITE, SUBPATH_SITE].map(buildSite);
  const [chromium] = await Promise.all([launchChromiumServer(), ...builds]);
  project.provide('chromiumEndpoint', chromium.wsEndpoint());
  return () => chromium.close();
}
