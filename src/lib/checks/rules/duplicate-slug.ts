import type { GardenNote, Problem } from '../../content/model.ts';
import { at } from '../report.ts';
import type { Rule } from '../rule.ts';

export const duplicateSlug: Rule = {
  id: 'duplicate-slug',
  scope: 'garden',
  description: 'No two notes have the same file name, in whichever folders they are: the file name is the address.',
  check: ({ garden }) => {
    const seen = new Map<string, GardenNote>();
    const problems: Problem[] = [];
    for (const note of garden.notes) {
      const twin = seen.get(note.slug);
      if (twin) {
        problems.push({
          file: note.file,
          ...at(note, ['title']),
          message: `two notes have the slug "${note.slug}" (the other is ${twin.file})`,
          hint: 'rename one of the files: the file name is the note\'s address',
        });
      }
      seen.set(note.slug, note);
    }
    return problems;
  },
};
