import { replacesProblem } from '../../content/merged-notes.ts';
import { at } from '../report.ts';
import type { Rule } from '../rule.ts';

export const replacesEntry: Rule = {
  id: 'replaces-entry',
  scope: 'note',
  description: 'Each entry of a note\'s replaces list is a removed note, claimed by that note alone.',
  check: (note, { garden, merged }) =>
    (note.data.replaces ?? []).flatMap((old, position) => {
      const problem = replacesProblem(old, note.slug, garden.notes, merged);
      return problem ? [{ file: note.file, ...at(note, ['replaces', position]), ...problem }] : [];
    }),
};
