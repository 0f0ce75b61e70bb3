import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

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

/** The system Chromium (CHROME_PATH, else Debian's /usr/bin/chromium) with the flags above; never downloads one. */
function systemChromium() {
  const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`No Chromium at ${executablePath}. Install it (apt-get install -y chromium) or set CHROME_PATH.`);
  }
  return { executablePath, args: CHROMIUM_ARGS, headless: true };
}

/** Launches the system Chromium for this process alone. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(systemChromium());
}

/**
 * Launches the system Chromium as a server that several test files connect to (connectChromium): starting a
 * browser costs about 2.5 s of CPU here, once per file before.
 */
export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer(systemChromium());
}

/** Connects to the Chromium of launchChromiumServer; closing the connection closes this client's contexts only. */
export function connectChromium(endpoint: string): Promise<Browser> {
  return chromium.connect(endpoint);
}
