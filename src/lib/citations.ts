import type { SourceRef } from './schema.ts';

/** For one source document: the notes citing each of its sections, in the order the notes are given. */
export function notesCitingSections(notes: { slug: string; sources: SourceRef[] }[], doc: string): Map<string, string[]> {
  const citing = new Map<string, string[]>();
  for (const note of notes) {
    for (const ref of note.sources) {
      if (ref.doc !== doc) continue;
      const list = citing.get(ref.section) ?? [];
      if (!list.includes(note.slug)) list.push(note.slug);
      citing.set(ref.section, list);
    }
  }
  return citing;
}
