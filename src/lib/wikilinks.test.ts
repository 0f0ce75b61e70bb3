import { describe, expect, it } from 'vitest';
import { blankOutCode, markdownNoteLinksInMarkdown, noteLinksInMarkdown, noteTargetOfUrl, parseWikilinks, wikilinksInMarkdown } from './wikilinks.ts';

describe('parseWikilinks', () => {
  it('reads target, fragment and label', () => {
    const [plain, labelled, anchored] = parseWikilinks('See [[growth-mindset]], [[Growth mindset|a growth mindset]] and [[glossary-terms#kpi|KPIs]].');
    expect(plain).toMatchObject({ target: 'growth-mindset', raw: '[[growth-mindset]]' });
    expect(plain.label).toBeUndefined();
    expect(labelled).toMatchObject({ target: 'Growth mindset', label: 'a growth mindset' });
    expect(anchored).toMatchObject({ target: 'glossary-terms', fragment: 'kpi', label: 'KPIs' });
  });

  it('reports 1-based line and column of the opening brackets', () => {
    const [first, second] = parseWikilinks('one line\n  two [[a]]\n[[b]]');
    expect(first).toMatchObject({ target: 'a', line: 2, column: 7 });
    expect(second).toMatchObject({ target: 'b', line: 3, column: 1 });
  });

  it('ignores single brackets and links spanning lines', () => {
    expect(parseWikilinks('[not a link] and [[broken\nlink]]')).toEqual([]);
  });
});

describe('code is not prose', () => {
  it('blanks fenced and inline code without moving anything else', () => {
    const text = 'a `[[x]]` b\n```\n[[y]]\n```\n[[z]]';
    const blanked = blankOutCode(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked.split('\n')).toHaveLength(text.split('\n').length);
    expect(wikilinksInMarkdown(text).map((link) => [link.target, link.line])).toEqual([['z', 5]]);
  });

  it('reads code spans as CommonMark does: closed by an equal run of backticks, never across a paragraph', () => {
    const stray = 'Press the ` key.\n\nThen read [[a]] and run `npm test`.';
    expect(wikilinksInMarkdown(stray).map((link) => link.target)).toEqual(['a']);
    expect(wikilinksInMarkdown('``a ` [[b]]`` and `` [[c]] ```').map((link) => link.target)).toEqual(['c']);
    expect(wikilinksInMarkdown('A span `over\n[[d]] two lines` stays code.')).toEqual([]);
    expect(wikilinksInMarkdown('- Press the ` key\n- then read [[e]] and run `npm test`.').map((link) => link.target)).toEqual(['e']);
    expect(wikilinksInMarkdown('# Heading with ` tick\nRead [[f]] then `x`.').map((link) => link.target)).toEqual(['f']);
  });

  it('reads an escaped pipe, as Obsidian writes it in a table cell', () => {
    expect(parseWikilinks('| [[growth-mindset\\|a label]] |')).toEqual([expect.objectContaining({ target: 'growth-mindset', label: 'a label' })]);
  });
});

describe('Markdown links to notes', () => {
  it('recognises note files as Obsidian writes them and note pages, not web addresses, anchors or other pages', () => {
    expect(noteTargetOfUrl('growth-mindset.mdx')).toEqual({ target: 'growth-mindset' });
    expect(noteTargetOfUrl('../notes/Getting%20comfortable.md#Why%20it%20happens')).toEqual({ target: 'Getting comfortable', fragment: 'Why it happens' });
    expect(noteTargetOfUrl('/tpm-garden/notes/extreme-ownership/')).toEqual({ target: 'extreme-ownership' });
    for (const url of ['https://example.org/a.mdx', '//cdn.example/notes/x/', '#local', '/sources/meta-director-ama/', 'mailto:a@b.c']) {
      expect(noteTargetOfUrl(url)).toBeUndefined();
    }
  });

  it('finds them with their place, skipping images and code, and merges them with wikilinks in reading order', () => {
    const body = 'A [label](b.mdx "title") and ![img](c.md)\n`[x](d.mdx)` [[e]] then [f](/notes/f/).';
    expect(markdownNoteLinksInMarkdown(body).map((link) => [link.target, link.label, link.line, link.column])).toEqual([
      ['b', 'label', 1, 3],
      ['f', 'f', 2, 25],
    ]);
    expect(noteLinksInMarkdown(body).map((link) => link.target)).toEqual(['b', 'e', 'f']);
  });
});
