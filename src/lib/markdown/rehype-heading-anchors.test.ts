import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeHeadingAnchors } from './rehype-heading-anchors.ts';

const text = (value: string) => ({ type: 'text' as const, value });
const heading = (tagName: string, id: string | undefined, value: string): Element => ({
  type: 'element',
  tagName,
  properties: id ? { id } : {},
  children: [text(value)],
});

describe('rehypeHeadingAnchors', () => {
  it('puts a named link to each sub-heading beside it, out of the search index, leaving the heading text untouched', () => {
    const tree: Root = { type: 'root', children: [heading('h2', 'why-it-matters', 'Why it matters'), { type: 'element', tagName: 'p', properties: {}, children: [text('Body')] }] };
    rehypeHeadingAnchors()(tree);
    const wrapper = tree.children[0] as Element;
    expect(wrapper).toMatchObject({ tagName: 'div', properties: { className: ['heading'] } });
    expect(wrapper.children[0]).toEqual(heading('h2', 'why-it-matters', 'Why it matters'));
    expect(wrapper.children[1]).toMatchObject({
      tagName: 'a',
      properties: { href: '#why-it-matters', dataPagefindIgnore: 'all' },
      children: [
        { properties: { ariaHidden: 'true' }, children: [text('#')] },
        { properties: { className: ['visually-hidden'] }, children: [text('Link to the section “Why it matters”')] },
      ],
    });
    expect(tree.children[1]).toMatchObject({ tagName: 'p' });
  });

  it('leaves the page title and headings without an id alone', () => {
    const tree: Root = { type: 'root', children: [heading('h1', 'title', 'Title'), heading('h3', undefined, 'No id')] };
    rehypeHeadingAnchors()(tree);
    expect(tree.children.map((node) => (node as Element).tagName)).toEqual(['h1', 'h3']);
  });
});
