import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession } from '../support/session.ts';
import { localOnlyContext, openSettled } from '../support/pages.ts';
import { ROOT } from '../support/site.ts';
import { ROOT_SITE, SUBPATH_SITE } from './sites.ts';

const session = browserSession({ subpath: SUBPATH_SITE });


const built = (site: typeof ROOT_SITE, file: string) => readFileSync(resolve(ROOT, site.outDir, file), 'utf8');
const policyOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';

/** A page that records every Content Security Policy violation, from before its first script runs. */
async function watchedPage() {
  const { context, external } = await localOnlyContext(session.browser, session.sites.subpath.origin);
  await context.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { violations: string[] }).violations = violations;
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const page = await context.newPage();
  const violations = (target: Page) => target.evaluate(() => (window as unknown as { violations: string[] }).violations);
  return { context, page, external, violations };
}

describe('the Content Security Policy', () => {
  it('is strict: own origin only, no inline script without a hash, no plugins or frames, no referrer', () => {
    const html = built(SUBPATH_SITE, 'notes/growth-mindset/index.html');
    const policy = policyOf(html);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-src 'none'");
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')+;/);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).not.toMatch(/https?:/);
    for (const [, script] of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
      expect(policy).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    }
    expect(html).toContain('<meta name="referrer" content="no-referrer">');
  });

  it('lets every kind of page and the search work, with no violation and no request off the site', async () => {
    const { context, page, external, violations } = await watchedPage();
    for (const path of ['', 'notes/growth-mindset/', 'notes/physics-phd-to-finance-analytics/', 'topics/skills/', 'sources/meta-director-ama/', 'recent/']) {
      await openSettled(page, `${session.sites.subpath.origin}/tpm-garden/${path}`);
      // The inline theme bootstrap ran: it is allowed by its hash.
      expect(await page.evaluate(() => document.documentElement.classList.contains('js')), path).toBe(true);
      expect(await violations(page), path).toEqual([]);
    }
    await page.goto(`${session.sites.subpath.origin}/tpm-garden/search/?q=mosaic`);
    await page.locator('.search-results a', { hasText: 'A career as a mosaic, not a ladder of domain skills' }).first().waitFor();
    expect(await violations(page)).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  it('is enforced: a script injected into a page does not run and is reported', async () => {
    const { context, page, violations } = await watchedPage();
    await page.goto(`${session.sites.subpath.origin}/tpm-garden/`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.injected = "ran"';
      document.body.append(script);
    });
    await expect.poll(() => violations(page)).toEqual([expect.stringMatching(/^script-src/)]);
    expect(await page.evaluate(() => document.body.dataset.injected)).toBeUndefined();
    await context.close();
  });
});

describe('links for feeds, search engines and sharing', () => {
  it('gives every page a canonical URL and Open Graph metadata under the base path', () => {
    const html = built(SUBPATH_SITE, 'notes/growth-mindset/index.html');
    const canonical = /<link rel="canonical" href="([^"]+)">/.exec(html)?.[1];
    expect(canonical).toMatch(/^https?:\/\/[^/]+\/tpm-garden\/notes\/growth-mindset\/$/);
    expect(html).toContain(`<meta property="og:url" content="${canonical}">`);
    expect(html).toContain('<meta property="og:type" content="article">');
    expect(html).toContain('<meta property="og:title" content="Growth mindset for TPMs">');
  });

  it('publishes an RSS feed of notes, newest first, and a sitemap of every page', () => {
    const feed = built(SUBPATH_SITE, 'rss.xml');
    const links = [...feed.matchAll(/<item><title>(New|Updated): [^<]+<\/title><link>([^<]+)<\/link>/g)].map((match) => match[2]);
    expect(links.length).toBeGreaterThanOrEqual(40);
    expect(links.every((link) => /\/tpm-garden\/notes\/[a-z0-9-]+\/$/.test(link))).toBe(true);
    const dates = [...feed.matchAll(/<pubDate>([^<]+)<\/pubDate>/g)].map((match) => Date.parse(match[1]));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));

    const sitemap = built(SUBPATH_SITE, 'sitemap-0.xml');
    expect(sitemap).toMatch(/<loc>https?:\/\/[^<]+\/tpm-garden\/notes\/growth-mindset\/<\/loc>/);
    expect(sitemap).toMatch(/<loc>https?:\/\/[^<]+\/tpm-garden\/recent\/<\/loc>/);
    expect(built(SUBPATH_SITE, 'index.html')).toContain('<link rel="alternate" type="application/rss+xml" title="TPM Garden: new and updated notes" href="/tpm-garden/rss.xml">');
  });

  it('lists recent changes with dates, and links each note to its file in the configured repository', () => {
    const recent = built(ROOT_SITE, 'recent/index.html');
    expect(recent.match(/<time datetime="\d{4}-\d\d-\d\dT[^"]+">\d{4}-\d\d-\d\d<\/time>/g)?.length).toBeGreaterThanOrEqual(40);
    const note = built(ROOT_SITE, 'notes/growth-mindset/index.html');
    const repository = process.env.REPOSITORY_URL?.replace(/\/+$/, '');
    if (repository) expect(note).toContain(`<a href="${repository}/edit/${process.env.REPOSITORY_BRANCH || 'main'}/content/notes/growth-mindset.md">Edit this note</a>`);
    else expect(note).not.toContain('Edit this note');
  });
});
