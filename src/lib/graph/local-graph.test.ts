import { describe, expect, it } from 'vitest';
import { localGraph, neighboursOf } from './local-graph.ts';

// centre links to a, b; a links to c; d links to b; e stands apart.
const neighbours = neighboursOf(
  new Map([
    ['centre', ['a', 'b']],
    ['a', ['c']],
    ['b', []],
    ['c', []],
    ['d', ['b']],
    ['e', ['unknown']],
  ]),
);

describe('neighboursOf', () => {
  it('links notes both ways and ignores unknown targets', () => {
    expect([...(neighbours.get('b') ?? [])].sort()).toEqual(['centre', 'd']);
    expect([...(neighbours.get('e') ?? [])]).toEqual([]);
  });
});

describe('localGraph', () => {
  it('draws the note, its direct neighbours and their neighbours, with the edges among them', () => {
    const graph = localGraph('centre', neighbours);
    expect(graph.nodes.map((node) => [node.id, node.hop])).toEqual([['centre', 0], ['a', 1], ['b', 1], ['c', 2], ['d', 2]]);
    expect(graph.edges.sort()).toEqual([['a', 'c'], ['a', 'centre'], ['b', 'centre'], ['b', 'd']]);
    expect(graph.crossEdges).toEqual([]);
    expect(graph.nodes[0]).toMatchObject({ x: graph.width / 2, y: graph.height / 2 });
    expect(graph.hidden).toBe(0);
    for (const node of graph.nodes) {
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.x).toBeLessThanOrEqual(graph.width);
      expect(node.y).toBeGreaterThanOrEqual(0);
      expect(node.y).toBeLessThanOrEqual(graph.height);
    }
  });

  it('caps the first hop and the total, counting what it leaves out', () => {
    const star = neighboursOf(new Map([['hub', Array.from({ length: 30 }, (_, index) => `n${index}`)], ...Array.from({ length: 30 }, (_, index): [string, string[]] => [`n${index}`, []])]));
    const graph = localGraph('hub', star, { maxFirstHop: 10, maxNodes: 15 });
    expect(graph.nodes.filter((node) => node.hop === 1)).toHaveLength(10);
    expect(graph.hidden).toBe(20);
    expect(localGraph('centre', neighbours, { maxNodes: 4 }).nodes.map((node) => node.id)).toEqual(['centre', 'a', 'b', 'c']);
  });

  it('keeps links among neighbours apart from the rings', () => {
    const triangle = neighboursOf(new Map([['x', ['y', 'z']], ['y', ['z']], ['z', []]]));
    const graph = localGraph('x', triangle);
    expect(graph.edges).toEqual([['x', 'y'], ['x', 'z']]);
    expect(graph.crossEdges).toEqual([['y', 'z']]);
  });

  it('draws a note without links alone', () => {
    expect(localGraph('e', neighbours).nodes).toHaveLength(1);
  });
});
