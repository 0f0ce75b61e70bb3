import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { borrowedTabs } from '../support/page-pool.ts';
import { browserSession } from '../support/session.ts';
import { openSettled } from '../support/pages.ts';
import { ROOT_SITE } from './sites.ts';

// One page of each layout: home, index, hub, note with a figure, source, reading path, graph, search, 404.
const PAGE_TYPES = ['', 'notes/', 'topics/skills/', 'notes/engineering-product-spectrum/', 'sources/faang-tpm-article/', 'paths/is-tpm-for-me/', 'graph/', 'search/?q=metrics', '404.html'];

const session = browserSession({ site: ROOT_SITE });


// Tests walk pages in borrowed tabs, setting the size and motion preference each needs; the theme test, which
// changes what a context keeps (localStorage), opens a page of its own, closed after it.
const tabs = borrowedTabs(() => session.browser);
const ownPages: Page[] = [];
afterEach(async () => {
  await Promise.all(ownPages.splice(0).map((page) => page.close()));
});
async function tab({ reducedMotion = 'no-preference' }: { reducedMotion?: 'reduce' | 'no-preference' } = {}): Promise<Page> {
  const page = await tabs.lend();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ reducedMotion });
  return page;
}
async function pageOfItsOwn(options: BrowserContextOptions): Promise<Page> {
  const page = await session.browser.newPage(options);
  ownPages.push(page);
  return page;
}

interface Focused {
  description: string;
  /** It has a focus indicator: an outline of at least 2 px or a ring. */
  visible: boolean;
  /** It is in the viewport and not covered by anything, such as a sticky header (WCAG 2.4.11). */
  unobscured: boolean;
  graphNode: boolean;
}

/** What has focus now, and whether a sighted keyboard user can see where it is. */
function describeFocus(page: Page): Promise<Focused | undefined> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return undefined;
    const style = getComputedStyle(element);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const ringed = style.boxShadow !== 'none';
    // Not entirely hidden (WCAG 2.4.11): some point of a 7 by 5 grid over its first line box shows the element
    // itself (a grid, because shapes such as graph nodes fill only part of their box).
    const box = element.getClientRects()[0] ?? element.getBoundingClientRect();
    const points = Array.from({ length: 35 }, (_, index) => [box.left + (box.width * ((index % 7) + 0.5)) / 7, box.top + (box.height * (Math.floor(index / 7) + 0.5)) / 5]);
    const shows = (topmost: Element | null) => !!topmost && (element === topmost || element.contains(topmost));
    return {
      description: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${(element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 40)}"`,
      visible: outlined || ringed,
      unobscured: points.some(([x, y]) => shows(document.elementFromPoint(x, y))),
      graphNode: element.matches('a.graph-node'),
    };
  });
}

/** Tabs through the page until focus comes back round (or a generous limit), returning every stop. */
async function tabThrough(page: Page): Promise<Focused[]> {
  const stops: Focused[] = [];
  for (let step = 0; step < 400; step++) {
    await page.keyboard.press('Tab');
    const focused = await describeFocus(page);
    if (!focused || (stops.length > 0 && focused.description === stops[0].description)) break;
    stops.push(focused);
  }
  return stops;
}

describe('keyboard walk-through', () => {
  it.each(PAGE_TYPES)('/%s: every control is reachable by Tab, with a visible focus indicator in view', async (path) => {
    // Reduced motion, so that scrolling to the focused element is instant rather than smooth.
    const page = await tab({ reducedMotion: 'reduce' });
    await page.goto(`${session.sites.site.origin}/${path}`);
    // Results, and the filters with them, arrive once the search code has loaded: walk through them too.
    if (path.includes('?q=')) await page.locator('.search-results li').first().waitFor();
    const stops = await tabThrough(page);
    expect(stops.length).toBeGreaterThan(5);
    expect(stops.filter((stop) => !stop.visible).map((stop) => stop.description)).toEqual([]);
    expect(stops.filter((stop) => !stop.unobscured).map((stop) => stop.description)).toEqual([]);
  });

  it('moves through the header in reading order: skip link, site name, search, navigation, theme', async () => {
    const page = await tab();
    await page.goto(`${session.sites.site.origin}/notes/growth-mindset/`);
    const order: string[] = [];
    for (let step = 0; step < 20; step++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => [...document.querySelectorAll('.skip-link, .site-name, .site-nav, .search-form, .theme-control')].find((region) => region.contains(document.activeElement))?.className.split(' ')[0] ?? 'elsewhere'));
    }
    const firstOf = (name: string) => order.indexOf(name);
    expect(firstOf('skip-link')).toBe(0);
    expect(firstOf('site-name')).toBe(1);
    expect(firstOf('search-form')).toBe(2);
    expect(firstOf('site-nav')).toBeGreaterThan(firstOf('search-form'));
    expect(firstOf('theme-control')).toBeGreaterThan(firstOf('site-nav'));
  });

  it('searches from the header with the keyboard alone and opens a result', async () => {
    const page = await tab();
    await page.goto(`${session.sites.site.origin}/topics/role/`);
    while (!(await page.evaluate(() => document.activeElement?.id === 'site-search'))) await page.keyboard.press('Tab');
    await page.keyboard.type('mosaic');
    await page.keyboard.press('Enter');
    // With scripts the results appear in a dialog over the page; without, on the search page.
    const results = page.locator('.search-results li a:visible');
    await results.first().waitFor();
    for (let step = 0; step < 30 && !(await page.evaluate(() => !!document.activeElement?.closest('.search-results'))); step++) await page.keyboard.press('Tab');
    const title = await page.evaluate(() => document.activeElement?.closest('.search-results a, .search-results li')?.querySelector('a')?.textContent?.trim() ?? document.activeElement?.textContent?.trim());
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/notes\//);
    await expect(page.locator('h1').textContent()).resolves.toBe(title);
  });

  it('opens search with Ctrl+K and "/", puts focus in its box, and closes it with Escape', async () => {
    const page = await tab();
    await openSettled(page, `${session.sites.site.origin}/notes/growth-mindset/`);
    // What a failure needs to show: whether the dialog opened and where focus went instead.
    const focusInDialog = () =>
      page.evaluate(() => {
        const focused = document.activeElement;
        const inOpenDialog = !!document.querySelector('dialog[open]')?.contains(focused) && focused?.tagName === 'INPUT';
        return inOpenDialog ? 'search box of the open dialog' : `dialog ${document.querySelector('dialog[open]') ? 'open' : 'closed'}, focus on ${focused?.outerHTML.slice(0, 120)}`;
      });
    for (const shortcut of ['Control+K', '/']) {
      await page.keyboard.press(shortcut);
      await expect.poll(focusInDialog, { timeout: 10_000, message: `after ${shortcut}` }).toBe('search box of the open dialog');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.evaluate(() => document.querySelector('dialog[open]'))).toBeNull();
    }
  });

  it('shows a link preview when a note link gets focus, and hides it with Escape', async () => {
    const page = await tab({ reducedMotion: 'reduce' });
    await page.goto(`${session.sites.site.origin}/notes/growth-mindset/`);
    while (!(await page.evaluate(() => !!document.activeElement?.matches('.prose a[data-preview]')))) await page.keyboard.press('Tab');
    const card = page.locator('#link-preview');
    await card.waitFor({ state: 'visible' });
    await expect(card.textContent()).resolves.toMatch(/\w{3,}/);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    await expect(page.evaluate(() => document.activeElement?.matches('a[data-preview]'))).resolves.toBe(true);
  });

  it('reaches every note of the graph by Tab and opens one with Enter', async () => {
    const page = await tab({ reducedMotion: 'reduce' });
    await page.goto(`${session.sites.site.origin}/graph/`);
    const nodes = await page.locator('a.graph-node').count();
    expect(nodes).toBeGreaterThan(10);
    const stops = await tabThrough(page);
    expect(stops.filter((stop) => stop.description.startsWith('a') && stop.graphNode).length).toBe(nodes);
    await page.locator('a.graph-node').first().focus();
    const label = await page.locator('a.graph-node').first().getAttribute('aria-label');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/notes\//);
    await expect(page.locator('h1').textContent()).resolves.toBe(label);
  });

  it('chooses Auto, Light or Dark from a labelled theme menu, remembered across pages', async () => {
    const page = await pageOfItsOwn({ colorScheme: 'light' });
    await page.goto(`${session.sites.site.origin}/notes/growth-mindset/`);
    const menu = page.getByLabel('Theme');
    await expect(menu.inputValue()).resolves.toBe('auto');
    const state = () => page.evaluate(() => [document.documentElement.dataset.theme ?? 'auto', getComputedStyle(document.documentElement).colorScheme]);
    await menu.focus();
    await menu.selectOption('dark');
    await expect(state()).resolves.toEqual(['dark', 'dark']);
    await page.reload();
    await expect(page.getByLabel('Theme').inputValue()).resolves.toBe('dark');
    await expect(state()).resolves.toEqual(['dark', 'dark']);
    await page.getByLabel('Theme').selectOption('auto');
    await expect(state()).resolves.toEqual(['auto', 'light dark']);
    await expect(page.evaluate(() => localStorage.getItem('tpm-garden-theme'))).resolves.toBeNull();
  });
});

describe('motion', () => {
  it.each(PAGE_TYPES)('/%s: with reduced motion asked for, nothing animates or scrolls smoothly', async (path) => {
    const page = await tab({ reducedMotion: 'reduce' });
    await page.goto(`${session.sites.site.origin}/${path}`);
    const moving = await page.evaluate(() =>
      [document.documentElement, ...document.querySelectorAll('body *')].flatMap((element) => {
        const style = getComputedStyle(element);
        const seconds = (value: string) => Math.max(...value.split(',').map((part) => parseFloat(part) * (part.trim().endsWith('ms') ? 0.001 : 1)));
        const animated = style.animationName !== 'none' && seconds(style.animationDuration) > 0.01;
        const transitioned = seconds(style.transitionDuration) > 0.01;
        const smooth = style.scrollBehavior === 'smooth';
        return animated || transitioned || smooth ? [`${element.tagName.toLowerCase()}.${element.className}`] : [];
      }),
    );
    expect(moving).toEqual([]);
  });
});
