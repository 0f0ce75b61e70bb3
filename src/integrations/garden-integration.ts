import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildRefusal, problemReport, type Problem } from '../lib/content/model.ts';
import { loadGarden, unreadableContentProblems } from '../lib/content/load-content.ts';
import { checkGarden } from '../lib/checks/check-garden.ts';
import { lastBuildFile, NO_LAST_BUILD } from '../lib/site/last-build-files.ts';
import { currentLinkTargetsDigest } from '../lib/links/link-index.ts';
import { startBackgroundWork, type BackgroundWork } from './background-work.ts';
import { keepIndexedPages, takeIndexedPages } from './indexed-pages.ts';
import { LINK_AWARE_LOADER } from './link-aware-loader.ts';
import { shareLayout, shareLinkGraph, shareLinkTargetsDigest } from './precomputed.ts';
import { writePreviews } from './previews.ts';
import { keepRenderProblems, takeRenderProblems } from './render-problems.ts';
import { indexSite, writeSearchVocabulary } from './search-index.ts';

/** The worker's reads of the note bodies, kept for the next build (syntax-cache.ts), in Astro's cache folder. */
const SYNTAX_CACHE_FILE = 'tpm-garden-note-syntax.json';

const sameProblem = (a: Problem, b: Problem) => a.file === b.file && a.line === b.line && a.column === b.column && a.message === b.message;

/**
 * The error that stops a build on content problems: the report alone, without a stack trace, which would only
 * point into this integration and bury the problems.
 */
function contentFailure(refusal: string): Error {
  const error = new Error(refusal);
  error.stack = error.message;
  return error;
}

/**
 * The garden's build steps around Astro: the whole content is validated before anything is rendered
 * (the build stops on any problem), and the finished site is indexed by Pagefind so that every build is
 * searchable without a separate command.
 */
export function garden(): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  let outDir = '';
  let background: BackgroundWork | undefined;
  return {
    name: 'tpm-garden',
    hooks: {
      'astro:config:setup': ({ config, command, logger, injectRoute }) => {
        root = fileURLToPath(config.root);
        // Before Astro's content layer parses any note: a hostile note would otherwise keep its parser busy for
        // minutes, and a note it cannot read would be reported as a stack dump. Every problem is listed at once.
        // The dev server keeps running: its content layer skips the unreadable files (readable-only-loader.ts).
        const unreadable = command !== 'dev' && unreadableContentProblems(root).length > 0;
        const refusal = unreadable ? buildRefusal(checkGarden(root).problems) : undefined;
        if (refusal) throw contentFailure(refusal);
        if (command === 'build') {
          keepRenderProblems();
          keepIndexedPages();
          background = startBackgroundWork(root, join(fileURLToPath(config.cacheDir), SYNTAX_CACHE_FILE));
          shareLinkTargetsDigest(root, background.bodiesRead);
          shareLinkGraph(background.linkGraph);
          shareLayout(background.layout);
        }
        if (command === 'dev') {
          base = config.base;
          outDir = fileURLToPath(config.outDir);
          // The build writes the preview files itself (see astro:build:done); the dev server serves them.
          injectRoute({ pattern: '/previews/[slug].json', entrypoint: new URL('./routes/preview.ts', import.meta.url), prerender: true });
          const { problems } = checkGarden(root);
          if (problems.length) logger.warn(problemReport(problems));
        }
      },
      'astro:server:setup': ({ server, refreshContent }) => {
        // A note's new title, alias or heading changes how other notes' links render: load them all again.
        let links = currentLinkTargetsDigest(root);
        const onNoteChange = async (path: string) => {
          if (!/[\\/]content[\\/]notes[\\/].*\.mdx?$/.test(path)) return;
          const now = currentLinkTargetsDigest(root);
          if (now === links) return;
          links = now;
          await refreshContent?.({ loaders: [LINK_AWARE_LOADER] });
        };
        server.watcher.on('change', onNoteChange).on('add', onNoteChange).on('unlink', onNoteChange);
        // Search in the dev server uses the last build's index, which Pagefind can only make from finished pages.
        server.middlewares.use((request, response, next) => {
          const file = lastBuildFile(request.url ?? '', base, outDir);
          if (!file) return next();
          if (!existsSync(file.path)) {
            response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(NO_LAST_BUILD);
            return;
          }
          response.writeHead(200, { 'content-type': file.contentType, 'cache-control': 'no-cache' });
          createReadStream(file.path).pipe(response);
        });
      },
      'astro:build:start': async ({ logger }) => {
        // Astro renders Markdown before this hook and only logs a plugin's errors, so the links the plugin could
        // not resolve were recorded instead (render-problems.ts). The content check reads every file and should
        // find the same ones; the plugin's record is the safety net for any case where the two disagree.
        // The check ran in a worker thread while Markdown rendered; should that worker have failed, it runs here.
        const contentProblems = (await background?.problems()) ?? checkGarden(root).problems;
        const problems = [...contentProblems, ...takeRenderProblems().filter((problem) => !contentProblems.some((known) => sameProblem(known, problem)))];
        const refusal = buildRefusal(problems);
        if (refusal) throw contentFailure(refusal);
        if (problems.length) logger.warn(problemReport(problems));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pages = takeIndexedPages();
        const words = await writeSearchVocabulary(site, pages.map((page) => page.text));
        const withSynonyms = pages.filter((page) => page.hasSynonyms).length;
        logger.info(`Search synonyms: in ${withSynonyms} of ${pages.length} indexed pages; vocabulary of ${words} words for typo correction`);
        const brokenLinkPages = pages.filter((page) => page.showsBrokenLink).map((page) => page.path).sort();
        if (brokenLinkPages.length) {
          throw new Error(
            problemReport(
              brokenLinkPages.map((page) => ({
                file: `(the page ${page})`,
                line: 1,
                column: 1,
                message: 'shows a link that names no note, several notes or a missing heading',
                hint: 'run npm run check:content to see where, or rebuild without the cache (rm -rf node_modules/.astro)',
              })),
            ),
          );
        }
        // Pagefind reads only the pages, in its own process, so the preview files are written meanwhile.
        const [indexed, previews] = await Promise.all([indexSite(site), writePreviews(site, loadGarden(root).notes)]);
        logger.info(`Link previews: ${previews} files in ${site}previews/`);
        logger.info(`Pagefind read ${indexed} pages and wrote its index to ${site}pagefind/`);
      },
    },
  };
}
