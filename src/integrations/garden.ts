import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblem, isError, type Problem } from '../lib/garden.ts';
import { checkGarden, loadGarden } from '../lib/load-content.ts';
import { layOutInBackground } from './background-layout.ts';
import { shareLayout } from './precomputed-layout.ts';
import { writePreviews } from './previews.ts';
import { closeSearchIndexFeed, openSearchIndexFeed } from './search-index.ts';

function report(problems: Problem[]): string {
  return `TPM Garden: ${problems.length} content problem(s):\n\n${problems.map(formatProblem).join('\n\n')}\n`;
}

/**
 * The garden's build steps around Astro: the whole content is validated before anything is rendered
 * (the build stops on any problem), and the finished site is indexed by Pagefind so that every build is
 * searchable without a separate command.
 */
export function garden(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'tpm-garden',
    hooks: {
      'astro:config:setup': ({ config, command, logger, injectRoute }) => {
        root = fileURLToPath(config.root);
        if (command === 'build') shareLayout(layOutInBackground(root));
        if (command === 'dev') {
          // The build writes the preview files itself (see astro:build:done); the dev server serves them.
          injectRoute({ pattern: '/previews/[slug].json', entrypoint: new URL('./routes/preview.ts', import.meta.url), prerender: true });
          const { problems } = checkGarden(root);
          if (problems.length) logger.warn(report(problems));
        }
      },
      'astro:build:start': async ({ logger }) => {
        const { problems } = checkGarden(root);
        if (problems.some(isError)) throw new Error(report(problems));
        if (problems.length) logger.warn(report(problems));
        await openSearchIndexFeed();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const previews = writePreviews(site, loadGarden(root).notes);
        logger.info(`Link previews: ${previews} files in ${site}previews/`);
        const indexed = await closeSearchIndexFeed(`${site}/pagefind`);
        logger.info(`Pagefind indexed ${indexed} pages and wrote its index to ${site}pagefind/`);
      },
    },
  };
}
