import { resolve } from 'node:path';
import { buildMemory, type KeyedLayout, type KeyedLinkGraph } from '../lib/content/build-memory.ts';
import { currentLinkTargetsDigest } from '../lib/links/link-index.ts';
import type { LinkGraph } from '../lib/content/model.ts';
import type { GraphLayout } from '../lib/graph/graph-layout.ts';

/** Makes a layout being computed (see garden-worker.ts) available to the pages of this build, which render in Astro's bundled copy of the code. */
export function shareLayout(layout: () => Promise<KeyedLayout | undefined>): void {
  buildMemory.layout = layout;
}

/** The shared layout, if one was computed for exactly the input with this key; otherwise the page computes its own. */
export async function precomputedLayout(key: string): Promise<GraphLayout | undefined> {
  const shared = await buildMemory.layout?.();
  return shared?.key === key ? shared.layout : undefined;
}

/** Makes the link graph the worker computes (see garden-worker.ts) available to the pages of this build. */
export function shareLinkGraph(graph: () => Promise<KeyedLinkGraph | undefined>): void {
  buildMemory.linkGraph = graph;
}

/** The shared link graph, if one was computed for exactly the notes with this key; otherwise the pages build their own. */
export async function precomputedLinkGraph(key: string): Promise<LinkGraph | undefined> {
  const shared = await buildMemory.linkGraph?.();
  return shared?.key === key ? shared.graph : undefined;
}

/**
 * Makes the link-targets digest available to the content loaders of this build, which render in Vite's copy of
 * the code: computed in this copy from the bodies the worker read (see garden-worker.ts), it reaches theirs through
 * the notes both copies share (loadGarden).
 */
export function shareLinkTargetsDigest(root: string, bodiesRead: () => Promise<void>): void {
  buildMemory.linkTargetsDigest = {
    root: resolve(root),
    digest: async () => {
      await bodiesRead();
      return currentLinkTargetsDigest(root);
    },
  };
}

/**
 * The linkTargetsDigest of the garden under root: from the worker's reading of the bodies when a build of that
 * garden shared it, else computed here.
 */
export async function sharedLinkTargetsDigest(root: string): Promise<string> {
  const shared = buildMemory.linkTargetsDigest;
  return shared?.root === resolve(root) ? shared.digest() : currentLinkTargetsDigest(root);
}
