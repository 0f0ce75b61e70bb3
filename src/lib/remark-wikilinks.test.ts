import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Link, Paragraph } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkWikilinks, type LinkIndex } from './remark-wikilinks.ts';

const index: LinkIndex = {
  resolve: (target) => ({ 'growth-mindset': 'growth-mindset', 'a growth mindset': 'growth-mindset', glossary: 'glossary' })[target.toLowerCase()],
  title: (slug) => ({ 'growth-mindset': 'A growth mindset', glossary: 'Glossary' })[slug] ?? slug,
  headingIds: (slug) => (slug === 'glossary' ? ['kpi'] : []),
};

function transform(markdown: string) {
  const tree = fromMarkdown(markdown);
  remarkWikilinks({ index: () => index, href: (slug) => `/base/notes/${slug}/` })(tree, new VFile({ path: 'content/notes/x.mdx' }));
  return tree;
}

describe('remarkWikilinks', () => {
  it('turns wikilinks into links with the note title or the given label, keeping surrounding text', () => {
    const paragraph = transform('Read [[growth-mindset]] and [[glossary#kpi|KPIs]] now.').children[0] as Paragraph;
    expect(paragraph.children.map((node) => node.type)).toEqual(['text', 'link', 'text', 'link', 'text']);
    const [first, second] = paragraph.children.filter((node): node is Link => node.type === 'link');
    expect(first.url).toBe('/base/notes/growth-mindset/');
    expect(first.children).toEqual([{ type: 'text', value: 'A growth mindset' }]);
    expect(second.url).toBe('/base/notes/glossary/#kpi');
    expect(second.children).toEqual([{ type: 'text', value: 'KPIs' }]);
  });

  it('leaves code alone', () => {
    const tree = transform('`[[growth-mindset]]`');
    expect((tree.children[0] as Paragraph).children[0]).toMatchObject({ type: 'inlineCode', value: '[[growth-mindset]]' });
  });

  it('stops with file, line and column when a link names no note', () => {
    expect(() => transform('Intro.\n\nSecond [[nowhere]] here.')).toThrow(
      expect.objectContaining({ file: 'content/notes/x.mdx', line: 3, column: 8, reason: expect.stringMatching(/\[\[nowhere\]\] names no note/) }),
    );
  });

  it('stops when a link names a heading the note lacks', () => {
    expect(() => transform('[[glossary#sev]]')).toThrow(/has no heading with the id "sev"\. Its heading ids are: kpi/);
  });
});
