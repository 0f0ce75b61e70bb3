import { at, notANote } from '../report.ts';
import type { Rule } from '../rule.ts';

export const pathStep: Rule = {
  id: 'path-step',
  scope: 'garden',
  description: 'Every step of a reading path names a note.',
  check: ({ garden, isNote, merged }) =>
    garden.paths.flatMap((path) =>
      path.data.notes.flatMap((slug, position) => (isNote(slug) ? [] : [{ file: path.file, ...at(path, ['notes', position]), ...notANote(`names "${slug}"`, slug, merged) }])),
    ),
};
