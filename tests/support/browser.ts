import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Flags that keep Chromium from reaching out to the network on its own (updates, sync, field trials). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches the system Chromium (CHROME_PATH, else Debian's /usr/bin/chromium); never downloads one. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`No Chromium at ${executablePath}. Install it (apt-get install -y chromium) or set CHROME_PATH.`);
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}
