import { extraInterpretationMarkers } from '../editorial-rules.ts';
import { placesInBody } from '../report.ts';
import type { Rule } from '../rule.ts';

export const oneInterpretation: Rule = {
  id: 'one-interpretation',
  scope: 'note',
  description: 'A note labels at most one reading as the garden\'s own interpretation (an editorial rule).',
  check: (note, { options }) => {
    const place = placesInBody(note);
    return extraInterpretationMarkers(note.body).map((marker) => ({
      file: note.file,
      ...place(marker.offset),
      severity: options.editorial,
      message: `labels a second interpretation ("${marker.text}"); a note has at most one`,
      hint: 'keep one short labelled reading and cut the others, or fold them into it',
    }));
  },
};
