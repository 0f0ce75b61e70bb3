import { Worker } from 'node:worker_threads';
import type { Problem } from '../lib/content/model.ts';
import type { KeyedLayout, KeyedLinkGraph } from '../lib/content/build-memory.ts';
import { keepSyntax, type NoteSyntax } from '../lib/markdown/note-syntax.ts';

/**
 * What garden-worker.ts posts: what it read from the note bodies, the content check's problems, then (for a
 * readable garden) the link graph and the layout.
 */
export type GardenWorkerMessage = { syntax: [string, NoteSyntax][] } | { problems: Problem[] } | { linkGraph: KeyedLinkGraph } | { layout: KeyedLayout };

/**
 * Each result keeps the process alive while it is awaited, and only then: a build whose other work is done (all
 * notes come from Astro's cache, say) must not exit while it waits on the worker, and a build that fails early
 * must not wait for a worker nobody needs any more.
 */
export interface BackgroundWork {
  /** Settles once what the worker read from the note bodies is this thread's too (see keepSyntax), or the worker failed. */
  bodiesRead: () => Promise<void>;
  /** Every problem the content check finds, or undefined if the worker failed (the caller checks itself). */
  problems: () => Promise<Problem[] | undefined>;
  /** The link graph, or undefined for an unreadable garden or a failed worker (the pages build their own). */
  linkGraph: () => Promise<KeyedLinkGraph | undefined>;
  /** The graph layout, or undefined for an unreadable garden or a failed worker (the graph page lays out itself). */
  layout: () => Promise<KeyedLayout | undefined>;
}

/**
 * Reads the note bodies, checks the content and lays out the garden's graph in a worker thread, on the core Astro
 * leaves idle while it works on the main thread. What it reads from the bodies is kept in `syntaxCache` (a file
 * in Astro's cache folder) for the next build.
 */
export function startBackgroundWork(root: string, syntaxCache: string): BackgroundWork {
  const worker = new Worker(new URL('./garden-worker.ts', import.meta.url), { workerData: { root, syntaxCache } });
  let settleBodies!: () => void;
  let settleProblems!: (problems: Problem[] | undefined) => void;
  let settleLinkGraph!: (graph: KeyedLinkGraph | undefined) => void;
  let settleLayout!: (layout: KeyedLayout | undefined) => void;
  const bodies = new Promise<void>((resolve) => (settleBodies = resolve));
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
  const work: BackgroundWork = { bodiesRead: held(bodies), problems: held(problems), linkGraph: held(linkGraph), layout: held(layout) };
  worker.on('message', (message: GardenWorkerMessage) => {
    if ('syntax' in message) {
      keepSyntax(message.syntax);
      settleBodies();
    } else if ('problems' in message) settleProblems(message.problems);
    else if ('linkGraph' in message) settleLinkGraph(message.linkGraph);
    else settleLayout(message.layout);
  });
  // Settling twice is harmless: whatever arrived before the worker ended stands.
  const ended = () => {
    settleBodies();
    settleProblems(undefined);
    settleLinkGraph(undefined);
    settleLayout(undefined);
  };
  worker.once('error', ended).once('exit', ended);
  // After the listeners, which reference the worker again; from here on only an await holds the process.
  worker.unref();
  return work;
}
