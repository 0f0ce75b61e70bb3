import { type GardenNote } from '../content/model.ts';
import { resolvedProseOf } from './link-graph.ts';
import { kindLabel } from '../content/labels.ts';
import { createResolver } from './link-resolution.ts';
import { openingOf } from '../markdown/passages.ts';

/** What a link preview shows: a few hundred bytes per note, fetched only when a reader lingers on a link. */
export interface NotePreview {
  title: string;
  kind: string;
  summary: string;
  opening: string;
}

/**
 * The preview of every note (or of the notes named in `only`), by slug: links in its opening read as the
 * titles of the notes they point to.
 */
export function notePreviews(notes: GardenNote[], only?: ReadonlySet<string>): Map<string, NotePreview> {
  const resolver = createResolver(notes);
  const titles = new Map(notes.map((note) => [note.slug, note.data.title]));
  const titleOf = (slug: string) => titles.get(slug) ?? slug;
  return new Map(
    notes.filter((note) => !only || only.has(note.slug)).map((note) => [
      note.slug,
      {
        title: note.data.title,
        kind: kindLabel(note.data.kind),
        summary: note.data.summary,
        opening: openingOf(resolvedProseOf(note, resolver), titleOf),
      },
    ]),
  );
}
