import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';

/** Where the build's search index is kept while pages render: the middleware runs in Astro's bundled copy of the code. */
const FEED = Symbol.for('tpm-garden.search-index-feed');

/** Pages handed to Pagefind while Astro renders, so that indexing runs on another core instead of after the build. */
export interface SearchIndexFeed {
  /** Queues a rendered page; `url` is its address relative to the site's base, e.g. `/notes/growth-mindset/`. */
  add(url: string, html: string): void;
}

interface OpenFeed extends SearchIndexFeed {
  index: PagefindIndex;
  pending: Promise<string[]>[];
}

type FeedHolder = { [FEED]?: OpenFeed };

/** The feed of the build in progress, if any (none in `astro dev`, where there is no index to write). */
export function searchIndexFeed(): SearchIndexFeed | undefined {
  return (globalThis as FeedHolder)[FEED];
}

/** Starts Pagefind's indexer and opens the feed that the middleware (src/middleware.ts) hands pages to. */
export async function openSearchIndexFeed(): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const pending: Promise<string[]>[] = [];
  (globalThis as FeedHolder)[FEED] = {
    index,
    pending,
    add(url, html) {
      pending.push(
        index.addHTMLFile({ url, content: html }).then(
          (added) => added.errors.map((error) => `${url}: ${error}`),
          (error: unknown) => [`${url}: ${String(error)}`],
        ),
      );
    },
  };
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
  try {
    if (!feed.pending.length) throw new Error('No page reached the search index: src/middleware.ts hands each rendered page to it.');
    const failures = (await Promise.all(feed.pending)).flat();
    if (failures.length) throw new Error(`Pagefind could not index ${failures.length} page(s):\n${failures.join('\n')}`);
    const written = await feed.index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind failed to write its bundle: ${written.errors.join('; ')}`);
    return feed.pending.length;
  } finally {
    await pagefind.close();
  }
}
