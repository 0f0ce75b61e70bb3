import { Worker } from 'node:worker_threads';
import type { Problem } from '../lib/garden.ts';
import type { KeyedLayout } from '../lib/build-memory.ts';

/** What garden-worker.ts posts: the content check's problems first, then (for a readable garden) the layout. */
export type GardenWorkerMessage = { problems: Problem[] } | { layout: KeyedLayout };

export interface BackgroundWork {
  /** Every problem the content check finds, or undefined if the worker failed (the caller checks itself). */
  problems: Promise<Problem[] | undefined>;
  /** The graph layout, or undefined for an unreadable garden or a failed worker (the graph page lays out itself). */
  layout: Promise<KeyedLayout | undefined>;
}

/**
 * Checks the content and lays out the garden's graph in a worker thread, on the core Astro leaves idle while it
 * renders Markdown on the main thread.
 */
export function startBackgroundWork(root: string): BackgroundWork {
  const worker = new Worker(new URL('./garden-worker.ts', import.meta.url), { workerData: { root } });
  let settleProblems!: (problems: Problem[] | undefined) => void;
  let settleLayout!: (layout: KeyedLayout | undefined) => void;
  const work: BackgroundWork = {
    problems: new Promise((resolve) => (settleProblems = resolve)),
    layout: new Promise((resolve) => (settleLayout = resolve)),
  };
  worker.on('message', (message: GardenWorkerMessage) => {
    if ('problems' in message) settleProblems(message.problems);
    else settleLayout(message.layout);
  });
  // Settling twice is harmless: whatever arrived before the worker ended stands.
  const ended = () => {
    settleProblems(undefined);
    settleLayout(undefined);
  };
  worker.once('error', ended).once('exit', ended);
  // After the listeners, which reference the worker again: a build that fails early does not wait for it.
  worker.unref();
  return work;
}
