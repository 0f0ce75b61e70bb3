import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { sharedLinkTargetsDigest } from './precomputed.ts';

/** The name of the loaders below, by which the dev server asks them to load again (see garden-integration.ts). */
export const LINK_AWARE_LOADER = 'tpm-garden-link-aware';

/**
 * A loader (Astro's glob loader) whose entries' digests also cover what their links render from other notes:
 * every note's file name, title, aliases and headings. Astro renders an entry again only when its digest
 * changes, so when a note is retitled every note is rendered again on the next load, and no link keeps the
 * old title: in a build with a kept cache, and in `astro dev`, where the garden integration asks for that load.
 */
export function linkAware(loader: Loader): Loader {
  return {
    ...loader,
    name: LINK_AWARE_LOADER,
    load: async (context: LoaderContext) => {
      const links = await sharedLinkTargetsDigest(fileURLToPath(context.config.root));
      return loader.load({
        ...context,
        generateDigest: (data) => context.generateDigest(typeof data === 'string' ? `${data}\n${links}` : data),
      });
    },
  };
}
