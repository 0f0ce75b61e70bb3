import { describe, expect, it } from 'vitest';
import { noteTargetOfUrl, parseWikilinks } from './wikilinks.ts';
import { noteLinksInMarkdown } from './note-syntax.ts';

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

const placed = (body: string, format?: 'md' | 'mdx') => noteLinksInMarkdown(body, format).map((link) => `${link.target}@${link.line}:${link.column}`);

describe('links read from the syntax tree', () => {
  it('finds none in code (indented, fenced, inline) or an HTML comment', () => {
    const body = ['Prose.', '', '    [[indented]]', '', '```', '[[fenced]]', '```', '', 'Run `[[inline]]` here <!-- [[comment]] -->.', '', '<!--', '[[block-comment]]', '-->'].join('\n');
    expect(noteLinksInMarkdown(body)).toEqual([]);
  });

  it('finds them in prose, a list, a table cell (escaped pipe) and a heading, at their line and column in the body', () => {
    const body = ['Prose with [[a]].', '', '- an item [[b|B]]', '', '| x | y |', '| - | - |', '| 1 | see [[c\\|C]] |', '', '## About [[d#part]]'].join('\n');
    expect(noteLinksInMarkdown(body).map(({ target, label, fragment, line, column }) => ({ target, label, fragment, line, column }))).toEqual([
      { target: 'a', label: undefined, fragment: undefined, line: 1, column: 12 },
      { target: 'b', label: 'B', fragment: undefined, line: 3, column: 11 },
      { target: 'c', label: 'C', fragment: undefined, line: 7, column: 11 },
      { target: 'd', label: undefined, fragment: 'part', line: 9, column: 10 },
    ]);
  });

  it('reads code spans as CommonMark does: closed by an equal run of backticks, never across a paragraph', () => {
    expect(placed('Press the ` key.\n\nThen read [[a]] and run `npm test`.')).toEqual(['a@3:11']);
    expect(placed('``a ` [[b]]`` and `` [[c]] ```')).toEqual(['c@1:22']);
    expect(placed('A span `over\n[[d]] two lines` stays code.')).toEqual([]);
    expect(placed('- Press the ` key\n- then read [[e]] and run `npm test`.')).toEqual(['e@2:13']);
  });

  it('places a link past indentation, quote markers, escapes and character references', () => {
    expect(placed('Text\n  and [[a]]\n\n> quote\n> more [[b]]\n\nx \\* [[c]] &amp; [[d]]')).toEqual(['a@2:7', 'b@5:8', 'c@7:6', 'd@7:18']);
  });

  it('reads an MDX body as MDX: an indented line is prose, component attributes and expressions hold no links', () => {
    const body = 'Intro.\n\n    [[indented]]\n\n<Spectrum caption="[[attribute]]" />\n\n{/* [[expression]] */}\n\n<Callout>\n  Inside [[inside]]\n</Callout>';
    expect(placed(body, 'mdx')).toEqual(['indented@3:5', 'inside@10:10']);
    expect(placed(body, 'md')).not.toContain('indented@3:5');
  });

  it('does not take the label of a Markdown link for a link of its own', () => {
    expect(placed('[see [[a]]](https://example.org)')).toEqual([]);
  });
});

describe('hostile bodies', () => {
  // Each is read in a few seconds at most on a loaded machine; the scan by regular expressions this replaced took
  // 40 to 90 s on each, so a quadratic scan fails here by timing out. The results are what is asserted.
  const TIMEOUT = 30_000;

  it('reads a line of 100,000 brackets', () => {
    expect(noteLinksInMarkdown('['.repeat(100_000))).toEqual([]);
  }, TIMEOUT);

  it('reads 50,000 unclosed labelled links', () => {
    expect(noteLinksInMarkdown('[[a|'.repeat(50_000))).toEqual([]);
  }, TIMEOUT);

  // List items: in one paragraph of 20,000 lines the parser's GFM autolink scan is itself superlinear, for the
  // rendered page as much as for the check.
  it('reads 20,000 lines with links, placing the last ones', () => {
    const lines = Array.from({ length: 20_000 }, (_, line) => `- Line ${line} links [[note-${line}]] and [x](n${line}.mdx).`);
    const links = noteLinksInMarkdown(lines.join('\n'));
    expect(links).toHaveLength(40_000);
    expect(links.at(-2)).toMatchObject({ target: 'note-19999', line: 20_000, column: 20 });
    expect(links.at(-1)).toMatchObject({ target: 'n19999', line: 20_000, column: 39 });
  }, TIMEOUT);
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
    expect(noteLinksInMarkdown(body).map((link) => [link.raw, link.target, link.label, link.line, link.column])).toEqual([
      ['[label](b.mdx "title")', 'b', 'label', 1, 3],
      ['[[e]]', 'e', undefined, 2, 14],
      ['[f](/notes/f/)', 'f', 'f', 2, 25],
    ]);
  });
});
