import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { HIDDEN_TERMS_MARK } from '../../src/lib/search/search-excerpt.ts';
import { writePortableEdition } from '../../scripts/portable/edition.ts';
import { bundleServiceWorker, writeServiceWorker } from '../../src/integrations/service-worker.ts';
import { loadGarden } from '../../src/lib/content/load-content.ts';
import { borrowedTabs } from '../support/page-pool.ts';
import { browserSession } from '../support/session.ts';
import { openSettled } from '../support/pages.ts';
import { ROOT, serveSite, type BuiltSite } from '../support/site.ts';
import { ROOT_SITE, SUBPATH_SITE } from './sites.ts';

// The first search loads Pagefind and its index, which can take seconds on a busy machine.
const SLOW = { timeout: 20_000 };

const session = browserSession({ root: ROOT_SITE });
// Tests that need no context of their own borrow tabs of one context (support/page-pool.ts).
const tabs = borrowedTabs(() => session.browser);
const scratch = mkdtempSync(join(tmpdir(), 'garden-offline-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));


const dialog = (page: Page) => page.locator('[data-search-dialog]');
const resultTitles = (page: Page) => dialog(page).locator('.search-results li > a').allTextContents();
const statusText = (page: Page) => dialog(page).locator('[data-search-status]').textContent();

async function searchInDialog(page: Page, query: string) {
  // A click resolves once the next page is committed; the shortcut needs its scripts, which run before 'load'.
  await page.waitForLoadState('load');
  await page.keyboard.press('/');
  await dialog(page).locator('input[type="search"]').fill(query);
  await expect.poll(() => statusText(page), SLOW).toMatch(new RegExp(`(\\d+ results?|No results) for “${query}”`));
}

/** The notice that a newer version has taken over, when it shows (its live region is always in the page). */
const updateNotice = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'A newer version of the garden is ready.' }).filter({ has: page.getByRole('button', { name: 'Reload' }) });

/** Waits until the footer says the whole garden is saved for offline reading. */
async function waitUntilSaved(page: Page) {
  await page.locator('[data-offline][data-state="saved"]').waitFor({ timeout: 60_000 });
  return page.locator('[data-offline-text]').textContent();
}

/** Opens pages by clicking links, as a reader would: a hub from the home page, a note, then a linked note. */
async function followThreeLinks(page: Page): Promise<string[]> {
  const titles: string[] = [];
  await page.locator('.site-nav a').nth(1).click();
  titles.push(await page.locator('h1').innerText());
  await page.locator('main article a[href*="notes/"]').first().click();
  titles.push(await page.locator('h1').innerText());
  await page.locator('.prose a.wikilink').first().click();
  titles.push(await page.locator('h1').innerText());
  return titles;
}

describe('search', () => {
  it('loads no search code on a note page until search opens, then opens with / and Ctrl+K', async () => {
    const page = await session.browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await openSettled(page, `${session.sites.root.origin}/notes/growth-mindset/`);
    expect(requested.filter((url) => /pagefind|search-ui/.test(url))).toEqual([]);

    await page.keyboard.press('Control+K');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), SLOW).toBe('dialog-search-query');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).evaluate((element: HTMLDialogElement) => element.open), SLOW).toBe(false);
    await searchInDialog(page, 'growth');
    expect(requested.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await page.close();
  });

  it('moves through results with the arrow keys and highlights the searched words on the opened page', async () => {
    const page = await tabs.lend();
    await page.goto(`${session.sites.root.origin}/`);
    await searchInDialog(page, 'mosaic');
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => document.activeElement?.textContent);
    expect(first).toBe((await resultTitles(page))[0]);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe((await resultTitles(page))[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('dialog-search-query');

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?highlight=mosaic$/);
    await expect(page.locator('h1').innerText()).resolves.toBe(first);
    const marks = page.locator('article mark.pagefind-highlight');
    await marks.first().waitFor();
    expect((await marks.allTextContents()).every((text) => /mosaic/i.test(text))).toBe(true);
  });

  it('narrows results by topic, source document and kind', async () => {
    const page = await tabs.lend();
    await page.goto(`${session.sites.root.origin}/`);
    await searchInDialog(page, 'career');
    const all = Number((await statusText(page))?.match(/^(\d+)/)?.[1]);
    // The filters are folded away until the reader asks for them.
    await dialog(page).locator('.search-more summary').click();
    const kind = dialog(page).locator('select[data-filter="kind"]');
    await kind.selectOption({ label: (await kind.locator('option', { hasText: 'Synthesis' }).textContent())! });
    await expect.poll(() => statusText(page), SLOW).toMatch(/with the chosen filters/);
    const synthesis = Number((await statusText(page))?.match(/^(\d+)/)?.[1]);
    expect(synthesis).toBeGreaterThan(0);
    expect(synthesis).toBeLessThan(all);
    expect(new Set(await dialog(page).locator('.search-result__kind').allTextContents())).toEqual(new Set(['Synthesis']));

    await kind.selectOption('');
    const topic = dialog(page).locator('select[data-filter="topic"]');
    await topic.selectOption('Pitfalls');
    await expect.poll(async () => Number((await statusText(page))?.match(/^(\d+)/)?.[1]), SLOW).toBeLessThan(all);
    const source = dialog(page).locator('select[data-filter="source"]');
    expect(await source.locator('option').count()).toBe(3); // any, and the two source documents
  });

  it('understands abbreviations and says when nothing matches, pointing to the hubs and the glossary', async () => {
    const page = await tabs.lend();
    await page.goto(`${session.sites.root.origin}/`);
    await searchInDialog(page, 'EQ');
    expect(await resultTitles(page)).toEqual(expect.arrayContaining([expect.stringMatching(/empathy/i)]));
    // Pages found through their hidden synonyms show their own words, never the synonym block.
    const excerpts = await dialog(page).locator('.search-results li > p:not([data-search-matches])').allTextContents();
    expect(excerpts.length).toBeGreaterThan(3);
    expect(excerpts.filter((excerpt) => excerpt.includes(HIDDEN_TERMS_MARK) || /emotional intelligence, empathy/.test(excerpt))).toEqual([]);
    await dialog(page).locator('input[type="search"]').fill('KPI');
    await expect.poll(() => resultTitles(page), SLOW).toEqual(expect.arrayContaining([expect.stringMatching(/metric/i)]));

    await dialog(page).locator('input[type="search"]').fill('zeppelinx');
    await expect.poll(() => statusText(page), SLOW).toBe('No results for “zeppelinx”.');
    const suggestions = dialog(page).locator('[data-search-empty]');
    expect(await suggestions.isVisible()).toBe(true);
    expect(await suggestions.getByRole('link').allTextContents()).toEqual(expect.arrayContaining(['Skills', 'Glossary of terms']));
  });
});

describe('search in the reader\'s own words', () => {
  it('corrects a misspelt word to one the index holds and says so', async () => {
    const page = await session.browser.newPage();
    const vocabularyParts: string[] = [];
    page.on('request', (request) => /\/search-vocabulary\//.test(request.url()) && vocabularyParts.push(new URL(request.url()).pathname));
    await page.goto(`${session.sites.root.origin}/`);
    await page.waitForLoadState('load');
    await page.keyboard.press('/');
    await dialog(page).locator('input[type="search"]').fill('mitsakes');
    await expect.poll(() => statusText(page), SLOW).toMatch(/^Showing results for “mistakes”, as no page holds “mitsakes”: \d+ results?/);
    expect((await resultTitles(page)).slice(0, 3)).toEqual(expect.arrayContaining([expect.stringMatching(/mistake/i)]));
    expect(vocabularyParts).toEqual(['/search-vocabulary/m.js']); // only the part for the word's first letter
    await page.close();
  });

  it('ranks pages holding some of the words when none holds all, and shows which words each matched', async () => {
    const page = await tabs.lend();
    await page.goto(`${session.sites.root.origin}/`);
    await searchInDialog(page, 'the ownership zeppelinx');
    expect(await statusText(page)).toMatch(/; no page holds “zeppelinx”\.$/);
    expect(await resultTitles(page)).toEqual(expect.arrayContaining([expect.stringMatching(/ownership/i)]));
    const matches = await dialog(page).locator('[data-search-matches]').allTextContents();
    expect(matches.length).toBeGreaterThan(0);
    expect(new Set(matches)).toEqual(new Set(['Matches: ownership']));
  });

  it('names the words that found nothing and offers the nearest indexed words, which search when chosen', async () => {
    const page = await tabs.lend();
    await page.goto(`${session.sites.root.origin}/search/?q=mentorzzz`);
    const panel = page.locator('[data-search-page]');
    const unmatched = panel.locator('[data-search-unmatched]');
    await expect.poll(() => unmatched.textContent(), SLOW).toMatch(/^No page holds “mentorzzz”\. Near “mentorzzz”: /);
    const nearest = unmatched.getByRole('button', { name: 'mentor', exact: true });
    await nearest.click();
    await expect.poll(() => panel.locator('[data-search-status]').textContent(), SLOW).toMatch(/^\d+ results? for “mentor”/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('mentor');
    expect(await panel.locator('[data-search-empty]').isHidden()).toBe(true);
  });
});

describe('offline reading', () => {
  // One reader's story in one test, so that the whole garden is saved once (the longest step of this file): the
  // first visit, a new deployment replacing the saved copy, then reading and searching with the server gone.
  it('after one visit under a base path, a new deployment replaces the saved copy, offers a reload of the old page and drops the old cache; then pages open by links and search works with the server stopped and the network off', async () => {
    // The second deployment changes one note and regenerates its service worker, as a build would.
    const second: BuiltSite = { base: SUBPATH_SITE.base, outDir: join(scratch, 'second') };
    cpSync(resolve(ROOT, SUBPATH_SITE.outDir), second.outDir, { recursive: true });
    const note = join(second.outDir, 'notes', 'growth-mindset', 'index.html');
    writeFileSync(note, readFileSync(note, 'utf8').replace('</h1>', '</h1><p id="deployed">Second deployment</p>'));
    await writeServiceWorker(second.outDir, await bundleServiceWorker(SUBPATH_SITE.base));

    let server = await serveSite(SUBPATH_SITE);
    const port = Number(new URL(server.origin).port);
    const context: BrowserContext = await session.browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(`${server.origin}/tpm-garden/`);
    expect(await waitUntilSaved(page)).toMatch(/^Available offline: all \d+ files/);
    // The first worker claims the page it was installed from, which came from the network and is current.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200))); // controllerchange is a task later
    expect(await updateNotice(page).count()).toBe(0);

    await server.stop();
    server = await serveSite(second, port);
    const changedNote = `${server.origin}/tpm-garden/notes/growth-mindset/`;
    await page.goto(changedNote);
    // The old worker answers this navigation from its copy; the browser then finds the new worker, which
    // installs the changed files and takes over. Until then the worker keeps serving the old page.
    expect(await page.locator('#deployed').count()).toBe(0);
    // Each poll asks for an update, as the footer's "Check for updates" does (the browser's own check on
    // navigation can be skipped on a busy machine), and reads the page through the worker only once no new
    // worker is installing or waiting: Chromium activates a waiting worker only when the old one has no
    // request in flight, so fetching on every poll would hold the old worker in place.
    const servedByWorker = () =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        if (!registration || registration.installing || registration.waiting) return false;
        await registration.update().catch(() => undefined);
        if (registration.installing || registration.waiting) return false;
        return (await fetch(location.href)).text().then((html) => html.includes('Second deployment'));
      });
    await expect.poll(servedByWorker, { timeout: 90_000, interval: 500 }).toBe(true);
    // The page on screen is still the old copy: the reader is told, and reloads from the keyboard.
    await updateNotice(page).waitFor({ timeout: 10_000 });
    expect(await page.locator('#deployed').count()).toBe(0);
    await page.locator('[data-offline] button').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Reload');
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    expect(await page.locator('#deployed').textContent()).toBe('Second deployment');
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
    expect(await updateNotice(page).count()).toBe(0);
    await server.stop();
    await context.setOffline(true);
    await page.goto(changedNote);
    expect(await page.locator('#deployed').textContent()).toBe('Second deployment');
    // One versioned cache, holding the new revision of the changed page and not the old one.
    const saved = await page.evaluate(async () => {
      const names = (await caches.keys()).filter((name) => name.includes('-precache-v2-'));
      const keys = await (await caches.open(names[0])).keys();
      return { caches: names.length, copiesOfNote: keys.filter((request) => request.url.includes('/notes/growth-mindset/index.html')).length };
    });
    expect(saved).toEqual({ caches: 1, copiesOfNote: 1 });

    // With the server gone and the network off, the saved copy is the whole garden: links and search work.
    await page.goto(`${server.origin}/tpm-garden/`);
    const titles = await followThreeLinks(page);
    expect(titles).toHaveLength(3);
    expect(new Set(titles).size).toBe(3);
    await searchInDialog(page, 'metrics');
    expect((await resultTitles(page)).length).toBeGreaterThan(3);
    // Typo correction works offline too: its vocabulary is part of the saved copy.
    await dialog(page).locator('input[type="search"]').fill('metircs');
    await expect.poll(() => statusText(page), SLOW).toMatch(/^Showing results for “metrics”/);
    await searchInDialog(page, 'metrics');
    await dialog(page).locator('.search-results li > a').first().click();
    await expect(page.locator('article mark.pagefind-highlight').first().textContent()).resolves.toMatch(/metric/i);
    await context.close();
  }, 300_000);
});

describe('without service workers', () => {
  // Plain HTTP away from localhost and some privacy modes: the worker API is missing, or there but undefined,
  // and an insecure context has no caches either.
  const removals: Record<string, () => void> = {
    missing: () => {
      delete (Object.getPrototypeOf(navigator) as { serviceWorker?: unknown }).serviceWorker;
    },
    'undefined, in an insecure context': () => {
      Object.defineProperty(Navigator.prototype, 'serviceWorker', { get: () => undefined });
      Object.defineProperty(window, 'caches', { get: () => undefined });
      Object.defineProperty(window, 'isSecureContext', { get: () => false });
    },
  };
  for (const [how, removeServiceWorkers] of Object.entries(removals)) {
    it(`reads a note and searches, with nothing in the console, when the service worker API is ${how}`, async () => {
      const context = await session.browser.newContext({ serviceWorkers: 'allow' });
      await context.addInitScript(removeServiceWorkers);
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(`${message.type()}: ${message.text()}`));
      await openSettled(page, `${session.sites.root.origin}/notes/growth-mindset/`);
      expect(await page.evaluate(() => navigator.serviceWorker)).toBeUndefined();
      expect(await page.locator('[data-offline]').isHidden()).toBe(true);
      await searchInDialog(page, 'growth');
      expect((await resultTitles(page)).length).toBeGreaterThan(0);

      await openSettled(page, `${session.sites.root.origin}/search/?q=metrics`);
      const panel = page.locator('[data-search-page]');
      await expect.poll(() => panel.locator('[data-search-status]').textContent(), SLOW).toMatch(/^\d+ results? for “metrics”/);
      expect(await panel.locator('.search-results li > a').count()).toBeGreaterThan(0);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

describe('the portable edition', () => {
  it('opens from disk: three pages by links, then search and a highlighted result', async () => {
    const edition = writePortableEdition(resolve(ROOT, ROOT_SITE.outDir), join(scratch, 'portable'));
    const page = await tabs.lend();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pathToFileURL(join(edition.folder, 'index.html')).href);
    const titles = await followThreeLinks(page);
    expect(new Set(titles).size).toBe(3);
    expect(page.url()).toMatch(/^file:\/\/.*\/notes\/[^/]+\/index\.html(#.*)?$/);

    await searchInDialog(page, 'ownership');
    const link = dialog(page).locator('.search-results li > a').first();
    expect(await link.getAttribute('href')).toMatch(/^file:\/\/.*\/index\.html\?highlight=ownership$/);
    await link.click();
    await expect(page.locator('article mark.pagefind-highlight').first().textContent()).resolves.toMatch(/ownership/i);
    // A shared search link opens the search page with its query run, typo corrected, from disk too.
    await page.goto(`${pathToFileURL(join(edition.folder, 'search', 'index.html')).href}?q=owenrship`);
    await expect.poll(() => page.locator('[data-search-page] [data-search-status]').textContent(), SLOW).toMatch(/^Showing results for “ownership”/);
    expect(await page.locator('[data-search-page] .search-results li > a').count()).toBeGreaterThan(0);
    // A merged note's old address forwards to the note that absorbed it, from disk too.
    const merged = loadGarden(ROOT).notes.find((note) => note.data.replaces.length > 0);
    expect(merged).toBeDefined();
    await page.goto(pathToFileURL(join(edition.folder, 'notes', merged!.data.replaces[0], 'index.html')).href);
    await page.waitForURL(pathToFileURL(join(edition.folder, 'notes', merged!.slug, 'index.html')).href);
    await expect(page.locator('h1').textContent()).resolves.toBe(merged!.data.title);
    expect(errors).toEqual([]);
  });
});
