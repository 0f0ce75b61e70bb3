/**
 * Notes merged into others: a note that absorbed removed notes lists their file names under `replaces`,
 * so their published URLs keep working (a redirect page) and stale links get a hint naming the new note.
 */
export interface MergingNote {
  slug: string;
  data: { replaces?: string[] };
}

/** Each removed note's file name and the note that absorbed it (the first claim wins; the check reports the others). */
export function mergedInto(notes: MergingNote[]): Map<string, string> {
  const merged = new Map<string, string>();
  for (const note of notes) {
    for (const old of note.data.replaces ?? []) if (!merged.has(old)) merged.set(old, note.slug);
  }
  return merged;
}

/** What is wrong with one note's `replaces` entry, or undefined when it is a real removed note claimed once. */
export function replacesProblem(old: string, claimant: string, notes: MergingNote[], merged: Map<string, string>): { message: string; hint: string } | undefined {
  if (notes.some((note) => note.slug === old)) {
    return {
      message: `replaces "${old}", but content/notes/ still holds that note`,
      hint: `delete the merged note's file, or remove "${old}" from replaces`,
    };
  }
  const owner = merged.get(old);
  if (owner && owner !== claimant) {
    return { message: `replaces "${old}", which "${owner}" already replaces`, hint: 'a removed note redirects to one note: keep it in one replaces list' };
  }
  return undefined;
}
