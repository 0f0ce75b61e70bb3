import { Worker } from 'node:worker_threads';
import type { Problem } from '../lib/content/model.ts';
import type { KeyedLayout, KeyedLinkGraph } from '../lib/content/build-memory.ts';
import { syntaxRead, type NoteSyntax } from '../lib/markdown/note-syntax.ts';

/** What garden-worker.ts posts: the content check's problems first, then (for a readable garden) the link graph and the layout. */
export type GardenWorkerMessage = { problems: Problem[] } | { linkGraph: KeyedLinkGraph } | { layout: KeyedLayout };

/** What garden-worker.ts starts from: the garden's folder, and what this thread has already read from note bodies. */
export interface GardenWorkerData {
  root: string;
  syntax: [string, NoteSyntax][];
}

/**
 * Each result keeps the process alive while it is awaited, and only then: a build whose other work is done (all
 * notes come from Astro's cache, say) must not exit while it waits on the worker, and a build that fails early
 * must not wait for a worker nobody needs any more.
 */
export interface BackgroundWork {
  /** Every problem the content check finds, or undefined if the worker failed (the caller checks itself). */
  problems: () => Promise<Problem[] | undefined>;
  /** The link graph, or undefined for an unreadable garden or a failed worker (the pages build their own). */
  linkGraph: () => Promise<KeyedLinkGraph | undefined>;
  /** The graph layout, or undefined for an unreadable garden or a failed worker (the graph page lays out itself). */
  layout: () => Promise<KeyedLayout | undefined>;
}

/**
 * Checks the content and lays out the garden's graph in a worker thread, on the core Astro leaves idle while it
 * renders Markdown on the main thread.
 */
export function startBackgroundWork(root: string): BackgroundWork {
  // The render-cache key has parsed every note body on this thread already (see link-index.ts): the worker takes
  // what was read rather than parse each body again.
  const workerData: GardenWorkerData = { root, syntax: syntaxRead() };
  const worker = new Worker(new URL('./garden-worker.ts', import.meta.url), { workerData });
  let settleProblems!: (problems: Problem[] | undefined) => void;
  let settleLinkGraph!: (graph: KeyedLinkGraph | undefined) => void;
  let settleLayout!: (layout: KeyedLayout | undefined) => void;
  const problems = new Promise<Problem[] | undefined>((resolve) => (settleProblems = resolve));
  const linkGraph = new Promise<KeyedLinkGraph | undefined>((resolve) => (settleLinkGraph = resolve));
  const layout = new Promise<KeyedLayout | undefined>((resolve) => (settleLayout = resolve));
  let awaiting = 0;
  const held = <T>(result: Promise<T>) => async (): Promise<T> => {
    if (awaiting++ === 0) worker.ref();
    try {
      return await result;
    } finally {
      if (--awaiting === 0) worker.unref();
    }
  };
  const work: BackgroundWork = { problems: held(problems), linkGraph: held(linkGraph), layout: held(layout) };
  worker.on('message', (message: GardenWorkerMessage) => {
    if ('problems' in message) settleProblems(message.problems);
    else if ('linkGraph' in message) settleLinkGraph(message.linkGraph);
    else settleLayout(message.layout);
  });
  // Settling twice is harmless: whatever arrived before the worker ended stands.
  const ended = () => {
    settleProblems(undefined);
    settleLinkGraph(undefined);
    settleLayout(undefined);
  };
  worker.once('error', ended).once('exit', ended);
  // After the listeners, which reference the worker again; from here on only an await holds the process.
  worker.unref();
  return work;
}
