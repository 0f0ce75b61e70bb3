import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

/**
 * Opens a browser context in which every request that is not to the local test server is aborted and
 * recorded, so a test can assert the site makes no third-party requests and works without a network.
 */
export async function localOnlyContext(browser: Browser, origin: string, options: BrowserContextOptions = {}) {
  const context: BrowserContext = await browser.newContext(options);
  const external: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
    external.push(url);
    return route.abort('internetdisconnected');
  });
  return { context, external };
}

/** Every same-origin link target on the current page (without fragment), for base-path assertions. */
export async function internalHrefs(page: Page): Promise<string[]> {
  return page.$$eval('a[href]', (anchors) =>
    anchors.map((anchor) => anchor.getAttribute('href') ?? '').filter((href) => !/^[a-z]+:/i.test(href) && !href.startsWith('#')),
  );
}

/**
 * Opens a page and waits until its scripts have run and the network is quiet. 'networkidle' alone is not
 * enough: on a busy machine the parser can still be reading a long page 500 ms after its last request, so the
 * page's module scripts, which run once parsing ends, have not run yet and a key pressed then is lost.
 */
export async function openSettled(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
}
