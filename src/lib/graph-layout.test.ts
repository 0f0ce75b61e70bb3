import { describe, expect, it } from 'vitest';
import { canvasSize, edgePath, labelBox, labelledNodes, labelPlacement, layoutGraph, layoutInput, layoutKey, nodeRadius, shortLabel, undirectedEdges } from './graph-layout.ts';

const outgoing = new Map([
  ['a', ['b', 'c', 'ghost']],
  ['b', ['a', 'c']],
  ['c', ['a', 'c']],
  ['d', ['a']],
]);

describe('undirectedEdges', () => {
  it('keeps each link once whichever way it goes, without self-links or links to unknown notes', () => {
    expect(undirectedEdges(outgoing)).toEqual([['a', 'b'], ['a', 'c'], ['b', 'c'], ['a', 'd']]);
  });
});

describe('layoutInput and layoutKey', () => {
  const notes = [
    { slug: 'd', data: { title: 'Delta', topics: ['role'] } },
    { slug: 'a', data: { title: 'Alpha', topics: ['skills', 'role'] } },
    { slug: 'c', data: { title: 'Charlie', topics: ['pitfalls'] } },
    { slug: 'b', data: { title: 'Bravo', topics: ['role'] } },
  ];
  const input = layoutInput(notes, outgoing);

  it('orders notes by title, colours each by its first topic and lists each link once in a fixed order', () => {
    expect(input.nodes).toEqual([
      { id: 'a', group: 'skills' },
      { id: 'b', group: 'role' },
      { id: 'c', group: 'pitfalls' },
      { id: 'd', group: 'role' },
    ]);
    expect(input.edges).toEqual([['a', 'b'], ['a', 'c'], ['a', 'd'], ['b', 'c']]);
  });

  it('gives the same input and key whatever order the notes and their links were read in', () => {
    const reversed = layoutInput([...notes].reverse(), new Map([...outgoing].reverse()));
    expect(reversed).toEqual(input);
    expect(layoutKey(reversed)).toBe(layoutKey(input));
  });

  it('changes the key when a link, a title or a topic changes', () => {
    const keys = [
      layoutKey(input),
      layoutKey(layoutInput(notes, new Map([...outgoing, ['d', ['b']]]))),
      layoutKey(layoutInput(notes.map((note) => (note.slug === 'd' ? { ...note, data: { ...note.data, title: 'Aardvark' } } : note)), outgoing)),
      layoutKey(layoutInput(notes.map((note) => (note.slug === 'b' ? { ...note, data: { ...note.data, topics: ['skills'] } } : note)), outgoing)),
    ];
    expect(new Set(keys).size).toBe(4);
  });
});

describe('layoutGraph', () => {
  const nodes = ['a', 'b', 'c', 'd'].map((id, index) => ({ id, group: index % 2 ? 'skills' : 'role' }));
  const layout = layoutGraph(nodes, undirectedEdges(outgoing), ['role', 'skills']);

  it('places every note inside the canvas, at distinct integer positions, with its degree', () => {
    expect(layout.nodes.map((node) => [node.id, node.degree])).toEqual([['a', 3], ['b', 2], ['c', 2], ['d', 1]]);
    for (const node of layout.nodes) {
      expect(Number.isInteger(node.x) && Number.isInteger(node.y)).toBe(true);
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.x).toBeLessThanOrEqual(layout.width);
      expect(node.y).toBeGreaterThanOrEqual(0);
      expect(node.y).toBeLessThanOrEqual(layout.height);
    }
    expect(new Set(layout.nodes.map((node) => `${node.x},${node.y}`)).size).toBe(4);
  });

  it('gives the same picture for the same garden', () => {
    expect(layoutGraph(nodes, undirectedEdges(outgoing), ['role', 'skills'])).toEqual(layout);
  });

  it('fits the layout into the canvas for its size, which grows with the garden', () => {
    expect({ width: layout.width, height: layout.height }).toEqual(canvasSize(4));
    expect(canvasSize(10_000).width).toBeGreaterThan(canvasSize(1_000).width);
    expect(canvasSize(1_000).width).toBeGreaterThan(canvasSize(100).width - 1);
  });
});

describe('drawing helpers', () => {
  it('draws all edges as one path, skipping unplaced ends', () => {
    const position = new Map([['a', { x: 1, y: 2 }], ['b', { x: 3, y: 4 }]]);
    expect(edgePath([['a', 'b'], ['a', 'zzz']], position)).toBe('M1 2L3 4');
  });

  it('cuts long titles at a word, keeping a prefix of the title', () => {
    expect(shortLabel('Extreme ownership')).toEqual({ text: 'Extreme ownership', cut: false });
    expect(shortLabel('A career as a mosaic, not a ladder of domain skills')).toEqual({ text: 'A career as a mosaic, not a', cut: true });
    expect(shortLabel('Choosing the role that fits your background')).toEqual({ text: 'Choosing the role that fits', cut: true });
    expect(shortLabel('The Meta TPM director (AMA author)')).toEqual({ text: 'The Meta TPM director', cut: true });
  });

  it('sizes nodes by degree within bounds and labels the best-connected', () => {
    expect(nodeRadius(0)).toBe(4);
    expect(nodeRadius(10_000)).toBe(14);
    const placed = [
      { id: 'x', group: 'g', x: 0, y: 0, degree: 1 },
      { id: 'y', group: 'g', x: 0, y: 0, degree: 5 },
      { id: 'z', group: 'g', x: 0, y: 0, degree: 5 },
    ];
    expect([...labelledNodes(placed, 2)]).toEqual(['y', 'z']);
  });

  it('labels only where a label covers no other label and no other dot', () => {
    const width = 1000;
    const placed = [
      { id: 'hub', group: 'g', x: 100, y: 100, degree: 9 },
      { id: 'close', group: 'g', x: 110, y: 104, degree: 8 },
      { id: 'under-label', group: 'g', x: 150, y: 100, degree: 1 },
      { id: 'alone', group: 'g', x: 500, y: 400, degree: 2 },
      { id: 'right-edge', group: 'g', x: 900, y: 400, degree: 2 },
    ];
    const boxOf = (node: (typeof placed)[number]) => labelBox(node, 10, width);
    // hub's label would cover the dots of close and under-label; close's would cover under-label's.
    expect([...labelledNodes(placed, 5, boxOf)].sort()).toEqual(['alone', 'right-edge', 'under-label']);
    expect(labelBox(placed[4], 10, width)).toMatchObject({ right: 900 - nodeRadius(2) - 4 });
    expect(labelPlacement(placed[3], 6, width, true)).toEqual({ x: 510, anchor: 'start' });
  });
});
