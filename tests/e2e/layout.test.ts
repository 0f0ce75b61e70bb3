import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { borrowedTabs } from '../support/page-pool.ts';
import { browserSession } from '../support/session.ts';
import { ROOT_SITE } from './sites.ts';

// The reader's layout at a small phone, a common phone, the narrowest laptop layout and a common laptop.
const WIDTHS = [320, 390, 1100, 1280] as const;
const PAGES = ['', 'notes/engineering-product-spectrum/', 'graph/', 'search/?q=metrics'];
const NOTE = 'notes/engineering-product-spectrum/';
/** A note long enough to have sections, and so a table of contents. */
const SECTIONED_NOTE = 'notes/glossary-terms/';

const session = browserSession({ site: ROOT_SITE });

// Pages open in borrowed tabs, resized for each test. A test that needs other context options (JavaScript off)
// gets a context of its own, closed and awaited before the next test, so none is still closing when the browser goes.
const tabs = borrowedTabs(() => session.browser);
const ownContexts: BrowserContext[] = [];
afterEach(async () => {
  await Promise.all(ownContexts.splice(0).map((context) => context.close()));
});
async function open(path: string, width: number, options: BrowserContextOptions = {}): Promise<Page> {
  const viewport = { width, height: width > 1000 ? 800 : 844 };
  let page: Page;
  if (Object.keys(options).length) {
    const context = await session.browser.newContext({ viewport, ...options });
    ownContexts.push(context);
    page = await context.newPage();
  } else {
    page = await tabs.lend();
    await page.setViewportSize(viewport);
  }
  await page.goto(`${session.sites.site.origin}/${path}`);
  return page;
}

describe.each(WIDTHS)('at %ipx', (width) => {
  it.each(PAGES)('/%s: a header of at most 64px, kept in view, and no sideways scrolling', async (path) => {
    const page = await open(path, width);
    const header = () => page.locator('.site-header').boundingBox();
    expect((await header())!.height).toBeLessThanOrEqual(64);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.evaluate(() => window.scrollTo(0, 600));
    // Sticky: still at the top of the viewport after scrolling (where the page is long enough to scroll).
    const scrolled = await page.evaluate(() => window.scrollY);
    if (scrolled > 0) expect((await header())!.y).toBe(0);
  });
});

describe.each([390, 1280])('no layout shift at %ipx', (width) => {
  it.each(['', NOTE, 'graph/'])('/%s: nothing moves once painted (menu, theme menu and zoom buttons included)', async (path) => {
    const page = await open(path, width);
    await page.waitForLoadState('networkidle');
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) total += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 300);
        }),
    );
    expect(shift).toBe(0);
  });
});

describe('laptop (1280px)', () => {
  it('shows the navigation, search box and theme menu in the header row, with no menu button', async () => {
    const page = await open(NOTE, 1280);
    await expect(page.locator('.site-menu__button').isVisible()).resolves.toBe(false);
    const header = (await page.locator('.site-header').boundingBox())!;
    for (const selector of ['.site-nav a >> nth=0', '.site-nav a >> nth=-1', '#site-search', '[data-theme-choice]']) {
      const box = (await page.locator(selector).boundingBox())!;
      expect(box, selector).not.toBeNull();
      expect(box.y).toBeGreaterThanOrEqual(header.y);
      expect(box.y + box.height).toBeLessThanOrEqual(header.y + header.height);
    }
  });

  it('sets the text at a readable measure with the table of contents beside it, staying in view', async () => {
    const page = await open(SECTIONED_NOTE, 1280);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const prose = (await page.locator('.prose').boundingBox())!;
    const tocBox = (await toc.boundingBox())!;
    // Beside, not above: to the right of the text, overlapping it vertically.
    expect(tocBox.x).toBeGreaterThanOrEqual(prose.x + prose.width);
    expect(tocBox.y).toBeLessThan(prose.y + prose.height);
    // About 65 to 75 characters a line.
    const characters = await page.locator('.prose p').first().evaluate((p) => {
      const probe = document.createElement('span');
      probe.textContent = 'abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyz';
      p.append(probe);
      const perCharacter = probe.getBoundingClientRect().width / probe.textContent.length;
      probe.remove();
      return p.getBoundingClientRect().width / perCharacter;
    });
    expect(characters).toBeGreaterThan(60);
    expect(characters).toBeLessThan(90);
    // Scrolled to the end of the text, the table of contents is still on screen.
    await page.locator('.prose > :last-child').scrollIntoViewIfNeeded();
    const after = (await toc.boundingBox())!;
    expect(after.y).toBeGreaterThanOrEqual(0);
    expect(after.y + after.height).toBeLessThanOrEqual(800);
  });

  it('puts related notes in a side column and folds backlink passages away until asked for', async () => {
    const page = await open(NOTE, 1280);
    const backlinks = (await page.locator('section[aria-labelledby="backlinks"]').boundingBox())!;
    const related = (await page.locator('section[aria-labelledby="related"]').boundingBox())!;
    expect(related.x).toBeGreaterThanOrEqual(backlinks.x + backlinks.width);
    const passage = page.locator('.backlink-passage').first();
    await expect(passage.isVisible()).resolves.toBe(false);
    await page.locator('.backlink-context summary').first().click();
    await expect(passage.isVisible()).resolves.toBe(true);
  });

  it('labels the best-connected notes of the graph with whole titles', async () => {
    const page = await open('graph/', 1280);
    const labels = await page.locator('.graph-node__label').evaluateAll((texts) =>
      texts.map((text) => ({ shown: [...text.querySelectorAll('tspan')].map((line) => line.textContent).join(' '), name: text.closest('a')?.getAttribute('aria-label'), size: text.getBoundingClientRect().height / text.querySelectorAll('tspan').length })),
    );
    expect(labels.length).toBeGreaterThanOrEqual(15);
    for (const label of labels) {
      expect(label.shown).toBe(label.name);
      // Readable: each line at least 13px high on screen.
      expect(label.size).toBeGreaterThanOrEqual(13);
    }
  });
});

describe.each([320, 390])('phone (%ipx)', (width) => {
  it.each([true, false])('opens and closes the menu (JavaScript on: %s)', async (javaScriptEnabled) => {
    const page = await open(NOTE, width, { javaScriptEnabled });
    const button = page.locator('.site-menu__button');
    const firstLink = page.locator('.site-nav a').first();
    await expect(button.isVisible()).resolves.toBe(true);
    await expect(firstLink.isVisible()).resolves.toBe(false);
    await button.click();
    await expect(firstLink.isVisible()).resolves.toBe(true);
    // The open menu fits the screen and starts below the header.
    const panel = (await page.locator('.site-menu__panel').boundingBox())!;
    expect(panel.x).toBeGreaterThanOrEqual(0);
    expect(panel.x + panel.width).toBeLessThanOrEqual(width);
    expect(panel.y).toBeGreaterThanOrEqual((await page.locator('.site-header').boundingBox())!.height - 1);
    if (javaScriptEnabled) {
      await expect(button.getAttribute('aria-expanded')).resolves.toBe('true');
      await page.keyboard.press('Escape');
      await expect(firstLink.isVisible()).resolves.toBe(false);
      await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
      await expect(page.evaluate(() => document.activeElement?.classList.contains('site-menu__button'))).resolves.toBe(true);
      await button.click();
      // A click on the page below the open menu closes it.
      await page.mouse.click(10, 830);
      await expect(firstLink.isVisible()).resolves.toBe(false);
    } else {
      await button.click();
      await expect(firstLink.isVisible()).resolves.toBe(false);
    }
  });

  it('shows "Start here" above the fold of the home page', async () => {
    const page = await open('', width);
    const top = (await page.locator('#start-here').boundingBox())!.y;
    expect(top).toBeLessThan(844 - 40);
  });

  it('fits the whole graph to the screen width and zooms and pans it with the buttons and keys', async () => {
    const page = await open('graph/', width);
    const frame = page.locator('[data-graph-zoom]');
    const svg = frame.locator('svg');
    const box = (await svg.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    await expect(frame.evaluate((element) => element.scrollWidth <= element.clientWidth)).resolves.toBe(true);
    const viewBox = () => svg.getAttribute('viewBox').then((value) => value!.split(' ').map(Number));
    const [, , fullWidth] = await viewBox();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const [x, y, zoomedWidth] = await viewBox();
    expect(zoomedWidth).toBeLessThan(fullWidth / 2);
    await frame.locator('a.graph-node').first().focus();
    const [x1, y1] = await viewBox();
    await page.keyboard.press('ArrowRight');
    const [x2, y2] = await viewBox();
    expect(x2 > x1 || x1 + zoomedWidth >= fullWidth).toBe(true);
    expect(y2).toBe(y1);
    expect([x, y].every(Number.isFinite)).toBe(true);
    await page.keyboard.press('0');
    await expect(viewBox().then((view) => view[2])).resolves.toBe(fullWidth);
  });
});
