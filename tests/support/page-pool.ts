import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';

/**
 * Tabs of one browser context lent to one test at a time and navigated again by the next. A tab kept open
 * keeps its renderer process, and with it the scripts that renderer has compiled: axe-core loads into a reused
 * tab in a fraction of the time it takes in a new one, and a page opens in about half the time. A tab whose test
 * failed is closed rather than lent again, so no test inherits a broken one.
 */
export function pagePool(context: BrowserContext) {
  const idle: Page[] = [];
  const lent: Page[] = [];
  const take = async () => idle.pop() ?? (await context.newPage());
  return {
    /** Lends a tab until giveBack, for tests that open their page in one helper and work on it after. */
    async lend(): Promise<Page> {
      const page = await take();
      lent.push(page);
      return page;
    },
    /** Takes the lent tabs back: kept for the next test when this one passed, closed when it failed. */
    async giveBack(passed: boolean): Promise<void> {
      for (const page of lent.splice(0)) {
        if (passed) idle.push(page);
        else await page.close();
      }
    },
    async use<T>(work: (page: Page) => Promise<T>): Promise<T> {
      const page = await take();
      try {
        const result = await work(page);
        idle.push(page);
        return result;
      } catch (error) {
        await page.close();
        throw error;
      }
    },
  };
}

/**
 * For the calling test file: one context, opened before its tests and closed after, whose tabs each test borrows
 * (a new context and tab cost about 1 s of CPU here, a navigation in a reused tab a quarter of that). Borrowed
 * tabs are given back after each test, and closed if it failed. A test that changes what a context keeps
 * (localStorage) or needs other context options should open a context of its own instead.
 */
export function borrowedTabs(browser: () => Browser): { lend: () => Promise<Page> } {
  let context: BrowserContext | undefined;
  let pool: ReturnType<typeof pagePool> | undefined;
  beforeAll(async () => {
    context = await browser().newContext();
    pool = pagePool(context);
  });
  afterAll(() => context?.close());
  afterEach(({ task }) => pool?.giveBack(task.result?.state !== 'fail'));
  return { lend: () => pool!.lend() };
}
