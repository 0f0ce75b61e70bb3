/** Files read and written at once: enough to keep the disk busy, few enough to hold little memory on big gardens. */
export const FILES_IN_FLIGHT = 32;

/**
 * Runs task on every item with at most `limit` tasks in flight, in order of the items, and resolves when all
 * are done (rejects with the first failure). Keeps file work fast without holding every file in memory at once.
 */
export async function forEachInFlight<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
