import { at } from '../report.ts';
import type { Rule } from '../rule.ts';
import { entriesOf } from '../hub-entries.ts';

export const hubCoverage: Rule = {
  id: 'hub-coverage',
  scope: 'hub',
  description: 'A hub lists every note that has its topic.',
  check: (hub, { garden }) => {
    const listed = new Set(entriesOf(hub));
    return garden.notes
      .filter((note) => note.data.topics.includes(hub.topic) && !listed.has(note.slug))
      .map((note) => ({
        file: hub.file,
        ...at(hub, ['groups']),
        message: `does not list "${note.slug}", which has the topic "${hub.topic}"`,
        hint: 'add it to the group of this hub where a reader would look for it',
      }));
  },
};
