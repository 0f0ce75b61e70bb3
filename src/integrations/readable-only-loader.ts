import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { unreadableContentProblems } from '../lib/content/load-content.ts';

type GlobOptions = Parameters<typeof glob>[0] & { pattern: string; base: string };

/**
 * The glob pattern list that leaves out every file the garden's own check cannot read (a limit, frontmatter,
 * YAML or a field): the check reports those in its one-line format, and Astro's content layer would only
 * repeat each as a stack dump. `base` is relative to root, as in the collections' options.
 */
export function readablePatterns(pattern: string, base: string, root: string): string[] {
  const folder = resolve(root, base);
  const unreadable = new Set(
    unreadableContentProblems(root)
      .map((problem) => relative(folder, resolve(root, problem.file)))
      .filter((file) => !file.startsWith('..')),
  );
  // A refused name may hold glob syntax ("a(b).md"); a refused entry without an extension is a linked folder.
  const excluded = [...unreadable].sort().flatMap((file) => {
    const entry = `!${escapeGlob(file)}`;
    return /\.\w+$/.test(file) ? [entry] : [entry, `${entry}/**`];
  });
  return [pattern, ...excluded];
}

const escapeGlob = (path: string) => path.replace(/[*?[\]{}()!+@\\]/g, '\\$&');

/**
 * Astro's glob loader over the files the garden can read. The list is made again on every load, so in
 * `astro dev` a fixed file comes back on the next load (the garden integration asks for one when a note changes).
 */
export function readableOnly(options: GlobOptions): Loader {
  return {
    name: 'tpm-garden-readable-glob',
    load: (context: LoaderContext) => {
      const root = fileURLToPath(context.config.root);
      return glob({ ...options, pattern: readablePatterns(options.pattern, options.base, root) }).load(context);
    },
  };
}
