import { Worker } from 'node:worker_threads';
import type { KeyedLayout } from './precomputed-layout.ts';

/**
 * Lays out the garden's graph in a worker thread, on the core Astro leaves idle while it renders Markdown. Any
 * failure (say, a broken note) leaves the layout to the graph page, and the content check reports the problem.
 */
export function layOutInBackground(root: string): Promise<KeyedLayout | undefined> {
  const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { workerData: { root } });
  const layout = new Promise<KeyedLayout | undefined>((resolve) => {
    worker.once('message', (result: KeyedLayout) => resolve(result));
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
  // After the listeners, which reference the worker again: a build that fails early does not wait for it.
  worker.unref();
  return layout;
}
