import { workInProgressSeverity } from '../report.ts';
import type { Rule } from '../rule.ts';

export const outgoingLinks: Rule = {
  id: 'outgoing-links',
  scope: 'note',
  description: 'A note links to at least the minimum number of other notes (a warning for a seedling).',
  check: (note, { graph, options }) => {
    const outgoing = graph.outgoing.get(note.slug) ?? [];
    if (outgoing.length >= options.minOutgoingLinks) return [];
    return [
      {
        file: note.file,
        line: note.bodyLine,
        column: 1,
        severity: workInProgressSeverity(note),
        message: `links to ${outgoing.length} other note(s); every note links to at least ${options.minOutgoingLinks}`,
        hint: 'add [[wikilinks]] in the running text to the notes this idea depends on or leads to',
      },
    ];
  },
};
