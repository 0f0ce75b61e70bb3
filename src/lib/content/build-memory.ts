import type { Garden, GardenNote, LinkGraph, Problem } from './model.ts';
import type { GraphLayout } from '../graph/graph-layout.ts';

/** A graph layout with the `layoutKey` of the input it was computed from. */
export interface KeyedLayout {
  key: string;
  layout: GraphLayout;
}

/** What a build needs to know of a page Pagefind indexes, taken while the page renders. */
export interface IndexedPage {
  /** The page's address (base path included). */
  path: string;
  /** The text Pagefind indexes from it, for the typo vocabulary. */
  text: string;
  /** Whether it ends with a block of synonyms. */
  hasSynonyms: boolean;
  /**
   * Whether it shows a link the Markdown plugin could not resolve: a note kept in Astro's cache from an
   * earlier build was not checked by this build's plugin, but its rendered text still carries the mark.
   */
  showsBrokenLink: boolean;
}

/** A link graph with the `linkGraphKey` of the notes it was computed from. */
export interface KeyedLinkGraph {
  key: string;
  graph: LinkGraph;
}

/** What one build's stages hand each other. */
export interface BuildMemory {
  /** The last garden read (see loadGarden), with what its content folder looked like then. */
  lastGarden?: { root: string; signature: string; garden: Garden };
  /** linkTargetsDigest of each notes list handed out, computed once per list. */
  linkTargetsDigests: WeakMap<GardenNote[], string>;
  /** The linkTargetsDigest of the garden this build renders (under root), once the garden worker has read its bodies. */
  linkTargetsDigest?: { root: string; digest: () => Promise<string> };
  /** Problems found while rendering, kept for the build to stop on; absent in `astro dev`, which only prints them. */
  renderProblems?: Problem[];
  /** The link graph the garden worker computed for the pages of this build. */
  linkGraph?: () => Promise<KeyedLinkGraph | undefined>;
  /** The graph layout the garden worker is computing for the pages of this build. */
  layout?: () => Promise<KeyedLayout | undefined>;
  /** The pages Pagefind indexes, as they rendered (kept by a build, not by `astro dev`). */
  indexedPages?: IndexedPage[];
}

const MEMORY = Symbol.for('tpm-garden.build-memory');

/**
 * The one place a build's stages share state. It lives on globalThis, not in a module variable, because a build
 * loads the code more than once (the config through Node, content collections and pages through Vite's bundle),
 * and each copy of a module would otherwise start empty.
 */
export const buildMemory: BuildMemory = ((globalThis as { [MEMORY]?: BuildMemory })[MEMORY] ??= { linkTargetsDigests: new WeakMap() });
