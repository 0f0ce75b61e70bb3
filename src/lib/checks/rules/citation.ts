import type { Problem } from '../../content/model.ts';
import { at } from '../report.ts';
import type { Rule } from '../rule.ts';

export const citation: Rule = {
  id: 'citation',
  scope: 'note',
  description: 'A note cites sections that exist in content/sources/ and are not marked promotional.',
  check: (note, { garden, sections }) =>
    note.data.sources.flatMap((ref, position): Problem[] => {
      const section = sections.get(`${ref.doc}#${ref.section}`);
      if (!section) {
        const docKnown = garden.sources.some((source) => source.data.id === ref.doc);
        return [
          {
            file: note.file,
            ...at(note, ['sources', position, docKnown ? 'section' : 'doc']),
            message: docKnown
              ? `cites section "${ref.section}" of "${ref.doc}", which has no such section`
              : `cites the document "${ref.doc}", which is not in content/sources/`,
            hint: `use one of: ${[...sections.keys()].map((key) => key.replace('#', ' / ')).join(', ')}`,
          },
        ];
      }
      if (section.promotional) {
        return [
          {
            file: note.file,
            ...at(note, ['sources', position]),
            message: `cites "${ref.doc} / ${ref.section}", which is marked promotional`,
            hint: 'advertising is recorded on the source page but never restructured into advice: cite another section',
          },
        ];
      }
      return [];
    }),
};
