import { watch } from 'node:fs';
import { join } from 'node:path';
import { linkIndexOf, type LinkIndex } from './link-resolution.ts';
import { loadGarden } from './load-content.ts';

/**
 * A link index over content/notes, built on first use and rebuilt after a note file is added, removed or
 * edited (so `astro dev` sees renamed titles and new aliases). A file watcher marks it stale: checking the
 * folder on every rendered file instead made builds quadratic in the number of notes.
 */
export function watchedLinkIndex(root: string): () => LinkIndex {
  let index: LinkIndex | undefined;
  try {
    watch(join(root, 'content', 'notes'), { recursive: true, persistent: false }, () => {
      index = undefined;
    });
  } catch {
    // No notes folder yet: the first use reports that, and there is nothing to watch.
  }
  return () => (index ??= linkIndexOf(loadGarden(root).notes));
}
