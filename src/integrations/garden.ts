import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { formatProblem, isError, type Problem } from '../lib/garden.ts';
import { checkGarden, loadGarden } from '../lib/load-content.ts';
import { writePreviews } from './previews.ts';
import { addSearchSynonyms } from './search-index.ts';

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
        if (command === 'dev') {
          // The build writes the preview files itself (see astro:build:done); the dev server serves them.
          injectRoute({ pattern: '/previews/[slug].json', entrypoint: new URL('./routes/preview.ts', import.meta.url), prerender: true });
          const { problems } = checkGarden(root);
          if (problems.length) logger.warn(report(problems));
        }
      },
      'astro:build:start': ({ logger }) => {
        const { problems } = checkGarden(root);
        if (problems.some(isError)) throw new Error(report(problems));
        if (problems.length) logger.warn(report(problems));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const previews = writePreviews(site, loadGarden(root).notes);
        logger.info(`Link previews: ${previews} files in ${site}previews/`);
        const withSynonyms = await addSearchSynonyms(site);
        logger.info(`Search synonyms: added to ${withSynonyms} pages`);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const indexed = await index.addDirectory({ path: site });
        if (indexed.errors.length) throw new Error(`Pagefind failed to index ${site}: ${indexed.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind failed to write its bundle: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`Pagefind read ${indexed.page_count} pages and wrote its index to ${site}pagefind/`);
      },
    },
  };
}
