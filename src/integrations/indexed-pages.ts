import { BROKEN_LINK_CLASS } from '../lib/remark-wikilinks.ts';
import { indexedText, synonymBlock } from '../lib/search-synonyms.ts';

/** Shared by the pages (which render in Astro's bundled copy of the code) and the garden integration. */
const PAGES = Symbol.for('tpm-garden.indexed-pages');

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

type PageHolder = { [PAGES]?: IndexedPage[] };
const holder = globalThis as PageHolder;

/** Starts keeping the indexed pages of a build, afresh; `astro dev` renders pages without keeping them. */
export function keepIndexedPages(): void {
  holder[PAGES] = [];
}

/**
 * The synonyms block that ends a page's data-pagefind-body element, given that element's rendered contents
 * (see SearchBody.astro); a build also keeps the page's indexed text.
 */
export function searchBodyEnd(path: string, html: string): string {
  const text = indexedText(html);
  const synonyms = synonymBlock(text);
  holder[PAGES]?.push({ path, text, hasSynonyms: synonyms !== '', showsBrokenLink: html.includes(`<mark class="${BROKEN_LINK_CLASS}"`) });
  return synonyms;
}

/** The pages kept since the last call, which clears them. */
export function takeIndexedPages(): IndexedPage[] {
  return holder[PAGES]?.splice(0) ?? [];
}
