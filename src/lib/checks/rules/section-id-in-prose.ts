import { rawSectionIds } from '../editorial-rules.ts';
import { placesInBody } from '../report.ts';
import type { Rule } from '../rule.ts';

export const sectionIdInProse: Rule = {
  id: 'section-id-in-prose',
  scope: 'note',
  description: "A note's prose names a source's section by its heading, not by its id (an editorial rule).",
  check: (note, { options, sectionTitles }) => {
    const place = placesInBody(note);
    return rawSectionIds(note.body, sectionTitles.keys()).map((id) => ({
      file: note.file,
      ...place(id.offset),
      severity: options.editorial,
      message: `shows the section id "${id.text}" to readers`,
      hint: `name the section by its heading ("${sectionTitles.get(id.text) ?? id.text}"); the citation under sources links to it`,
    }));
  },
};
