import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { borrowedTabs } from '../support/page-pool.ts';
import { browserSession } from '../support/session.ts';
import { localOnlyContext } from '../support/pages.ts';
import { ROOT } from '../support/site.ts';
import { loadGarden } from '../../src/lib/content/load-content.ts';
import { ROOT_SITE, SUBPATH_SITE } from './sites.ts';

const session = browserSession({ root: ROOT_SITE, subpath: SUBPATH_SITE });
// Tests that need no context of their own borrow tabs of one context (support/page-pool.ts).
const tabs = borrowedTabs(() => session.browser);


const NOTE = 'notes/growth-mindset/';
// A note with several sections, for the table of contents and heading anchors.
const SECTIONED_NOTE = 'notes/glossary-terms/';
const preview = (page: Page) => page.locator('.link-preview');
const firstNoteLink = (page: Page) => page.locator('.prose a.wikilink').first();

/** Sum of layout-shift scores while the page is open, recorded by the browser itself. */
async function watchLayoutShift(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const record = window as unknown as { shift: number };
    record.shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) record.shift += (entry as unknown as { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: false });
  });
  return () => page.evaluate(() => (window as unknown as { shift: number }).shift);
}

describe('link previews', () => {
  it('appear on hover after a short delay with the linked note, without moving the page, and close on Escape', async () => {
    const { context, external } = await localOnlyContext(session.browser, session.sites.root.origin);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${session.sites.root.origin}/${NOTE}`);
    const shift = await watchLayoutShift(page);
    const link = firstNoteLink(page);
    const target = await link.getAttribute('href');
    await link.hover();
    await preview(page).waitFor({ state: 'visible' });
    await expect(preview(page).locator('.link-preview__title').textContent()).resolves.toBe('Who is the Meta TPM director? (AMA author)');
    await expect(preview(page).locator('.link-preview__summary').textContent()).resolves.toMatch(/\w+/);
    await expect(preview(page).getAttribute('role')).resolves.toBe('tooltip');
    await expect(link.getAttribute('aria-describedby')).resolves.toBe('link-preview');
    await expect(page.getByRole('status').filter({ hasText: 'Preview of Who is the Meta TPM director? (AMA author)' }).count()).resolves.toBe(1);
    expect(await shift()).toBe(0);

    await page.keyboard.press('Escape');
    await preview(page).waitFor({ state: 'hidden' });
    await expect(link.getAttribute('aria-describedby')).resolves.toBeNull();
    expect(target).toBe('/notes/meta-tpm-director/');
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  it('appear on keyboard focus, stay within a phone screen, and close on Escape', async () => {
    const page = await session.browser.newPage({ viewport: { width: 320, height: 640 }, hasTouch: true });
    await page.goto(`${session.sites.subpath.origin}/tpm-garden/${NOTE}`);
    const links = page.locator('.prose a.wikilink');
    const last = links.nth((await links.count()) - 1);
    await last.focus();
    await preview(page).waitFor({ state: 'visible' });
    const box = await preview(page).boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(640);
    await page.keyboard.press('Escape');
    await preview(page).waitFor({ state: 'hidden' });
    await expect(page.evaluate(() => document.activeElement?.classList.contains('wikilink'))).resolves.toBe(true);

    // A link wrapped over two lines on a narrow screen stays readable: the card covers neither line.
    const wrapped = await page.evaluate(() => {
      const found = [...document.querySelectorAll<HTMLAnchorElement>('.prose a.wikilink')].findIndex((link) => link.getClientRects().length > 1);
      return found;
    });
    expect(wrapped).toBeGreaterThanOrEqual(0);
    await links.nth(wrapped).focus();
    await preview(page).waitFor({ state: 'visible' });
    const overlaps = await page.evaluate((index) => {
      const card = document.querySelector('.link-preview')!.getBoundingClientRect();
      const lines = [...document.querySelectorAll<HTMLAnchorElement>('.prose a.wikilink')[index].getClientRects()];
      return lines.filter((line) => line.bottom > card.top && line.top < card.bottom && line.right > card.left && line.left < card.right).length;
    }, wrapped);
    expect(overlaps).toBe(0);
    await page.close();
  });
});

describe('on every note', () => {
  it('lists backlinks with the sentence each link stands in, and a backlink leads to its source note', async () => {
    const page = await tabs.lend();
    await page.goto(`${session.sites.root.origin}/${NOTE}`);
    const backlinks = page.locator('section[aria-labelledby="backlinks"]');
    const item = backlinks.locator('li', { hasText: 'Do I need domain expertise to be a TPM?' });
    await expect(item.locator('.backlink-passage mark').first().textContent()).resolves.toMatch(/growth mindset/i);
    await item.getByRole('link', { name: 'Do I need domain expertise to be a TPM?' }).click();
    await page.waitForURL(`${session.sites.root.origin}/notes/domain-skills-can-be-learned/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Do I need domain expertise to be a TPM?');
  });

  it('has a table of contents whose entries and heading anchors point at the headings', async () => {
    const page = await tabs.lend();
    await page.goto(`${session.sites.root.origin}/${SECTIONED_NOTE}`);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const entries = await toc.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(entries.length).toBeGreaterThanOrEqual(3);
    const ids = await page.locator('.prose h2[id]').evaluateAll((headings) => headings.map((heading) => `#${heading.id}`));
    expect(entries).toEqual(ids);
    const anchor = page.getByRole('link', { name: 'Link to the section “Stock vesting”' });
    await expect(anchor.getAttribute('href')).resolves.toBe('#stock-vesting');
  });

  it('draws its neighbourhood as links to the neighbouring notes', async () => {
    const page = await tabs.lend();
    await page.goto(`${session.sites.root.origin}/${NOTE}`);
    const graph = page.locator('section[aria-labelledby="local-graph"] svg');
    await expect(graph.locator('[aria-current="page"]').textContent()).resolves.toBe('Growth mindset for TPMs');
    await graph.getByRole('link', { name: 'What makes a great TPM?' }).locator('circle').click();
    await page.waitForURL(`${session.sites.root.origin}/notes/qualities-of-a-strong-tpm/`);
  });
});

describe('the graph page', () => {
  it('shows every note as a named link, with a legend; pointing at a node brings its neighbours forward; a node leads to its note', async () => {
    const page = await tabs.lend();
    await page.goto(`${session.sites.subpath.origin}/tpm-garden/graph/`);
    const nodes = page.locator('svg.graph a.graph-node');
    expect(await nodes.count()).toBe(readdirSync(join(ROOT, 'content', 'notes')).length);
    await expect(page.getByRole('list', { name: 'Colours by topic' }).getByRole('listitem').count()).resolves.toBe(4);
    const node = page.locator('svg.graph').getByRole('link', { name: 'Taking ownership as a TPM' });
    await node.locator('circle').hover();
    await page.locator('svg.graph.graph--focus').waitFor();
    expect(await page.locator('svg.graph a.is-near').count()).toBeGreaterThan(2);
    await node.locator('circle').click();
    await page.waitForURL(`${session.sites.subpath.origin}/tpm-garden/notes/extreme-ownership/`);
  });
});

describe('without JavaScript', () => {
  it('keeps links plain, backlinks, table of contents and graphs in place, and graph nodes navigate', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.sites.root.origin}/${NOTE}`);
    await firstNoteLink(page).hover();
    await firstNoteLink(page).focus();
    expect(await preview(page).count()).toBe(0);
    expect(await page.locator('.backlink-passage').count()).toBeGreaterThan(3);
    await page.goto(`${session.sites.root.origin}/${SECTIONED_NOTE}`);
    expect(await page.getByRole('navigation', { name: 'On this page' }).getByRole('link').count()).toBeGreaterThanOrEqual(3);
    await page.goto(`${session.sites.root.origin}/${NOTE}`);
    expect(await page.locator('section[aria-labelledby="local-graph"] svg a').count()).toBeGreaterThan(3);

    await page.goto(`${session.sites.root.origin}/graph/`);
    await page.locator('svg.graph').getByRole('link', { name: 'Growth mindset for TPMs' }).locator('circle').click();
    await page.waitForURL(`${session.sites.root.origin}/${NOTE}`);
    await context.close();
  });
});

describe('a merged note', () => {
  it.each(['root', 'subpath'] as const)('forwards from its old address to the note that absorbed it, without JavaScript (%s)', async (name) => {
    const merged = loadGarden(ROOT).notes.find((note) => note.data.replaces.length > 0);
    expect(merged).toBeDefined();
    const { origin } = session.sites[name];
    const base = { root: ROOT_SITE.base, subpath: SUBPATH_SITE.base }[name];
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(`${origin}${base}notes/${merged!.data.replaces[0]}/`);
    expect(response?.status()).toBe(200);
    await page.waitForURL(`${origin}${base}notes/${merged!.slug}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe(merged!.data.title);
    await context.close();
  });
});
