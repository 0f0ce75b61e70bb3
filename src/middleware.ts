import { defineMiddleware } from 'astro:middleware';
import { searchIndexFeed } from './integrations/search-index.ts';
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
  if (html.includes('data-pagefind-body')) feed.add(`/${context.url.pathname.slice(import.meta.env.BASE_URL.length)}`, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
