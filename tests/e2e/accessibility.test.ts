import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagePool } from '../support/page-pool.ts';
import { browserSession } from '../support/session.ts';
import { readablePagePaths } from '../support/dist.ts';
import { ROOT } from '../support/site.ts';
import { ROOT_SITE } from './sites.ts';

// Every page of the build, so new pages are checked without being listed; search also with results shown.
// Forwarding pages leave at once (links.test.ts follows them), so there is nothing of theirs to audit.
const PAGES = [...readablePagePaths(resolve(ROOT, ROOT_SITE.outDir)), 'search/?q=metrics'];

const session = browserSession({ site: ROOT_SITE });
const PHONE = { width: 390, height: 844 };

const AXE_CORE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

// One context for the audited pages, with axe-core defined in every page it opens as an init script (outside
// the page's Content Security Policy, and about a fifth less CPU time per page than adding a script tag after
// the load), and tabs reused from page to page, so that they share its compiled code.
let audits: BrowserContext;
let tabs: ReturnType<typeof pagePool>;
beforeAll(async () => {
  // The service worker is allowed, as for a reader: the pages are audited with the offline box as it then shows.
  audits = await session.browser.newContext({ colorScheme: 'light', viewport: PHONE, serviceWorkers: 'allow' });
  await audits.addInitScript({ path: AXE_CORE });
  tabs = pagePool(audits);
});
afterAll(async () => {
  await audits?.close();
});


type AxeWindow = { axe: { run(options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } };

// Each page is loaded once and audited in both themes and at 320px; a few pages at a time, since Chromium
// renders on the other core while this one drives it.
describe.concurrent('every page: WCAG 2.2 AA (axe-core) in both themes, and reflow (WCAG 1.4.10)', () => {
  // test.for hands each test its own expect, which concurrent tests need.
  it.for(PAGES)('/%s', async (path, { expect }) => {
    await tabs.use(async (page) => {
      // A reused tab comes from a test that left it at 320px in the dark theme.
      await page.setViewportSize(PHONE);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(`${session.sites.site.origin}/${path}`);
      if (path.includes('?q=')) await page.locator('.search-results li').first().waitFor();
      // The themes differ in colours only, so the dark theme is audited with the rules that read colours.
      const passes = [
        { colorScheme: 'light', runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
        { colorScheme: 'dark', runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] } },
      ] as const;
      for (const { colorScheme, runOnly } of passes) {
        await page.emulateMedia({ colorScheme });
        const violations = await page.evaluate(async (options) => {
          const result = await (window as unknown as AxeWindow).axe.run(options);
          return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
        }, { runOnly, resultTypes: ['violations'] });
        expect.soft(violations, `axe violations in the ${colorScheme} theme`).toEqual([]);
      }
      await page.setViewportSize({ width: 320, height: 640 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect.soft(overflow, 'pixels of horizontal scrolling at 320px').toBe(0);
    });
  });
});

describe('keyboard', () => {
  it('reaches the skip link first and moves focus to the main content', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.sites.site.origin}/notes/extreme-ownership/`);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await page.close();
  });
});
