import { at, workInProgressSeverity } from '../report.ts';
import type { Rule } from '../rule.ts';

export const orphan: Rule = {
  id: 'orphan',
  scope: 'note',
  description: 'Some other note links to each note (a warning for a seedling).',
  // A note that cannot be read may be the one that links here.
  needs: 'every-note',
  check: (note, { graph }) =>
    (graph.backlinks.get(note.slug) ?? []).length > 0
      ? []
      : [{ file: note.file, ...at(note, ['title']), severity: workInProgressSeverity(note), message: 'is an orphan: no other note links to it', hint: 'link to it from at least one related note' }],
};
