// Takes screenshots of the built site (dist/) in light and dark themes, at laptop and phone widths.
// Usage: npm run build && npm run screenshots [-- page ...]   (pages are site paths such as notes/growth-mindset/)
// SCREENSHOT_DIR sets the output folder (default docs/, where the README shows them); SCREENSHOT_VIEWPORT_ONLY=1 skips full-page captures.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../tests/support/browser.ts';
import { ROOT, serveSite } from '../tests/support/site.ts';

const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['', 'notes/engineering-product-spectrum/', 'graph/'];
const outDir = process.env.SCREENSHOT_DIR ?? join(ROOT, 'docs');
mkdirSync(outDir, { recursive: true });

const site = await serveSite({ base: '/', outDir: './dist' });
const browser = await launchChromium();
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [device, viewport] of [['laptop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]] as const) {
      const page = await browser.newPage({ viewport, colorScheme: scheme });
      for (const path of pages) {
        await page.goto(`${site.origin}/${path}`, { waitUntil: 'networkidle' });
        if (path.startsWith('search')) await page.locator('.search-results li').first().waitFor();
        const name = (path.replace(/[/?=]+/g, '-').replace(/^-|-$/g, '') || 'home') + `.${device}.${scheme}.png`;
        await page.screenshot({ path: join(outDir, name), fullPage: device === 'laptop' && process.env.SCREENSHOT_VIEWPORT_ONLY !== '1' });
        console.log(join(outDir, name));
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await site.stop();
}
