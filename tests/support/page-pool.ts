import type { BrowserContext, Page } from 'playwright-core';

/**
 * Tabs of one browser context lent to one test at a time and navigated again by the next. A tab kept open
 * keeps its renderer process, and with it the scripts that renderer has compiled: axe-core loads into a reused
 * tab in about 35 ms against 250 ms into a new one, and a page opens in about half the time. A tab whose test
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
