import { countWords } from '../../markdown/words.ts';
import { workInProgressSeverity } from '../report.ts';
import type { Rule } from '../rule.ts';

export const wordCount: Rule = {
  id: 'word-count',
  scope: 'note',
  description: "A note's body has at least the fewest words (a warning for a seedling) and at most its kind's word cap (an editorial rule).",
  check: (note, { options }) => {
    const words = countWords(note.body);
    const { min } = options.words;
    const max = options.words.max[note.data.kind];
    if (words >= min && words <= max) return [];
    const kind = note.data.kind === 'note' ? 'a note' : `a ${note.data.kind} note`;
    return [
      {
        file: note.file,
        line: note.bodyLine,
        column: 1,
        severity: words < min ? workInProgressSeverity(note) : options.editorial,
        message: `has ${words} words; ${kind} has ${min} to ${max}`,
        hint: words < min ? 'develop the idea, or merge it into a related note' : 'lead with the source\'s point and cut retellings, or split it into atomic notes that link to each other',
      },
    ];
  },
};
