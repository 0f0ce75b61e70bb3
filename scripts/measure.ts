// Prints the figures we track: build time, page weight per page type and search latency in Chromium.
// Usage: npm run measure            (builds dist/ first; MEASURE_SKIP_BUILD=1 measures the existing dist/)
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../tests/support/browser.ts';
import { serveSite } from '../tests/support/site.ts';

const PAGES = ['', 'notes/growth-mindset/', 'topics/skills/', 'sources/meta-director-ama/', 'notes/', 'search/'];
const QUERIES = ['mosaic', 'metrics', 'influence without authority'];

if (process.env.MEASURE_SKIP_BUILD !== '1') {
  const started = performance.now();
  const build = spawnSync('npm', ['run', 'build'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(build.stderr);
  console.log(`build (validate + astro + pagefind): ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const site = await serveSite({ base: '/', outDir: './dist' });
const browser = await launchChromium();
try {
  console.log('\npage weight (all requests of a cold load; raw / gzip):');
  for (const path of PAGES) {
    const page = await browser.newPage();
    const bodies: Buffer[] = [];
    page.on('response', async (response) => {
      bodies.push(await response.body().catch(() => Buffer.alloc(0)));
    });
    await page.goto(`${site.origin}/${path}`, { waitUntil: 'networkidle' });
    const raw = bodies.reduce((sum, body) => sum + body.length, 0);
    const gzip = bodies.reduce((sum, body) => sum + gzipSync(body).length, 0);
    console.log(`  /${path.padEnd(28)} ${String(bodies.length).padStart(2)} requests  ${(raw / 1024).toFixed(1).padStart(6)} KiB / ${(gzip / 1024).toFixed(1).padStart(5)} KiB`);
    await page.close();
  }

  console.log('\nsearch latency (typed query to first rendered result, cold page, then warm):');
  for (const query of QUERIES) {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/search/`, { waitUntil: 'networkidle' });
    const timings: number[] = [];
    for (let run = 0; run < 2; run++) {
      await page.evaluate(() => document.querySelector('.search-results')?.replaceChildren());
      const started = performance.now();
      await page.locator('#search-query').fill(query);
      await page.keyboard.press('Enter');
      await page.locator('.search-results li').first().waitFor();
      timings.push(performance.now() - started);
    }
    console.log(`  "${query}": cold ${timings[0].toFixed(0)} ms, warm ${timings[1].toFixed(0)} ms`);
    await page.close();
  }
} finally {
  await browser.close();
  await site.stop();
}
