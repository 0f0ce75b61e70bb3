import { createHash } from 'node:crypto';
import { readFileSync, watch } from 'node:fs';
import { join, relative } from 'node:path';
import type { GardenNote } from '../content/model.ts';
import { headingIds } from '../markdown/note-syntax.ts';
import { formatOfFile } from '../markdown/markdown-tree.ts';
import { linkIndexOf, type LinkIndex } from './link-resolution.ts';
import { ContentError, filesUnder, loadGarden, readableGarden } from '../content/load-content.ts';
import { buildMemory } from '../content/build-memory.ts';

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
  // Links to a note the content check cannot read still resolve by its file name, as the check resolves them,
  // so `astro dev` reports that note once instead of every link to it.
  return () => (index ??= linkIndexOf(linkableNotes(root)));
}

function linkableNotes(root: string) {
  try {
    return loadGarden(root).notes;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return [...error.readable.notes, ...(error.readable.unreadable ?? [])];
  }
}

/**
 * A digest of everything a link in one note depends on in the others: file names, titles, aliases and
 * headings. Body edits that change none of these leave it as it was.
 */
export function linkTargetsDigest(notes: GardenNote[]): string {
  const hash = createHash('sha256');
  for (const note of notes) hash.update(`${JSON.stringify([note.slug, note.data.title, note.data.aliases, headingIds(note.body, formatOfFile(note.file))])}\n`);
  return hash.digest('hex').slice(0, 16);
}

/**
 * linkTargetsDigest of the garden under root as it is now; for unreadable content, of the notes that can be read
 * (the content check reports the rest).
 */
export function currentLinkTargetsDigest(root: string): string {
  // A build asks for it several times (the render-cache key, each link-aware collection); loadGarden hands
  // back the same notes while the content is unchanged, so the digest is computed once for them.
  const notes = readableGarden(root).notes;
  let digest = buildMemory.linkTargetsDigests.get(notes);
  if (digest === undefined) {
    digest = linkTargetsDigest(notes);
    buildMemory.linkTargetsDigests.set(notes, digest);
  }
  return digest;
}

/**
 * The key under which Astro may keep rendered notes between builds. Astro re-renders a note only when its
 * entry's digest or the Astro config changes, and this key is part of the config (an option of the wikilink
 * plugin). It digests the code in src/lib that renders Markdown, so an edited plugin makes every note render
 * again. What a note's rendered links depend on elsewhere (every note's names and headings, see
 * linkTargetsDigest) is in each entry's digest instead (link-aware-loader.ts): the config is read before any
 * note body, which the garden worker reads meanwhile (see garden-worker.ts).
 */
export function renderCacheKey(root: string): string {
  const hash = createHash('sha256');
  const library = join(root, 'src', 'lib');
  for (const file of filesUnder(library, /(?<!\.test)\.ts$/)) hash.update(`${relative(library, file)}\n${readFileSync(file, 'utf8')}`);
  return hash.digest('hex').slice(0, 16);
}
