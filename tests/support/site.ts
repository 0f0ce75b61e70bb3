import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface BuiltSite {
  base: string;
  outDir: string;
}

/** Runs the project's real build (content validation, Astro, Pagefind) into outDir under the given base. */
export function buildSite(site: BuiltSite): void {
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: ROOT,
    env: { ...process.env, BASE_PATH: site.base, OUT_DIR: site.outDir, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`Build of ${site.outDir} failed:\n${result.stdout}\n${result.stderr}`);
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
