import { describe, expect, it } from 'vitest';
import { loadGarden } from '../../src/lib/content/load-content.ts';
import { ROOT } from '../support/site.ts';
import { borrowedTabs } from '../support/page-pool.ts';
import { browserSession } from '../support/session.ts';
import { internalHrefs, localOnlyContext } from '../support/pages.ts';
import { ROOT_SITE, SUBPATH_SITE } from './sites.ts';

const session = browserSession({ root: ROOT_SITE, subpath: SUBPATH_SITE });
// Tests that need no context of their own borrow tabs of one context (support/page-pool.ts).
const tabs = borrowedTabs(() => session.browser);


/** A note's frontmatter as the garden reads it. */
const noteData = (slug: string) => loadGarden(ROOT).notes.find((note) => note.slug === slug)!.data;

describe('a reader browsing the garden', () => {
  it('goes from the home page to a hub, a note and the source section it cites', async () => {
    const { context, external } = await localOnlyContext(session.browser, session.sites.root.origin);
    const page = await context.newPage();
    await page.goto(`${session.sites.root.origin}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('TPM Garden');

    // Each click is followed by waiting for the next page to load, so no check reads the page being left.
    await page.locator('.cards').getByRole('link', { name: 'Pitfalls' }).click();
    await page.waitForURL('**/topics/pitfalls/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Pitfalls');
    expect(await page.locator('article h3').count()).toBeGreaterThanOrEqual(3);

    await page.getByRole('link', { name: 'Mistaking busyness for progress' }).first().click();
    await page.waitForURL('**/notes/motion-is-not-progress/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Mistaking busyness for progress');
    const sources = page.locator('section[aria-labelledby="sources-heading"]');
    await expect(sources.getByRole('link').first().textContent()).resolves.toBe('Common mistakes, from the author\'s own career');

    await sources.getByRole('link').first().click();
    await page.waitForURL(`${session.sites.root.origin}/sources/meta-director-ama/#mistakes-made`);
    const section = page.locator('li', { has: page.locator('h3#mistakes-made') });
    await expect(section.getByRole('link', { name: 'Mistaking busyness for progress' }).count()).resolves.toBe(1);
    expect(external).toEqual([]);
    await context.close();
  });

  it('finds a note by searching from the header, with highlighted terms, without any third-party request', async () => {
    const { context, external } = await localOnlyContext(session.browser, session.sites.root.origin);
    const page = await context.newPage();
    await page.goto(`${session.sites.root.origin}/topics/skills/`);
    // Typing in the header box carries on in the search dialog.
    await page.locator('#site-search').pressSequentially('mosaic');
    const dialog = page.locator('[data-search-dialog]');
    await dialog.locator('.search-results li').first().waitFor();
    const titles = await dialog.locator('.search-results li > a').allTextContents();
    expect(titles).toContain('A career as a mosaic, not a ladder of domain skills');
    expect(await dialog.locator('.search-results mark').first().textContent()).toMatch(/mosaic/i);
    await expect(dialog.locator('[data-search-status]').textContent()).resolves.toMatch(/results? for “mosaic”/);

    await dialog.locator('.search-results li > a', { hasText: 'A career as a mosaic' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('A career as a mosaic, not a ladder of domain skills');
    expect(external).toEqual([]);
    await context.close();
  });

  it('shows prev/next navigation on a note that belongs to a reading path', async () => {
    const page = await tabs.lend();
    await page.goto(`${session.sites.root.origin}/paths/is-tpm-for-me/`);
    const steps = await page.locator('.path-steps li > a').allTextContents();
    expect(steps.length).toBeGreaterThanOrEqual(6);
    await page.locator('.path-steps li > a').nth(1).click();
    const nav = page.locator('.path-nav__row', { hasText: 'Is the TPM role for me?' });
    await expect(nav.textContent()).resolves.toMatch(/step 2 of \d+/);
    await expect(nav.locator('a[rel="prev"]').textContent()).resolves.toContain(steps[0]);
    await expect(nav.locator('a[rel="next"]').textContent()).resolves.toContain(steps[2]);
  });

  it('remembers the theme the reader picks, over the system preference', async () => {
    const context = await session.browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${session.sites.root.origin}/notes/growth-mindset/`);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const dark = await background();
    const theme = page.getByRole('combobox', { name: 'Theme' });
    await expect(theme.inputValue()).resolves.toBe('auto');
    await theme.selectOption('light');
    const light = await background();
    expect(light).not.toBe(dark);
    await page.reload();
    expect(await background()).toBe(light);
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('light');
    await context.close();
  });

  it('serves a helpful 404 page', async () => {
    const page = await tabs.lend();
    const response = await page.goto(`${session.sites.root.origin}/notes/no-such-note/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('This page is not in the garden');
  });
});

describe('without JavaScript', () => {
  it('renders a note completely: text, links, sources; the theme menu stays hidden', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.sites.root.origin}/notes/growth-mindset/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Growth mindset for TPMs');
    expect(await page.locator('.prose p').count()).toBeGreaterThan(1);
    expect(await page.locator('.prose a.wikilink').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('section[aria-labelledby="sources-heading"] li').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('[data-theme-choice]').isVisible()).toBe(false);
    await page.goto(`${session.sites.root.origin}/search/?q=metrics`);
    await expect(page.locator('noscript').first().innerText()).resolves.toMatch(/needs JavaScript/);
    await context.close();
  });

  it('shows the first three questions a note answers and the rest behind a disclosure that opens from the keyboard, all indexed alike', async () => {
    const note = 'a-tpms-typical-day';
    const frontmatter = noteData(note);
    expect(frontmatter.questions.length, 'a note with more than three questions').toBeGreaterThan(3);
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.sites.root.origin}/notes/${note}/`);
    const answers = page.locator('[data-pagefind-body] .answers');
    await expect(answers.locator(':scope > ul li').allTextContents()).resolves.toEqual(frontmatter.questions.slice(0, 3));
    const more = answers.locator('details.answers__more');
    await expect(more.locator('summary').textContent()).resolves.toBe(`${frontmatter.questions.length - 3} more questions`.replace(/^1 more questions$/, 'One more question'));
    expect(await more.locator('li').first().isVisible()).toBe(false);
    await expect(answers.locator('ul[data-pagefind-weight="8"] li').allTextContents()).resolves.toEqual(frontmatter.questions);
    await more.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(more.locator('li').allInnerTexts()).resolves.toEqual(frontmatter.questions.slice(3));
    await context.close();
  });

  it('opens the disclosure of further questions when the first highlighted word from a search is in it', async () => {
    const note = 'a-tpms-typical-day';
    const frontmatter = noteData(note);
    // A word of a further question that nothing above the disclosure holds, so its first mark is inside it.
    const above = new Set(`${frontmatter.title} ${frontmatter.summary} ${frontmatter.questions.slice(0, 3).join(' ')}`.toLowerCase().match(/[a-z]+/g));
    const word = frontmatter.questions.slice(3).join(' ').toLowerCase().match(/[a-z]{6,}/g)?.find((candidate) => !above.has(candidate));
    expect(word, 'a word only the further questions hold').toBeTruthy();
    const page = await tabs.lend();
    await page.goto(`${session.sites.root.origin}/notes/${note}/?highlight=${word}`);
    const more = page.locator('details.answers__more');
    await expect.poll(() => more.getAttribute('open')).toBe('');
    expect(await more.locator('mark.pagefind-highlight').first().isVisible()).toBe(true);
  });
});

describe('under a base path', () => {
  it('resolves every link, asset and search result under the sub-path', async () => {
    const { context, external } = await localOnlyContext(session.browser, session.sites.subpath.origin);
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(response.url());
    });
    await page.goto(`${session.sites.subpath.origin}/tpm-garden/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('TPM Garden');
    const hrefs = await internalHrefs(page);
    expect(hrefs.length).toBeGreaterThan(20);
    expect(hrefs.filter((href) => !href.startsWith('/tpm-garden/'))).toEqual([]);

    await page.locator('.cards').getByRole('link', { name: 'Skills' }).click();
    await page.getByRole('link', { name: 'Taking ownership as a TPM' }).first().click();
    expect(page.url()).toBe(`${session.sites.subpath.origin}/tpm-garden/notes/extreme-ownership/`);

    await page.goto(`${session.sites.subpath.origin}/tpm-garden/search/?q=ownership`);
    await page.locator('[data-search-page] .search-results li').first().waitFor();
    const resultHrefs = await page.locator('[data-search-page] .search-results li > a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(resultHrefs).toContain('/tpm-garden/notes/extreme-ownership/?highlight=ownership');
    expect(resultHrefs.every((href) => href?.startsWith('/tpm-garden/'))).toBe(true);
    expect(failed).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });
});
