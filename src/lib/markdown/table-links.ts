import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * GitHub-flavoured Markdown splits a table row at every "|", including the one inside [[target|label]], so such a
 * link in a table renders as two broken cells. Obsidian's escaped form is not understood by the renderer either,
 * so the check refuses the link and says what works instead.
 */
export interface TableLinkFinding {
  offset: number;
  text: string;
}

const TABLE_ROW = /^[ \t>]*\|.*$/gm;
const LABELLED_LINK = /\[\[[^[\]\n|]*\|[^[\]\n]*\]\]/g;

/**
 * Every [[target|label]] link written inside a table row of a note body, code aside, from the body's syntax tree.
 * Rows are read from the source of tables and of paragraphs: the parser has split the link into cells, and a link
 * in the header row leaves the header and delimiter rows with different cell counts, so the rows are no table at
 * all but a paragraph.
 */
export function labelledLinksInTree(tree: Root, body: string): TableLinkFinding[] {
  const findings: TableLinkFinding[] = [];
  visit(tree, (node) => {
    if (node.type !== 'table' && node.type !== 'paragraph') return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    for (const row of body.slice(start, end).matchAll(TABLE_ROW)) {
      for (const link of row[0].matchAll(LABELLED_LINK)) findings.push({ offset: start + row.index + link.index, text: link[0] });
    }
  });
  return findings;
}
