import type { SourceRef } from './schema.ts';

export interface SectionCitations {
  /** Notes that list this section first: the section they mainly restructure. */
  primary: string[];
  /** Notes that also draw on this section. */
  secondary: string[];
}

/** For one source document: the notes citing each of its sections, split by whether it is their main source. */
export function notesCitingSections(notes: { slug: string; sources: SourceRef[] }[], doc: string): Map<string, SectionCitations> {
  const citing = new Map<string, SectionCitations>();
  for (const note of notes) {
    note.sources.forEach((ref, index) => {
      if (ref.doc !== doc) return;
      const entry = citing.get(ref.section) ?? { primary: [], secondary: [] };
      const list = index === 0 ? entry.primary : entry.secondary;
      if (!entry.primary.includes(note.slug) && !entry.secondary.includes(note.slug)) list.push(note.slug);
      citing.set(ref.section, entry);
    });
  }
  return citing;
}
