import { at } from '../report.ts';
import type { Rule } from '../rule.ts';

export const uncitedSection: Rule = {
  id: 'uncited-section',
  scope: 'garden',
  description: 'Some note cites each section of a source that is not marked promotional.',
  // A note that cannot be read may be the one that cites it.
  needs: 'every-note',
  check: ({ garden, sections }) => {
    const cited = new Set(garden.notes.flatMap((note) => note.data.sources.map((ref) => `${ref.doc}#${ref.section}`)));
    return [...sections]
      .filter(([key, section]) => !section.promotional && !cited.has(key))
      .map(([key, section]) => ({
        file: section.source.file,
        ...at(section.source, ['sections', section.position]),
        message: `section "${key.replace('#', ' / ')}" (${section.title}) is cited by no note`,
        hint: 'restructure it into a note that lists it under sources, or mark it promotional: true if it is advertising',
      }));
  },
};
