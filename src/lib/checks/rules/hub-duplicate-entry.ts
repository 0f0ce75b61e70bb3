import type { Rule } from '../rule.ts';
import { entriesOf, placeOfEntry } from '../hub-entries.ts';

export const hubDuplicateEntry: Rule = {
  id: 'hub-duplicate-entry',
  scope: 'hub',
  description: 'A hub lists each note once.',
  check: (hub) => {
    const listed = entriesOf(hub);
    return [...new Set(listed.filter((slug, index) => listed.indexOf(slug) !== index))].map((slug) => ({
      file: hub.file,
      ...placeOfEntry(hub, slug),
      message: `lists "${slug}" more than once`,
      hint: 'keep each note in one group',
    }));
  },
};
