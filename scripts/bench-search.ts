// Search and offline benchmark: on the real garden and on a synthetic garden of 5,000 notes, reports the
// Pagefind index size, the bytes a reader fetches for the first query, median and 95th-percentile query
// latency in Chromium, and the size of the offline precache. Prints figures; asserts nothing.
// Usage: npm run bench:search [-- --notes 5000] [-- --real-only] [-- --keep]
//   REAL_SITE=<built site> / SYNTHETIC_SITE=<built site> reuse existing builds instead of building.
// Targets (issue 5): first query under 150 KB fetched and median latency under 50 ms on the real garden.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../tests/support/browser.ts';
import { serveSite } from '../tests/support/site.ts';
import { benchProject, PROJECT_ROOT, writeSyntheticGarden } from './bench/synthetic-garden.ts';
import { PRECACHE_REPORT, type PrecacheReport } from '../src/lib/site/offline.ts';

const args = process.argv.slice(2);
const notes = args.includes('--notes') ? Number(args[args.indexOf('--notes') + 1]) : 5000;
// Words both gardens use (the synthetic one draws on a fixed vocabulary), single and paired.
const QUERIES = ['program', 'metric', 'stakeholder', 'career growth', 'risk', 'decision', 'roadmap', 'influence', 'engineer', 'launch plan'];
// Queries as readers type them, for the search box's latency: stop words, a word no page holds (the
// most-terms fallback then searches word by word) and typos (corrected against the vocabulary).
const READER_QUERIES = ['how to plan a program launch', 'stakeholder decision zeppelin', 'progrm', 'what is a roadmap', 'risk and influnce'];
const ROUNDS = 5;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function bytesUnder(dir: string): number {
  return readdirSync(dir).reduce((sum, entry) => {
    const path = join(dir, entry);
    const stat = statSync(path);
    return sum + (stat.isDirectory() ? bytesUnder(path) : stat.size);
  }, 0);
}

function build(project: string, outDir: string): void {
  const astro = join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  execFileSync(process.execPath, [astro, 'build'], {
    cwd: project,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: '/', OUT_DIR: outDir, ASTRO_CACHE_DIR: join(project, '.cache') },
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

interface Figures {
  pages: number;
  indexBytes: number;
  bundleBytes: number;
  firstQueryBytes: number;
  firstQueryRequests: number;
  medianMs: number;
  p95Ms: number;
  boxMedianMs: number;
  boxP95Ms: number;
  precache: PrecacheReport;
}

async function measure(site: string): Promise<Figures> {
  const pagefind = join(site, 'pagefind');
  const entry = JSON.parse(readFileSync(join(pagefind, 'pagefind-entry.json'), 'utf8'));
  const pages = Object.values(entry.languages as Record<string, { page_count: number }>).reduce((sum, language) => sum + language.page_count, 0);
  const indexBytes = ['index', 'fragment', 'filter'].reduce((sum, folder) => sum + bytesUnder(join(pagefind, folder)), 0);
  const server = await serveSite({ base: '/', outDir: site });
  const browser = await launchChromium();
  try {
    // No service worker: it would fetch the whole offline copy and answer the search's requests itself.
    const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
    const firstNote = readdirSync(join(site, 'notes')).find((entry) => statSync(join(site, 'notes', entry)).isDirectory());
    await page.goto(`${server.origin}/notes/${firstNote}/`, { waitUntil: 'networkidle' });
    const fetched: Promise<number>[] = [];
    page.on('requestfinished', (request) => {
      if (/\/pagefind\/|search-ui|search-vocabulary|\/_astro\/pagefind/.test(request.url())) fetched.push(request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize));
    });
    await page.keyboard.press('/');
    await page.locator('[data-search-dialog] input[type="search"]').fill(QUERIES[0]);
    await page.locator('[data-search-dialog] [data-search-status]', { hasText: /results? for/ }).waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const sizes = await Promise.all(fetched);

    // Latency as a reader sees it: the search plus the excerpts of the first results shown.
    const timings = await page.evaluate(
      async ({ queries, rounds }) => {
        const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
        await pagefind.init();
        const times: number[] = [];
        for (let round = 0; round < rounds; round++) {
          for (const query of queries) {
            const started = performance.now();
            const search = await pagefind.search(query);
            await Promise.all(search.results.slice(0, 5).map((result: { data(): Promise<unknown> }) => result.data()));
            times.push(performance.now() - started);
          }
        }
        return times;
      },
      { queries: QUERIES, rounds: ROUNDS },
    );
    const sorted = timings.sort((a, b) => a - b);

    // Latency through the search page's box (query layer, fallbacks, corrections, up to 20 excerpts), from
    // submitting the query to the status line announcing the results.
    await page.goto(`${server.origin}/search/`, { waitUntil: 'networkidle' });
    const boxTimings = await page.evaluate(
      async ({ queries, rounds }) => {
        const panel = document.querySelector('[data-search-page]')!;
        const input = panel.querySelector<HTMLInputElement>('input[type="search"]')!;
        const form = panel.querySelector('form')!;
        const status = panel.querySelector('[data-search-status]')!;
        const announced = () =>
          new Promise<void>((resolve) => {
            const observer = new MutationObserver(() => {
              if (/results? for|No results/.test(status.textContent ?? '')) {
                observer.disconnect();
                resolve();
              }
            });
            observer.observe(status, { childList: true, characterData: true, subtree: true });
          });
        const times: number[] = [];
        for (let round = 0; round <= rounds; round++) {
          for (const query of queries) {
            input.value = query;
            const done = announced();
            const started = performance.now();
            form.requestSubmit();
            await done;
            // The first round loads the index chunks and the vocabulary; it is not counted.
            if (round > 0) times.push(performance.now() - started);
          }
        }
        return times;
      },
      { queries: [...QUERIES, ...READER_QUERIES], rounds: ROUNDS },
    );
    const boxSorted = boxTimings.sort((a, b) => a - b);
    const precache: PrecacheReport = JSON.parse(readFileSync(join(site, PRECACHE_REPORT), 'utf8'));
    return {
      pages,
      indexBytes,
      bundleBytes: bytesUnder(pagefind),
      firstQueryBytes: sizes.reduce((sum, size) => sum + size, 0),
      firstQueryRequests: sizes.length,
      medianMs: percentile(sorted, 50),
      p95Ms: percentile(sorted, 95),
      boxMedianMs: percentile(boxSorted, 50),
      boxP95Ms: percentile(boxSorted, 95),
      precache,
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}

function report(label: string, figures: Figures): void {
  console.log(`\n${label}: ${figures.pages} pages indexed`);
  console.log(`  index (index, fragment and filter files) ${kib(figures.indexBytes)}; whole Pagefind folder ${kib(figures.bundleBytes)}`);
  console.log(`  first query from a note page: ${kib(figures.firstQueryBytes)} in ${figures.firstQueryRequests} requests (target < 150 KB on the real garden)`);
  console.log(`  query latency over ${QUERIES.length * ROUNDS} queries: median ${figures.medianMs.toFixed(1)} ms, p95 ${figures.p95Ms.toFixed(1)} ms (target median < 50 ms on the real garden)`);
  console.log(`  through the search box (query layer, fallbacks, corrections, up to 20 excerpts) over ${(QUERIES.length + READER_QUERIES.length) * ROUNDS} queries: median ${figures.boxMedianMs.toFixed(1)} ms, p95 ${figures.boxP95Ms.toFixed(1)} ms`);
  console.log(`  offline precache: ${figures.precache.entries} files, ${kib(figures.precache.bytes)}`);
}

const scratch = mkdtempSync(join(process.env.BENCH_DIR ?? tmpdir(), 'garden-search-bench-'));
try {
  let real = process.env.REAL_SITE;
  if (!real) {
    real = join(scratch, 'real', 'dist');
    const project = benchProject(join(scratch, 'real'));
    cpSync(join(PROJECT_ROOT, 'content'), join(project, 'content'), { recursive: true });
    build(project, real);
  }
  report('Real garden', await measure(real));

  if (!args.includes('--real-only')) {
    let synthetic = process.env.SYNTHETIC_SITE;
    if (!synthetic || !existsSync(synthetic)) {
      const project = benchProject(join(scratch, 'synthetic'));
      writeSyntheticGarden(project, { notes });
      synthetic = join(project, 'dist');
      build(project, synthetic);
    }
    report(`Synthetic garden of ${notes} notes`, await measure(synthetic));
  }
} finally {
  if (args.includes('--keep')) console.log(`\nKept ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
}
