/**
 * GitHub-flavoured Markdown splits a table row at every "|", including the one inside [[target|label]], so such a
 * link in a table renders as two broken cells. Obsidian's escaped form is not understood by the renderer either,
 * so the check refuses the link and says what works instead.
 */
export interface TableLinkFinding {
  offset: number;
  text: string;
}

const TABLE_ROW = /^[ \t]*\|.*$/gm;
const LABELLED_LINK = /\[\[[^[\]\n|]*\|[^[\]\n]*\]\]/g;

/** Every [[target|label]] link written inside a table row of a note body. */
export function labelledLinksInTables(body: string): TableLinkFinding[] {
  return [...body.matchAll(TABLE_ROW)].flatMap((row) =>
    [...row[0].matchAll(LABELLED_LINK)].map((link) => ({ offset: row.index + link.index, text: link[0] })),
  );
}
