import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Files every complete build of the garden writes: the home page, the search index and the service worker. */
export const REQUIRED_OUTPUT = ['index.html', join('pagefind', 'pagefind.js'), 'sw.js'];

/** The required files missing from a built folder (all of them when the folder itself is missing). */
export function missingOutput(dir: string, required: readonly string[] = REQUIRED_OUTPUT): string[] {
  return required.filter((file) => !existsSync(join(dir, file)));
}

/**
 * Builds into a staging folder next to outDir and swaps it in only when the build succeeds and the staging
 * folder holds every required file, so a failed or silently stopped build (Astro can exit 0 without writing
 * its output) leaves the previously built site exactly in place. Returns undefined on success, else the reason.
 */
export async function buildAtomically(
  outDir: string,
  build: (stagingDir: string) => Promise<boolean> | boolean,
  required: readonly string[] = REQUIRED_OUTPUT,
): Promise<string | undefined> {
  const staging = `${outDir}.next`;
  const previous = `${outDir}.previous`;
  // Leftovers of an interrupted earlier run are this function's own folders, never a contributor's files.
  rmSync(staging, { recursive: true, force: true });
  rmSync(previous, { recursive: true, force: true });
  let failure: string | undefined = 'the build stopped before finishing';
  try {
    if (!(await build(staging))) failure = 'the build reported a failure';
    else {
      const missing = missingOutput(staging, required);
      failure = missing.length ? `the build ended without writing ${missing.join(', ')}` : undefined;
    }
  } finally {
    if (failure) rmSync(staging, { recursive: true, force: true });
  }
  if (failure) return failure;
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
  return undefined;
}
