import type { GardenNote, Problem } from '../../content/model.ts';
import { PLACEHOLDER_BODY, PLACEHOLDER_SUMMARY } from '../../content/note-template.ts';
import { workInProgressSeverity } from '../report.ts';
import type { Rule } from '../rule.ts';

export const templateLeftover: Rule = {
  id: 'template-leftover',
  scope: 'note',
  description: "A note created with npm run new no longer holds the template's summary or instructions.",
  check: templateLeftovers,
};

/** Template text a note still carries: fine while it is a seedling (a warning), an error once it is promoted. */
export function templateLeftovers(note: Pick<GardenNote, 'file' | 'data' | 'body' | 'bodyLine' | 'locate'>): Problem[] {
  const severity = workInProgressSeverity(note);
  const problems: Problem[] = [];
  if (note.data.summary === PLACEHOLDER_SUMMARY) {
    problems.push({ file: note.file, ...(note.locate?.(['summary']) ?? { line: 1, column: 1 }), severity, message: 'still has the template\'s summary', hint: 'write one sentence, in your own words, that states the point of the note' });
  }
  const lines = note.body.split('\n');
  const line = lines.findIndex((text) => text.includes(PLACEHOLDER_BODY));
  if (line >= 0) {
    problems.push({ file: note.file, line: note.bodyLine + line, column: 1, severity, message: 'still has the template\'s instructions in its body', hint: 'replace them with the note itself' });
  }
  return problems;
}
