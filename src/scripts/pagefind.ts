// Loads Pagefind's browser API from the site itself: as an ES module over http(s), and, in the portable
// edition opened from disk, as classic scripts whose files arrive through <script> tags instead of fetch
// (browsers refuse module scripts, workers and fetch on file:// URLs). See scripts/build-portable.ts.

import { VOCABULARY_GLOBAL, vocabularyFrom, vocabularyPart, vocabularyPartFile } from '../lib/search/search-vocabulary.ts';
import type { Vocabulary } from '../lib/search/search-query.ts';
import { HIGHLIGHT_PARAM, isPortable, loadClassicScript, PORTABLE_FOLDER, siteRoot } from './site-root.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; type?: string; summary?: string };
}
export interface PagefindSearch {
  results: { id: string; score: number; data(): Promise<PagefindResultData> }[];
}
export type PagefindFilters = Record<string, Record<string, number>>;
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<PagefindFilters>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<PagefindSearch | null>;
}

declare global {
  interface Window {
    gardenPortableFetch?: (input: string) => Promise<Response>;
    gardenPortableFile?: (name: string, base64: string) => void;
    gardenPagefind?: Pagefind;
    [VOCABULARY_GLOBAL]?: unknown;
  }
}

const base64ToBytes = (base64: string) => Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));

/** A fetch for Pagefind's own files that reads them from script-loaded data, one script per file. */
function portableFetch(bundle: string): (input: string) => Promise<Response> {
  const files = new Map<string, Uint8Array>();
  window.gardenPortableFile = (name, base64) => files.set(name, base64ToBytes(base64));
  return async (input) => {
    // Pagefind strips the origin ("file://") from its base path, so resolve what it asks for against the page.
    const url = new URL(input, location.href).href;
    if (!url.startsWith(bundle)) throw new TypeError(`The portable edition has no file at ${url}`);
    const name = url.slice(bundle.length).split('?')[0];
    if (!files.has(name)) await loadClassicScript(`${bundle}${PORTABLE_FOLDER}files/${name}.js`);
    return new Response(files.get(name) as Uint8Array<ArrayBuffer>);
  };
}

async function importPagefind(bundle: string): Promise<Pagefind> {
  if (!isPortable()) return import(/* @vite-ignore */ `${bundle}pagefind.js`);
  window.gardenPortableFetch = portableFetch(bundle);
  await loadClassicScript(`${bundle}${PORTABLE_FOLDER}pagefind.js`);
  return window.gardenPagefind as Pagefind;
}

let engine: Promise<Pagefind> | undefined;

/** Pagefind, loaded and initialised once per page, the first time search is used. */
export function loadPagefind(): Promise<Pagefind> {
  engine ??= (async () => {
    const root = siteRoot();
    const bundle = new URL('pagefind/', root).href;
    const pagefind = await importPagefind(bundle);
    await pagefind.options({
      basePath: bundle,
      baseUrl: root.pathname,
      excerptLength: 24,
      highlightParam: HIGHLIGHT_PARAM,
      // The summary is metadata only to stand in for an excerpt (search-excerpt.ts); Pagefind searches metadata
      // too, and the summary is indexed already as the page's lede, so it must not count twice.
      ranking: { metaWeights: { summary: 0 } },
      // Workers cannot start from file:// URLs; Pagefind then searches on the main thread.
      noWorker: isPortable(),
      // Under the service worker the metadata comes from the offline copy, so one stable URL is enough.
      ...(navigator.serviceWorker?.controller ? { metaCacheTag: 'offline' } : {}),
    });
    await pagefind.init();
    return pagefind;
  })();
  engine.catch(() => (engine = undefined));
  return engine;
}

const vocabularyParts = new Map<string, Promise<void>>();
// The vocabulary read from the parts loaded so far: read again only when a part is added, so that what the
// query layer derives from it (its stems) is computed once, not on every keystroke.
let readVocabulary: { parts: string; words: Vocabulary } | undefined;

/**
 * The index's vocabulary for the parts (first letters) the words need, each part loaded once, as a classic
 * script so that it loads from disk too. If a part cannot load, search goes on without corrections.
 */
export async function loadVocabulary(words: string[]): Promise<Vocabulary> {
  const parts = [...new Set(words.map(vocabularyPart))];
  for (const part of parts) {
    if (!vocabularyParts.has(part)) vocabularyParts.set(part, loadClassicScript(new URL(vocabularyPartFile(part), siteRoot()).href));
  }
  try {
    await Promise.all(parts.map((part) => vocabularyParts.get(part)));
  } catch (error) {
    console.error('Part of the search vocabulary failed to load; typos are not corrected', error);
    for (const part of parts) vocabularyParts.delete(part);
    return new Map();
  }
  const loaded = Object.keys(window[VOCABULARY_GLOBAL] ?? {}).sort().join(' ');
  if (readVocabulary?.parts !== loaded) readVocabulary = { parts: loaded, words: vocabularyFrom(window[VOCABULARY_GLOBAL]) };
  return readVocabulary.words;
}
