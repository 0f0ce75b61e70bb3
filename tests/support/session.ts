import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { serveSite, type BuiltSite } from './site.ts';

type Served = Awaited<ReturnType<typeof serveSite>>;

export interface BrowserSession<Name extends string> {
  /** The test file's Chromium, launched before its tests. */
  readonly browser: Browser;
  /** Each named site, served on its own port while the file's tests run. */
  readonly sites: Record<Name, Served>;
}

/**
 * Launches Chromium and serves the given built sites before a test file's tests, and closes them all after:
 * the setup every end-to-end test file shares.
 */
export function browserSession<Name extends string>(builds: Record<Name, BuiltSite>): BrowserSession<Name> {
  let browser: Browser | undefined;
  const sites = {} as Record<Name, Served>;
  beforeAll(async () => {
    browser = await launchChromium();
    for (const name of Object.keys(builds) as Name[]) sites[name] = await serveSite(builds[name]);
  });
  afterAll(async () => {
    await browser?.close();
    for (const served of Object.values<Served>(sites)) await served.stop();
  });
  return {
    get browser() {
      if (!browser) throw new Error('Chromium starts in beforeAll: use the session inside tests and hooks');
      return browser;
    },
    sites,
  };
}
