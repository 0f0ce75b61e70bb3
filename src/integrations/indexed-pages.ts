import { buildMemory, type IndexedPage } from '../lib/content/build-memory.ts';
import { BROKEN_LINK_CLASS } from '../lib/links/remark-wikilinks.ts';
import { indexedText, synonymBlock, synonymsFor } from '../lib/search/search-synonyms.ts';

/** Starts keeping the indexed pages of a build, afresh; `astro dev` renders pages without keeping them. */
export function keepIndexedPages(): void {
  buildMemory.indexedPages = [];
}

/**
 * The synonyms block that ends a page's data-pagefind-body element, given that element's rendered contents
 * (see SearchBody.astro); a build also keeps the page's indexed text, synonyms included, since Pagefind
 * finds the page by them and the typo vocabulary must not "correct" them into other words.
 */
export function searchBodyEnd(path: string, html: string): string {
  const text = indexedText(html);
  const synonyms = synonymsFor(text);
  buildMemory.indexedPages?.push({
    path,
    text: synonyms.length ? `${text}\n${synonyms.join(', ')}` : text,
    hasSynonyms: synonyms.length > 0,
    showsBrokenLink: html.includes(`<mark class="${BROKEN_LINK_CLASS}"`),
  });
  return synonymBlock(synonyms);
}

/** The pages the build kept; keeping stops until the next build starts it again. */
export function takeIndexedPages(): IndexedPage[] {
  const pages = buildMemory.indexedPages ?? [];
  buildMemory.indexedPages = undefined;
  return pages;
}
