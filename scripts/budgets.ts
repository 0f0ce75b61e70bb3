// Performance budgets of a built site, printed on every CI run: first-load weight of every note page and
// Lighthouse scores of the home page, a hub and a note. Fails only on a clear breach (see BREACH).
// Usage: npm run budgets [-- --dist dist-test/root]   (default: dist/, built by `npm run build`)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../tests/support/browser.ts';
import { readablePagePaths } from '../tests/support/dist.ts';
import { ROOT, serveSite } from '../tests/support/site.ts';

/** The budgets the garden aims at (docs/architecture.md, "Quality gates and budgets"). */
const BUDGET = { noteHtmlCssKiB: 15, noteJsKiB: 0, lighthouse: 0.95 };
/** Where a miss stops CI: far enough past the budget that it is not measurement noise. */
const BREACH = { noteHtmlCssKiB: 18, noteJsKiB: 8, lighthouse: 0.9 };
/** Lighthouse runs of a page whose score is under budget, best taken: one slow run on a busy machine is noise. */
const LIGHTHOUSE_ATTEMPTS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const distArgument = process.argv.indexOf('--dist');
const dist = resolve(ROOT, distArgument > 0 ? process.argv[distArgument + 1] : 'dist');
if (!existsSync(join(dist, 'index.html'))) throw new Error(`No built site in ${dist}: run npm run build first, or pass --dist <folder>.`);

const gzipBytes = (path: string) => gzipSync(readFileSync(path)).length;
const kib = (bytes: number) => bytes / 1024;

/** Files a page loads before any interaction: its stylesheets and module scripts with their static imports. */
function firstLoad(page: string): { html: number; css: number; js: number; scripts: string[] } {
  const file = join(dist, page.endsWith('/') || page === '' ? `${page}index.html` : page);
  const html = readFileSync(file, 'utf8');
  const local = (href: string) => join(dist, href.replace(/^\/+/, '').split(/[?#]/)[0]);
  const stylesheets = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((match) => local(match[1]));
  const scripts = new Set<string>();
  const visit = (path: string) => {
    if (scripts.has(path) || !existsSync(path)) return;
    scripts.add(path);
    // Static imports load at once; dynamic import() is what search and previews load on demand.
    for (const [, specifier] of readFileSync(path, 'utf8').matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
      visit(join(dirname(path), specifier));
    }
  };
  for (const [, src] of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) visit(local(src));
  for (const [, href] of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) visit(local(href));
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => gzipSync(match[1]).length);
  return {
    html: gzipBytes(file),
    css: stylesheets.reduce((sum, path) => sum + gzipBytes(path), 0),
    js: [...scripts].reduce((sum, path) => sum + gzipBytes(path), 0) + inlineScripts.reduce((sum, bytes) => sum + bytes, 0),
    scripts: [...scripts].map((path) => `${relative(dist, path)} ${kib(gzipBytes(path)).toFixed(1)} KiB`),
  };
}

const breaches: string[] = [];
// A merged note's old address is a forwarding page, not a note a reader stays on.
const pages = readablePagePaths(dist);
const isNotePage = (page: string) => /^notes\/[^/]+\/$/.test(page);
const notes = pages.filter(isNotePage).map((page) => ({ page, ...firstLoad(page) }));
notes.sort((a, b) => b.html + b.css - (a.html + a.css));
const median = notes[Math.floor(notes.length / 2)];
const heaviest = notes[0];
console.log(`First load of a note page, gzipped (${notes.length} notes; inline scripts counted as JavaScript):`);
for (const [label, figures] of [['heaviest', heaviest], ['median', median]] as const) {
  console.log(
    `  ${label.padEnd(8)} /${figures.page}: HTML ${kib(figures.html).toFixed(1)} KiB + CSS ${kib(figures.css).toFixed(1)} KiB = ${kib(figures.html + figures.css).toFixed(1)} KiB (budget ${BUDGET.noteHtmlCssKiB}); JavaScript ${kib(figures.js).toFixed(1)} KiB (budget ${BUDGET.noteJsKiB})`,
  );
}
console.log(`  JavaScript before any interaction (gzipped): ${heaviest.scripts.join(', ')}, plus inline scripts`);
if (kib(heaviest.html + heaviest.css) > BREACH.noteHtmlCssKiB) breaches.push(`/${heaviest.page}: HTML + CSS ${kib(heaviest.html + heaviest.css).toFixed(1)} KiB gzipped is over ${BREACH.noteHtmlCssKiB} KiB`);
const heaviestJs = notes.reduce((max, note) => (note.js > max.js ? note : max));
if (kib(heaviestJs.js) > BREACH.noteJsKiB) breaches.push(`/${heaviestJs.page}: ${kib(heaviestJs.js).toFixed(1)} KiB of JavaScript gzipped on first load is over ${BREACH.noteJsKiB} KiB`);

const hub = pages.find((page) => page.startsWith('topics/')) ?? '';
const audited = ['', hub, heaviest.page];
const site = await serveSite({ base: '/', outDir: dist });
// Lighthouse drives the same system Chromium as the tests, through its debugging port.
const port = 9200 + (process.pid % 700);
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`], headless: true });
try {
  console.log(`\nLighthouse (mobile, simulated throttling) scores, best of up to ${LIGHTHOUSE_ATTEMPTS} runs; load average ${loadavg()[0].toFixed(1)} on this machine:`);
  console.log(`  ${'page'.padEnd(44)}${CATEGORIES.map((category) => category.padStart(16)).join('')}`);
  for (const page of audited) {
    let best: { categories: Record<string, { score: number | null; auditRefs: { id: string }[] }>; audits: Record<string, { score: number | null; title: string; displayValue?: string }> } | undefined;
    const score = (category: string) => best?.categories[category]?.score ?? 0;
    for (let attempt = 1; attempt <= LIGHTHOUSE_ATTEMPTS && (!best || CATEGORIES.some((category) => score(category) < BUDGET.lighthouse)); attempt++) {
      const result = await lighthouse(`${site.origin}/${page}`, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      if (!result) throw new Error(`Lighthouse returned no result for /${page}`);
      const total = (lhr: typeof result.lhr) => CATEGORIES.reduce((sum, category) => sum + (lhr.categories[category]?.score ?? 0), 0);
      if (!best || total(result.lhr) > CATEGORIES.reduce((sum, category) => sum + score(category), 0)) best = result.lhr;
    }
    const scores = CATEGORIES.map(score);
    console.log(`  /${page.padEnd(43)}${scores.map((value) => value.toFixed(2).padStart(16)).join('')}`);
    CATEGORIES.forEach((category, index) => {
      if (scores[index] < BUDGET.lighthouse) {
        const weak = best!.categories[category].auditRefs
          .map((ref) => best!.audits[ref.id])
          .filter((audit) => audit.score !== null && audit.score < 0.9)
          .map((audit) => `${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
        console.log(`    ${category} is below ${BUDGET.lighthouse}: ${weak.join('; ')}`);
      }
      if (scores[index] < BREACH.lighthouse) breaches.push(`/${page}: Lighthouse ${category} ${scores[index].toFixed(2)} is below ${BREACH.lighthouse}`);
    });
  }
} finally {
  await browser.close();
  await site.stop();
}

if (breaches.length) {
  console.error(`\nClear budget breaches:\n${breaches.map((breach) => `  ${breach}`).join('\n')}`);
  process.exitCode = 1;
} else {
  console.log(`\nNo clear budget breach (CI fails at HTML + CSS over ${BREACH.noteHtmlCssKiB} KiB, JavaScript over ${BREACH.noteJsKiB} KiB on first load, a Lighthouse score under ${BREACH.lighthouse}).`);
}
