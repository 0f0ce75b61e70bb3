/** What the related-notes ranking knows about each note. */
export interface RelatableNote {
  slug: string;
  topics: readonly string[];
  /** Cited source sections, as `doc#section`. */
  sections: string[];
}

export interface RelatedNote {
  slug: string;
  sharedSections: number;
  sharedLinks: number;
  sharedTopics: number;
}

/** Index entries shared by more notes than this say little about any pair of them, and would make the ranking quadratic. */
const COMMON_ENTRY = 200;

/**
 * Ranks, for any note, the notes it is not linked with (either way) that share the most with it: cited
 * source sections weigh most, then notes both link to or are linked from, then topics (a tie-breaker,
 * as topics are few and broad). Candidates come from inverted indexes, so one note's ranking costs
 * about the size of its neighbourhood rather than the size of the garden.
 */
export function relatedNotes(notes: RelatableNote[], neighbours: Map<string, Set<string>>) {
  const bySlug = new Map(notes.map((note) => [note.slug, note]));
  const citing = new Map<string, string[]>();
  for (const note of notes) {
    for (const section of new Set(note.sections)) {
      const list = citing.get(section) ?? [];
      list.push(note.slug);
      citing.set(section, list);
    }
  }

  return (slug: string, limit = 5): RelatedNote[] => {
    const note = bySlug.get(slug);
    if (!note) return [];
    const direct = neighbours.get(slug) ?? new Set<string>();
    const found = new Map<string, RelatedNote>();
    const credit = (other: string, field: 'sharedSections' | 'sharedLinks') => {
      if (other === slug || direct.has(other) || !bySlug.has(other)) return;
      const entry = found.get(other) ?? { slug: other, sharedSections: 0, sharedLinks: 0, sharedTopics: 0 };
      entry[field] += 1;
      found.set(other, entry);
    };
    for (const section of new Set(note.sections)) {
      const others = citing.get(section) ?? [];
      if (others.length <= COMMON_ENTRY) for (const other of others) credit(other, 'sharedSections');
    }
    for (const neighbour of direct) {
      const others = neighbours.get(neighbour) ?? new Set<string>();
      if (others.size <= COMMON_ENTRY) for (const other of others) credit(other, 'sharedLinks');
    }
    for (const entry of found.values()) {
      const topics = bySlug.get(entry.slug)?.topics ?? [];
      entry.sharedTopics = note.topics.filter((topic) => topics.includes(topic)).length;
    }
    const score = (entry: RelatedNote) => entry.sharedSections * 3 + entry.sharedLinks + entry.sharedTopics * 0.5;
    return [...found.values()].sort((a, b) => score(b) - score(a) || a.slug.localeCompare(b.slug)).slice(0, limit);
  };
}
