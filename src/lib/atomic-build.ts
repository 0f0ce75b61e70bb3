import { existsSync, renameSync, rmSync } from 'node:fs';

/**
 * Builds into a staging folder next to outDir and swaps it in only when the build succeeds, so a failed
 * build (bad content, a crash) leaves the previously built site in place. Returns whether it succeeded.
 */
export async function buildAtomically(outDir: string, build: (stagingDir: string) => Promise<boolean> | boolean): Promise<boolean> {
  const staging = `${outDir}.next`;
  const previous = `${outDir}.previous`;
  // Leftovers of an interrupted earlier run are this function's own folders, never a contributor's files.
  rmSync(staging, { recursive: true, force: true });
  rmSync(previous, { recursive: true, force: true });
  let built = false;
  try {
    built = await build(staging);
  } finally {
    if (!built) rmSync(staging, { recursive: true, force: true });
  }
  if (!built) return false;
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
  return true;
}
