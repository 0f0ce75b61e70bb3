import { defineMiddleware } from 'astro:middleware';
import { reportRenderProblem } from './integrations/render-problems.ts';
import { searchIndexFeed } from './integrations/search-index.ts';
import { BROKEN_LINK_CLASS } from './lib/remark-wikilinks.ts';
import { withSearchSynonyms } from './lib/search-synonyms.ts';

/**
 * As each page is rendered by the build: its search synonyms are written in (see search-synonyms.ts) and the
 * finished page goes to Pagefind at once, which indexes it on another core while Astro renders the rest.
 * Outside a build (the dev server has no search index) pages stream through untouched.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const feed = searchIndexFeed();
  if (!feed || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = withSearchSynonyms(await response.text());
  // A note rendered by an earlier build and kept in Astro's cache was not checked by this one's Markdown plugin.
  if (html.includes(`<mark class="${BROKEN_LINK_CLASS}"`)) {
    reportRenderProblem({
      file: `(the page ${context.url.pathname})`,
      line: 1,
      column: 1,
      message: 'shows a link that names no note, several notes or a missing heading',
      hint: 'run npm run check:content to see where, or rebuild without the cache (rm -rf node_modules/.astro)',
    });
  }
  if (html.includes('data-pagefind-body')) feed.add(`/${context.url.pathname.slice(import.meta.env.BASE_URL.length)}`, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
