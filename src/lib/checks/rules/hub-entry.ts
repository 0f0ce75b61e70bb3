import type { Problem } from '../../content/model.ts';
import { notANote } from '../report.ts';
import type { Rule } from '../rule.ts';
import { entriesOf, placeOfEntry } from '../hub-entries.ts';

export const hubEntry: Rule = {
  id: 'hub-entry',
  scope: 'hub',
  description: 'A hub lists notes only, and only notes that have its topic.',
  check: (hub, { isNote, notesBySlug, merged }) =>
    entriesOf(hub).flatMap((slug): Problem[] => {
      if (!isNote(slug)) return [{ file: hub.file, ...placeOfEntry(hub, slug), ...notANote(`lists "${slug}"`, slug, merged) }];
      const note = notesBySlug.get(slug);
      if (!note || note.data.topics.includes(hub.topic)) return [];
      return [
        {
          file: hub.file,
          ...placeOfEntry(hub, slug),
          message: `lists "${slug}", whose topics (${note.data.topics.join(', ')}) do not include "${hub.topic}"`,
          hint: `add ${hub.topic} to the note's topics, or remove it from this hub`,
        },
      ];
    }),
};
