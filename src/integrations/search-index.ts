import { Worker } from 'node:worker_threads';
import type { FeedMessage, FeedResult } from './search-index-worker.ts';

/** Where the build's search index is kept while pages render: the middleware runs in Astro's bundled copy of the code. */
const FEED = Symbol.for('tpm-garden.search-index-feed');

/** Pages handed to Pagefind while Astro renders, so that indexing runs on another core instead of after the build. */
export interface SearchIndexFeed {
  /** Queues a rendered page; `url` is its address relative to the site's base, e.g. `/notes/growth-mindset/`. */
  add(url: string, html: string): void;
}

interface OpenFeed extends SearchIndexFeed {
  worker: Worker;
  /** Set when the worker failed or stopped: the build fails with it when the feed closes. */
  failure?: Error;
}

type FeedHolder = { [FEED]?: OpenFeed };

/** The feed of the build in progress, if any (none in `astro dev`, where there is no index to write). */
export function searchIndexFeed(): SearchIndexFeed | undefined {
  return (globalThis as FeedHolder)[FEED];
}

/**
 * Starts Pagefind's indexer in a worker thread (search-index-worker.ts) and opens the feed that the middleware
 * (src/middleware.ts) hands pages to. The worker does not keep a failed build's process alive.
 */
export function openSearchIndexFeed(): void {
  const worker = new Worker(new URL('./search-index-worker.ts', import.meta.url));
  const feed: OpenFeed = {
    worker,
    add(url, html) {
      if (!feed.failure) worker.postMessage({ url, html } satisfies FeedMessage);
    },
  };
  // Listening from the start: an error the worker throws mid-build is reported when the feed closes,
  // instead of crashing the build as an uncaught exception.
  worker.on('error', (error) => (feed.failure ??= error));
  worker.on('exit', (code) => (feed.failure ??= new Error(`the search index worker stopped (exit code ${code})`)));
  // Unreferenced after the listeners are added (adding one references the worker again).
  worker.unref();
  (globalThis as FeedHolder)[FEED] = feed;
}

/**
 * Waits for every queued page, writes the index to `outputPath` and stops Pagefind. Any page Pagefind could
 * not read fails the build, naming the page, and so does an empty index: a garden always has pages to find.
 * Returns the number of pages indexed.
 */
export async function closeSearchIndexFeed(outputPath: string): Promise<number> {
  const feed = (globalThis as FeedHolder)[FEED];
  if (!feed) throw new Error('The search index feed was never opened: openSearchIndexFeed() runs at astro:build:start.');
  delete (globalThis as FeedHolder)[FEED];
  const { worker } = feed;
  worker.ref();
  try {
    const result = await new Promise<FeedResult>((resolve, reject) => {
      if (feed.failure) return reject(feed.failure);
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the search index worker stopped (exit code ${code})`)));
      worker.postMessage({ close: outputPath } satisfies FeedMessage);
    });
    if (!result.indexed) throw new Error('No page reached the search index: src/middleware.ts hands each rendered page to it.');
    if (result.failures.length) throw new Error(`Pagefind could not index ${result.failures.length} page(s):\n${result.failures.join('\n')}`);
    return result.indexed;
  } finally {
    await worker.terminate();
  }
}
