import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';
import { atNiceness } from '../../scripts/lib/lanes.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface BuiltSite {
  base: string;
  outDir: string;
}

/**
 * Runs the project's real build (content validation, Astro, Pagefind) into outDir under the given base.
 * Each site keeps its own Astro cache, so several sites can be built at once from one checkout. A niceness above
 * 0 lets other work have the cores first (the build's own processes inherit it).
 */
export function buildSite(site: BuiltSite, niceness = 0): Promise<void> {
  const child = spawn(...atNiceness('npm', ['run', 'build'], niceness), {
    cwd: ROOT,
    env: { ...process.env, BASE_PATH: site.base, OUT_DIR: site.outDir, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: `node_modules/.astro-test/${site.outDir.replace(/\W+/g, '-')}` },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => (status === 0 ? resolve() : reject(new Error(`Build of ${site.outDir} failed:\n${output}`))));
  });
}

/**
 * Serves a built site with Astro's own preview server on a free port (or the given one, to serve a new
 * deployment at the same origin); returns its origin and a stop function.
 */
export async function serveSite(site: BuiltSite, requestedPort = 0): Promise<{ origin: string; stop: () => Promise<void> }> {
  const server = await preview({
    root: ROOT,
    base: site.base,
    outDir: site.outDir,
    logLevel: 'error',
    server: { host: '127.0.0.1', port: requestedPort },
  });
  const port = (server as unknown as { port?: number }).port;
  return { origin: `http://127.0.0.1:${port}`, stop: () => server.stop() };
}
