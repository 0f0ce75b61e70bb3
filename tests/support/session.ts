import type { Browser, BrowserContextOptions } from 'playwright-core';
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
 * Launches Chromium and serves the given built sites before a test file's tests, and closes them all after:
 * the setup every end-to-end test file shares.
 */
export function browserSession<Name extends string>(builds: Record<Name, BuiltSite>): BrowserSession<Name> {
  let browser: Browser | undefined;
  const sites = {} as Record<Name, Served>;
  beforeAll(async () => {
    browser = withoutServiceWorkers(await launchChromium());
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
