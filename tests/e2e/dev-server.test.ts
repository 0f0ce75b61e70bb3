import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectToRunChromium } from '../support/session.ts';
import { ROOT } from '../support/site.ts';
import { ROOT_SITE } from './sites.ts';

let devServer: ChildProcess | undefined;
let origin = '';
let serverOutput = '';
let browser: Browser | undefined;

const outsideVitest = (env: NodeJS.ProcessEnv) => Object.fromEntries(Object.entries(env).filter(([name]) => !/^(VITEST|NODE_ENV$|TEST$|MODE$)/.test(name)));

/** Starts `astro dev` on the last build of the root site and resolves with the address it prints. */
function startDevServer(): Promise<string> {
  return new Promise((resolveOrigin, reject) => {
    devServer = spawn(join(ROOT, 'node_modules', '.bin', 'astro'), ['dev', '--port', '4391'], {
      cwd: ROOT,
      // Without Vitest's variables (NODE_ENV=test, VITEST...), under which Astro's dev server behaves as in a test run.
      env: { ...outsideVitest(process.env), OUT_DIR: resolve(ROOT, ROOT_SITE.outDir), ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DISABLE_UPDATE_CHECK: 'true' },
      detached: true,
    });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      serverOutput = output;
      const address = /Local\s+(http:\/\/localhost:\d+)/.exec(output.replace(/\x1b\[[0-9;]*m/g, ''));
      if (address) resolveOrigin(address[1]);
    };
    devServer.stdout!.on('data', onData);
    devServer.stderr!.on('data', onData);
    devServer.on('exit', (code) => reject(new Error(`astro dev exited (${code}) before it was ready:\n${output}`)));
  });
}

beforeAll(async () => {
  [origin, browser] = await Promise.all([startDevServer(), connectToRunChromium()]);
});

afterAll(async () => {
  await browser?.close();
  if (devServer?.pid) process.kill(-devServer.pid);
});

describe('npm run dev', () => {
  it('searches the index of the last build and asks for nothing it cannot serve', async () => {
    const page = await browser!.newPage();
    const noise: string[] = [];
    page.on('response', (response) => response.status() >= 400 && noise.push(`${response.status()} ${response.url()}`));
    page.on('console', (message) => ['error', 'warning'].includes(message.type()) && noise.push(`console: ${message.text()}`));
    page.on('pageerror', (error) => noise.push(`page error: ${error.message}`));
    try {
      await page.goto(`${origin}/notes/extreme-ownership/`);
      await page.goto(`${origin}/search/?q=mistakes`);
      await page.locator('.search-results li').first().waitFor({ timeout: 30_000 }).catch(async (error) => {
        throw new Error(`${error}\nstatus: ${await page.locator('.search-panel [role=status]').allTextContents()}\nnoise: ${noise.join('; ')}\nserver: ${serverOutput}\nhtml: ${(await page.content()).slice(0, 3000)}`);
      });
      expect(await page.locator('.search-results li').count()).toBeGreaterThan(0);
      // The dev server's pages are not saved for offline reading, so the offline box stays hidden.
      expect(await page.locator('[data-offline]').isHidden()).toBe(true);
      expect(noise).toEqual([]);
    } finally {
      await page.close();
    }
  }, 90_000);
});
