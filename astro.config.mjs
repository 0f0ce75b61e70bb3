// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { garden } from './src/integrations/garden-integration.ts';
import { CSP_DIRECTIVES, THEME_BOOTSTRAP, cspHash } from './src/lib/site/csp.ts';
import { offline } from './src/integrations/offline.ts';
import { reportRenderProblem } from './src/integrations/render-problems.ts';
import { renderCacheKey, watchedLinkIndex } from './src/lib/links/link-index.ts';
import { rehypeHeadingAnchors } from './src/lib/markdown/rehype-heading-anchors.ts';
import { remarkWikilinks } from './src/lib/links/remark-wikilinks.ts';
import { siteSettings } from './src/lib/site/site-settings.ts';
import { normaliseBase, noteHref, previewHref } from './src/lib/content/urls.ts';

// BASE_PATH serves the site under a sub-path (e.g. a GitHub Pages project site); OUT_DIR lets both builds coexist.
const base = normaliseBase(process.env.BASE_PATH);
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  // SITE_URL (see src/lib/site/site-settings.ts) makes canonical URLs, the feed and the sitemap absolute.
  site: siteSettings().siteUrl,
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  // ASTRO_CACHE_DIR keeps concurrent builds of the same checkout (tests, benchmarks) from sharing a cache.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Two pages in flight: Astro otherwise waits for each page's folder and file to be written before rendering
  // the next, and those writes took about 30% of page rendering on a 1,000-note garden (docs/benchmarks.md, "Build speed").
  build: { format: 'directory', concurrency: 2 },
  devToolbar: { enabled: false },
  // A Content Security Policy in a <meta> element of every page: Astro adds the hashes of the scripts and
  // styles it bundles; the theme bootstrap is inline and allowed by its own hash; Pagefind needs WebAssembly.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [cspHash(THEME_BOOTSTRAP)] },
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  markdown: {
    // gfm is switched off in the processor only because remark-gfm is listed explicitly below.
    processor: unified({
      gfm: false,
      // Typographic quotes are typed in the notes themselves: smartypants was the largest single cost of
      // rendering Markdown (about 40% of it, measured on a 1,000-note synthetic garden).
      smartypants: false,
      remarkPlugins: [
        remarkGfm,
        [
          remarkWikilinks,
          {
            index: watchedLinkIndex(root),
            href: (/** @type {string} */ slug) => noteHref(base, slug),
            previewHref: (/** @type {string} */ slug) => previewHref(base, slug),
            renderCacheKey: renderCacheKey(root),
            onBrokenLink: reportRenderProblem,
          },
        ],
      ],
      // Ids first (Astro would add them only after these plugins), then a link to each heading.
      rehypePlugins: [rehypeHeadingIds, rehypeHeadingAnchors],
    }),
    syntaxHighlight: false,
  },
  // Scripts ship as cached files, never inlined: inlining also breaks Vite's dynamic-import helper.
  // The search script's two packages are pre-bundled when `npm run dev` starts: found only on the first page load,
  // they made Vite re-optimize mid-load and answer that page's imports with 504 (Outdated Optimize Dep), so
  // search failed on a fresh clone's first dev start.
  vite: { build: { assetsInlineLimit: 0 }, optimizeDeps: { include: ['fastest-levenshtein', 'stopword'] } },
  // offline() must follow garden(): its service worker precaches the Pagefind index garden() writes.
  integrations: [mdx(), sitemap(), garden(), offline()],
});
