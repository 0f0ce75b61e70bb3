import { addedDates } from '../lib/content/git-dates.ts';
import { noteChanges, type NoteChange } from '../lib/content/recent.ts';
import type { SiteGarden } from './site-garden.ts';

/** Every note's latest change, newest first, for the recent-changes page and the feed. */
export function changesOf(garden: SiteGarden): NoteChange[] {
  const added = addedDates(process.cwd(), 'content/notes');
  const addedBySlug = new Map(garden.notes.flatMap((note) => {
    const date = added.get(note.file);
    return date ? [[note.slug, date] as const] : [];
  }));
  return noteChanges(garden.updated, addedBySlug);
}
