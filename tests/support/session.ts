import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { connectChromium } from './browser.ts';
import { serveSite, type BuiltSite } from './site.ts';

type Served = Awaited<ReturnType<typeof serveSite>>;

export interface BrowserSession<Name extends string> {
  /** The run's Chromium, connected to before the file's tests; the file's contexts close after them. */
  readonly browser: Browser;
  /** Each named site, served on its own port while the file's tests run. */
  readonly sites: Record<Name, Served>;
}

/** Connects to the one Chromium of the test run, which the end-to-end global setup started. */
export const connectToRunChromium = (): Promise<Browser> => connectChromium(inject('chromiumEndpoint'));

/**
 * The browser with service workers off in every new page and context unless its options allow them: each new
 * context would otherwise save the whole garden for offline reading (every file of the site) while its test runs,
 * which was most of the suite's work. The tests of offline reading allow them.
 */
function withoutServiceWorkers(browser: Browser): Browser {
  return new Proxy(browser, {
    get(target, key) {
      if (key === 'newPage' || key === 'newContext') {
        return (options: BrowserContextOptions = {}) => target[key]({ serviceWorkers: 'block', ...options });
      }
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * Connects to the run's Chromium and serves the given built sites before a test file's tests, and closes them all
 * after: the setup every end-to-end test file shares.
 */
export function browserSession<Name extends string>(builds: Record<Name, BuiltSite>): BrowserSession<Name> {
  let browser: Browser | undefined;
  const sites = {} as Record<Name, Served>;
  beforeAll(async () => {
    browser = withoutServiceWorkers(await connectToRunChromium());
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
