import { describe, expect, it } from 'vitest';
import { canvasSize, edgePath, hubLabels, labelPlacement, layoutGraph, layoutInput, layoutKey, nodeRadius, shortLabel, undirectedEdges, wrapTitle } from './graph-layout.ts';

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

  it('sizes nodes by degree within bounds', () => {
    expect(nodeRadius(0)).toBe(4);
    expect(nodeRadius(10_000)).toBe(14);
    expect(labelPlacement({ x: 500, y: 400 }, 6, 1000, true)).toEqual({ x: 510, anchor: 'start' });
  });

  it('wraps a title at words into lines, never cutting it', () => {
    expect(wrapTitle('A career as a mosaic, not a ladder of domain skills', 24)).toEqual(['A career as a mosaic,', 'not a ladder of domain', 'skills']);
    expect(wrapTitle('Extreme ownership', 24)).toEqual(['Extreme ownership']);
    expect(wrapTitle('Supercalifragilisticexpialidocious notes', 10)).toEqual(['Supercalifragilisticexpialidocious', 'notes']);
    expect(wrapTitle('A career as a mosaic, not a ladder of domain skills', 24).join(' ')).toBe('A career as a mosaic, not a ladder of domain skills');
  });
});

describe('hubLabels', () => {
  const titles: Record<string, string> = { hub: 'The hub note', close: 'A close neighbour', small: 'Rarely linked', far: 'Far away and well linked', edge: 'Right at the edge' };
  const titleOf = (id: string) => titles[id] ?? id;
  const options = { limit: 10, minDegree: 3, width: 1000, height: 600 };

  it('labels the best-connected notes with their whole title, and only those with enough links', () => {
    const nodes = [
      { id: 'hub', group: 'g', x: 300, y: 300, degree: 12 },
      { id: 'far', group: 'g', x: 700, y: 200, degree: 5 },
      { id: 'small', group: 'g', x: 500, y: 500, degree: 1 },
    ];
    const labels = hubLabels(nodes, titleOf, options);
    expect([...labels.keys()]).toEqual(['hub', 'far']);
    expect(labels.get('far')!.lines.join(' ')).toBe('Far away and well linked');
    // First choice: centred below the dot.
    expect(labels.get('hub')).toMatchObject({ x: 300, anchor: 'middle' });
    expect(labels.get('hub')!.y).toBeGreaterThan(300 + nodeRadius(12));
  });

  it('moves a label to another side when the first covers a dot or a label, and skips a note with no free side', () => {
    const nodes = [
      { id: 'hub', group: 'g', x: 300, y: 300, degree: 12 },
      // Just below the hub: the hub's label goes above instead.
      { id: 'small', group: 'g', x: 300, y: 330, degree: 1 },
    ];
    const labels = hubLabels(nodes, titleOf, options);
    expect(labels.get('hub')!.y).toBeLessThan(300);

    // A ring of dots on every side leaves the hub no place: it is left for hover and focus.
    const ring = [
      { id: 'hub', group: 'g', x: 300, y: 300, degree: 12 },
      ...[[300, 330], [300, 270], [340, 300], [260, 300]].map(([x, y], index) => ({ id: `n${index}`, group: 'g', x, y, degree: 1 })),
    ];
    expect(hubLabels(ring, titleOf, options).has('hub')).toBe(false);
  });

  it('keeps labels inside the canvas and apart, and stops at the limit', () => {
    const nodes = [
      { id: 'edge', group: 'g', x: 990, y: 590, degree: 9 },
      { id: 'hub', group: 'g', x: 300, y: 300, degree: 12 },
      { id: 'close', group: 'g', x: 300, y: 318, degree: 8 },
    ];
    const labels = hubLabels(nodes, titleOf, options);
    // At the bottom-right corner only the left side fits.
    expect(labels.get('edge')).toMatchObject({ anchor: 'end' });
    expect(labels.size).toBeGreaterThanOrEqual(2);
    expect(hubLabels(nodes, titleOf, { ...options, limit: 1 }).size).toBe(1);
  });
});
