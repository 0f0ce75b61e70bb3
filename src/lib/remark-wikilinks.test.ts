import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Link, Paragraph } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { linkIndexOf } from './link-resolution.ts';
import { remarkWikilinks } from './remark-wikilinks.ts';

const note = (slug: string, title: string, body = '', aliases: string[] = []) => ({ slug, body, data: { title, aliases } });
const index = linkIndexOf([
  note('growth-mindset', 'A growth mindset', '', ['Passion and growth']),
  note('glossary-terms', 'Glossary of terms', '## KPI\n\ntext\n\n## SEV\n\ntext'),
  note('one', 'One', '', ['Twin']),
  note('two', 'Two', '', ['twin']),
]);

function transform(markdown: string) {
  const tree = fromMarkdown(markdown);
  remarkWikilinks({ index: () => index, href: (slug) => `/base/notes/${slug}/`, previewHref: (slug) => `/base/previews/${slug}.json` })(
    tree,
    new VFile({ path: 'content/notes/x.mdx' }),
  );
  return tree;
}

const linksOf = (markdown: string) => (transform(markdown).children[0] as Paragraph).children.filter((node): node is Link => node.type === 'link');

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

  it('stops with file, line and column and the closest titles when a link names no note', () => {
    expect(() => transform('Intro.\n\nSecond [[growth mindsets]] here.')).toThrow(
      expect.objectContaining({
        file: 'content/notes/x.mdx',
        line: 3,
        column: 8,
        reason: expect.stringMatching(/^\[\[growth mindsets\]\] does not name any note; did you mean "A growth mindset" \[\[growth-mindset\]\]/),
      }),
    );
  });

  it('stops on a Markdown link to a missing note file, at the link', () => {
    expect(() => transform('Text\n  and [here](growth-mindest.mdx).')).toThrow(
      expect.objectContaining({ line: 2, column: 7, reason: expect.stringMatching(/^\[here\]\(growth-mindest\.mdx\) does not name any note; did you mean "A growth mindset"/) }),
    );
  });

  it('stops on an ambiguous link, naming the notes it could mean', () => {
    expect(() => transform('[[Twin]]')).toThrow(/\[\[Twin\]\] is ambiguous: "Twin" names 2 notes, "One" \[\[one\]\] and "Two" \[\[two\]\]/);
  });

  it('stops when a link names a heading the note lacks, suggesting the closest', () => {
    expect(() => transform('[[glossary-terms#kpis]]')).toThrow(/note "glossary-terms" has no heading "kpis"; did you mean #kpi \(KPI\)\? \(use one of: kpi, sev\)/);
  });
});
