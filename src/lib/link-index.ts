import { createHash } from 'node:crypto';
import { watch } from 'node:fs';
import { join } from 'node:path';
import type { GardenNote } from './garden.ts';
import { headingIds } from './headings.ts';
import { linkIndexOf, type LinkIndex } from './link-resolution.ts';
import { ContentError, loadGarden } from './load-content.ts';

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

/**
 * A digest of everything a link in one note depends on in the others: file names, titles, aliases and
 * headings. Body edits that change none of these leave it as it was.
 */
export function linkTargetsDigest(notes: GardenNote[]): string {
  const hash = createHash('sha256');
  for (const note of notes) hash.update(`${JSON.stringify([note.slug, note.data.title, note.data.aliases, headingIds(note.body)])}\n`);
  return hash.digest('hex').slice(0, 16);
}

/**
 * The link-targets digest of the garden under root, for Astro's config. Astro keeps each note's rendered
 * Markdown between builds until that note or the Astro config changes; with this digest in the config, a
 * renamed, retitled or re-headed note makes every note render again, so no link keeps an old title or
 * address. Unreadable content gives a fixed value: the build's content check then reports every problem.
 */
export function gardenLinkTargetsDigest(root: string): string {
  try {
    return linkTargetsDigest(loadGarden(root).notes);
  } catch (error) {
    if (error instanceof ContentError) return 'unreadable content';
    throw error;
  }
}
