import { formatOfFile } from '../../markdown/markdown-tree.ts';
import { labelledLinksInTables } from '../../markdown/note-syntax.ts';
import { placesInBody } from '../report.ts';
import type { Rule } from '../rule.ts';

export const tableLinkLabel: Rule = {
  id: 'table-link-label',
  scope: 'note',
  description: 'A link in a table row has no label: its "|" would end the cell.',
  check: (note) => {
    const place = placesInBody(note);
    return labelledLinksInTables(note.body, formatOfFile(note.file)).map((link) => ({
      file: note.file,
      ...place(link.offset),
      message: `${link.text} is in a table, where its "|" ends the cell and breaks the row`,
      hint: 'in a table write the link without a label ([[note]] shows the note\'s title), or move it out of the table',
    }));
  },
};
