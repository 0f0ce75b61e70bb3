import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

const HEADING = /^h[2-6]$/;

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/**
 * Gives every `##`–`######` heading that has an id a link to itself, for sharing a section. The link sits
 * beside the heading, not inside it, so the heading's text (and the table of contents built from it)
 * stays clean; its visible `#` is hidden from screen readers, which hear a named link instead.
 * Runs after Astro's rehypeHeadingIds, which sets the ids.
 */
export function rehypeHeadingAnchors() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined || !HEADING.test(node.tagName) || typeof node.properties.id !== 'string') return;
      const anchor: Element = {
        type: 'element',
        tagName: 'a',
        // Kept out of the search index, so "Link to the section" never shows in result excerpts.
        properties: { className: ['heading-anchor'], href: `#${node.properties.id}`, dataPagefindIgnore: 'all' },
        children: [
          { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
          { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: `Link to the section “${textOf(node).trim()}”` }] },
        ],
      };
      parent.children.splice(index, 1, { type: 'element', tagName: 'div', properties: { className: ['heading'] }, children: [node, anchor] });
      return [SKIP, index + 1];
    });
  };
}
