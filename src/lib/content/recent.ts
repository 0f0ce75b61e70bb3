/** Slugs of the most recently changed notes, newest first; ties keep a stable alphabetical order. */
export function recentlyUpdated(updated: Map<string, string>, count: number): string[] {
  return [...updated]
    .sort(([slugA, dateA], [slugB, dateB]) => Date.parse(dateB) - Date.parse(dateA) || slugA.localeCompare(slugB))
    .slice(0, count)
    .map(([slug]) => slug);
}

export interface NoteChange {
  slug: string;
  /** ISO date of the change. */
  date: string;
  /** True when the change is the note's first commit: a new note rather than an updated one. */
  isNew: boolean;
}

/** Every note's latest change, newest first, marked new when that change added the note. */
export function noteChanges(updated: Map<string, string>, added: Map<string, string>): NoteChange[] {
  return recentlyUpdated(updated, updated.size).map((slug) => {
    const date = updated.get(slug) ?? '';
    return { slug, date, isNew: added.get(slug) === date };
  });
}
