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

// Debian's old headless shell (package chromium-headless-shell) is the same Chromium build without the full
// browser around each page: the accessibility audit took about a fifth less CPU time with it (139 against
// 175 core-seconds over its 80 pages, docs/benchmarks.md). The full browser is the fallback.
const DEBIAN_CHROMIUMS = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'];

/** The system Chromium (CHROME_PATH, else Debian's headless shell or full Chromium) with the flags above; never downloads one. */
function systemChromium() {
  const executablePath = process.env.CHROME_PATH ?? DEBIAN_CHROMIUMS.find((path) => existsSync(path));
  if (!executablePath || !existsSync(executablePath)) {
    throw new Error(`No Chromium at ${executablePath ?? DEBIAN_CHROMIUMS.join(' or ')}. Install it (apt-get install -y chromium-headless-shell chromium) or set CHROME_PATH.`);
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
