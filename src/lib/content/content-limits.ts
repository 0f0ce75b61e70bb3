import type { Problem } from './model.ts';

/**
 * Caps checked on a file's raw text before any YAML, Markdown or MDX parser sees it: parsers slow down
 * badly (or never finish) on deeply nested or huge input, and every pull request's content is untrusted.
 * Real notes are a few KB with a handful of links and two or three levels of lists. The block cap is there
 * because GFM's autolink parsing takes time quadratic in a paragraph's length once a `[` is left unclosed
 * (an 80 KB paragraph takes about 20 s). List items, headings and table rows are parsed one by one, so each
 * starts a new block; the longest paragraph of the garden today is under 1,500 characters.
 */
export const LIMITS = { bytes: 200 * 1024, lineLength: 10_000, blockLength: 4_000, depth: 20, links: 500 } as const;

const BLOCK_START = /^[ \t]*(?:[-*+][ \t]|\d{1,9}[.)][ \t]|#{1,6}[ \t]|\|)/;

const CONTAINER = /^[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/;

/** How many lists and quotes a line opens or continues: its markers plus one level per two columns of indentation. */
function nestingDepth(line: string): number {
  let depth = 0;
  let rest = line;
  const indent = /^[ \t]*/.exec(rest)![0].replace(/\t/g, '    ').length;
  depth += Math.floor(indent / 2);
  for (let match = CONTAINER.exec(rest); match; match = CONTAINER.exec(rest)) {
    depth += 1;
    rest = rest.slice(match[0].length);
    if (depth > LIMITS.depth) break;
  }
  return depth;
}

/** Every limit the raw text of one file breaks, at most one problem per limit, in linear time. */
export function limitProblems(text: string, file: string): Problem[] {
  const problems: Problem[] = [];
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > LIMITS.bytes) {
    problems.push({ file, line: 1, column: 1, message: `is ${Math.ceil(bytes / 1024)} KB, more than the ${LIMITS.bytes / 1024} KB a note may have`, hint: 'split it into several shorter notes that link to each other' });
  }
  let long = false;
  let longBlock = false;
  let blockStart = 0;
  let blockLength = 0;
  let deep = false;
  let links = 0;
  let linkReported = false;
  let inFence = false;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const at = { file, line: index + 1 };
    if (!long && line.length > LIMITS.lineLength) {
      long = true;
      problems.push({ ...at, column: LIMITS.lineLength + 1, message: `line is ${line.length} characters long, more than ${LIMITS.lineLength}`, hint: 'break the line into sentences or paragraphs' });
      continue;
    }
    if (/^[ \t]*(```|~~~)/.test(line)) inFence = !inFence;
    // A block is a run of lines without a blank line between them; code is not parsed for links, so it is left out.
    if (inFence || line.trim() === '') blockLength = 0;
    else {
      if (blockLength === 0 || BLOCK_START.test(line)) {
        blockStart = index;
        blockLength = 0;
      }
      blockLength += line.length + 1;
      if (!longBlock && blockLength > LIMITS.blockLength) {
        longBlock = true;
        problems.push({ file, line: blockStart + 1, column: 1, message: `has a block of text of more than ${LIMITS.blockLength} characters without a blank line`, hint: 'break it into paragraphs separated by blank lines' });
      }
    }
    if (!inFence && !deep && nestingDepth(line) > LIMITS.depth) {
      deep = true;
      problems.push({ ...at, column: 1, message: `lists or quotes are nested more than ${LIMITS.depth} levels deep`, hint: 'flatten the list or quote; a note needs two or three levels at most' });
    }
    if (!linkReported) {
      for (let offset = line.indexOf('[['); offset !== -1 && !linkReported; offset = line.indexOf('[[', offset + 2)) {
        if (++links > LIMITS.links) {
          linkReported = true;
          problems.push({ ...at, column: offset + 1, message: `has more than ${LIMITS.links} links`, hint: 'link to a hub or reading path instead of listing every note' });
        }
      }
      for (let offset = line.indexOf(']('); offset !== -1 && !linkReported; offset = line.indexOf('](', offset + 2)) {
        if (++links > LIMITS.links) {
          linkReported = true;
          problems.push({ ...at, column: offset + 1, message: `has more than ${LIMITS.links} links`, hint: 'link to a hub or reading path instead of listing every note' });
        }
      }
    }
  }
  return problems;
}
