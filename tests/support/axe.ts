import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'));

/**
 * Serves axe-core from a loopback port as a cacheable script. Pages of one browser context that load it by URL
 * share Chromium's HTTP and compiled-code caches, where a script tag handed over as text is parsed afresh on
 * every page (about half the time of an audit). Pages load it only with bypassCSP, as their policy allows
 * their own scripts alone.
 */
export async function serveAxe(): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'public, max-age=3600' });
    response.end(AXE_SOURCE);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/axe.min.js`, stop: () => new Promise((closed) => server.close(() => closed())) };
}
