import type { Link, Paragraph } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { linkIndexOf } from './link-resolution.ts';
import { parseBody } from '../markdown/markdown-tree.ts';
import { remarkWikilinks, type BrokenLink } from './remark-wikilinks.ts';
import { noteLinksInMarkdown } from '../markdown/note-syntax.ts';

const note = (slug: string, title: string, body = '', aliases: string[] = []) => ({ slug, body, data: { title, aliases } });
const index = linkIndexOf([
  note('growth-mindset', 'A growth mindset', '', ['Passion and growth']),
  note('glossary-terms', 'Glossary of terms', '## KPI\n\ntext\n\n## SEV\n\ntext'),
  note('one', 'One', '', ['Twin']),
  note('two', 'Two', '', ['twin']),
]);

let reported: BrokenLink[] = [];

function transform(markdown: string, path = 'content/notes/x.mdx') {
  reported = [];
  const tree = parseBody(markdown, 'md');
  remarkWikilinks({
    index: () => index,
    href: (slug) => `/base/notes/${slug}/`,
    previewHref: (slug) => `/base/previews/${slug}.json`,
    onBrokenLink: (problem) => reported.push(problem),
  })(tree, new VFile({ path, value: markdown }));
  return tree;
}

const linksOf = (markdown: string, path?: string) => (transform(markdown, path).children[0] as Paragraph).children.filter((node): node is Link => node.type === 'link');

describe('remarkWikilinks', () => {
  it('turns wikilinks into links with the note title or the given label, keeping surrounding text', () => {
    const paragraph = transform('Read [[growth-mindset]] and [[glossary-terms#kpi|KPIs]] now.').children[0] as Paragraph;
    expect(paragraph.children.map((node) => node.type)).toEqual(['text', 'link', 'text', 'link', 'text']);
    const [first, second] = paragraph.children.filter((node): node is Link => node.type === 'link');
    expect(first.url).toBe('/base/notes/growth-mindset/');
    expect(first.children).toEqual([{ type: 'text', value: 'A growth mindset' }]);
    expect(first.data).toEqual({ hProperties: { className: ['wikilink'], dataPreview: '/base/previews/growth-mindset.json' } });
    expect(second.url).toBe('/base/notes/glossary-terms/#kpi');
    expect(second.children).toEqual([{ type: 'text', value: 'KPIs' }]);
  });

  it('resolves by title, alias or file name in any case, and headings by id or by text as Obsidian writes them', () => {
    expect(linksOf('[[a GROWTH mindset]] [[passion and growth]] [[Glossary-Terms#SEV]] [[glossary of terms#sev|s]]').map((link) => link.url)).toEqual([
      '/base/notes/growth-mindset/',
      '/base/notes/growth-mindset/',
      '/base/notes/glossary-terms/#sev',
      '/base/notes/glossary-terms/#sev',
    ]);
  });

  it('points ordinary Markdown links to note files or pages at the note page, and leaves other links alone', () => {
    const links = linksOf('[a](growth-mindset.mdx) [b](../notes/glossary-terms.md#KPI) [c](/notes/one/) [d](https://example.org/x.mdx) [e](/sources/x/)');
    expect(links.map((link) => link.url)).toEqual([
      '/base/notes/growth-mindset/',
      '/base/notes/glossary-terms/#kpi',
      '/base/notes/one/',
      'https://example.org/x.mdx',
      '/sources/x/',
    ]);
  });

  it('leaves code alone', () => {
    const tree = transform('`[[growth-mindset]]`');
    expect((tree.children[0] as Paragraph).children[0]).toMatchObject({ type: 'inlineCode', value: '[[growth-mindset]]' });
  });

  it('reports broken links exactly where the content check finds links, in prose, lists, tables and headings', () => {
    const body = 'Intro [[gone-a]].\n\n    [[in-code]]\n\n- item [[gone-b|B]]\n\n| x | y |\n| - | - |\n| 1 | [[gone-c\\|C]] |\n\n## On [[gone-d]]\n\n<!-- [[in-comment]] -->';
    transform(body);
    expect(reported.map((problem) => `${problem.line}:${problem.column}`)).toEqual(noteLinksInMarkdown(body).map((link) => `${link.line}:${link.column}`));
    expect(reported).toHaveLength(4);
  });

  it('reports file, line, column and the closest titles when a link names no note, and marks the link in the page', () => {
    const paragraph = transform('Intro.\n\nSecond [[growth mindsets]] here.').children[1] as Paragraph;
    expect(reported).toEqual([
      expect.objectContaining({
        file: 'content/notes/x.mdx',
        line: 3,
        column: 8,
        message: expect.stringMatching(/^\[\[growth mindsets\]\] does not name any note; did you mean "A growth mindset" \[\[growth-mindset\]\]/),
      }),
    ]);
    expect(paragraph.children[1]).toMatchObject({
      type: 'emphasis',
      children: [{ type: 'text', value: '[[growth mindsets]]' }],
      data: { hName: 'mark', hProperties: { className: ['broken-link'] } },
    });
  });

  it("reports a link's place in the source, past indentation, quote markers, escapes and character references", () => {
    const places = ['Text\n  and [[missing]]', '> quote\n> more [[missing]]', '- item\n  next [[missing]]', 'a \\* [[missing]]', 'a &amp; [[missing]]'].map((markdown) => {
      transform(markdown);
      return `${reported[0].line}:${reported[0].column}`;
    });
    expect(places).toEqual(['2:7', '2:8', '2:8', '1:6', '1:9']);
  });

  it('reports a Markdown link to a missing note file, at the link, and marks it instead of linking', () => {
    const paragraph = transform('Text\n  and [here](growth-mindest.mdx).').children[0] as Paragraph;
    expect(reported).toEqual([
      expect.objectContaining({ line: 2, column: 7, message: expect.stringMatching(/^\[here\]\(growth-mindest\.mdx\) does not name any note; did you mean "A growth mindset"/) }),
    ]);
    expect(paragraph.children.some((node) => node.type === 'link')).toBe(false);
  });

  it('reports an ambiguous link, naming the notes it could mean', () => {
    transform('[[Twin]]');
    expect(reported[0].message).toMatch(/\[\[Twin\]\] is ambiguous: "Twin" names 2 notes, "One" \[\[one\]\] and "Two" \[\[two\]\]/);
  });

  it('reports a link to a heading the note lacks, suggesting the closest', () => {
    transform('[[glossary-terms#kpis]]');
    expect(`${reported[0].message} (${reported[0].hint})`).toMatch(/note "glossary-terms" has no heading "kpis"; did you mean #kpi \(KPI\)\? \(use one of: kpi, sev\)/);
  });

  it('reads the forms Obsidian writes: an escaped pipe in a table, a heading of the same note, a path or an extension', () => {
    expect(linksOf('[[growth-mindset\\|a label]] [[notes/one]] [[one.md]] [[content/notes/two.mdx|2]]').map((link) => link.url)).toEqual([
      '/base/notes/growth-mindset/',
      '/base/notes/one/',
      '/base/notes/one/',
      '/base/notes/two/',
    ]);
    expect(linksOf('[[#SEV]]', 'content/notes/glossary-terms.md').map((link) => link.url)).toEqual(['/base/notes/glossary-terms/#sev']);
    expect(reported).toEqual([]);
  });

  it('reports an empty link rather than taking it for the note it is in', () => {
    for (const markdown of ['[[]]', '[[ ]]', '[[|label]]']) {
      transform(markdown, 'content/notes/glossary-terms.md');
      expect(reported, markdown).toHaveLength(1);
    }
  });

  it('explains that block references are not supported', () => {
    transform('[[growth-mindset#^abc123]]');
    expect(reported[0]).toMatchObject({ message: expect.stringContaining('links to a block (#^abc123)'), hint: expect.stringContaining('[[note#Heading]]') });
  });
});
