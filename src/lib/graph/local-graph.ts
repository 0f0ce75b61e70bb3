/** A note in a local graph: how many hops from the centre it is, and where it is drawn. */
export interface LocalNode {
  id: string;
  hop: 0 | 1 | 2;
  x: number;
  y: number;
}

export interface LocalGraph {
  width: number;
  height: number;
  nodes: LocalNode[];
  /** Links from the note to its neighbours and from each second-hop note to the neighbour that leads to it. */
  edges: [string, string][];
  /** The other links among the notes drawn, which a picture shows fainter so the rings stay readable. */
  crossEdges: [string, string][];
  /** Direct neighbours left out to keep the picture legible (they are still listed on the page). */
  hidden: number;
}

export interface LocalGraphOptions {
  /** Most direct neighbours drawn. */
  maxFirstHop: number;
  /** Most notes drawn in all; second-hop notes fill what the first hop leaves. */
  maxNodes: number;
  width: number;
  height: number;
}

const DEFAULTS: LocalGraphOptions = { maxFirstHop: 10, maxNodes: 18, width: 720, height: 420 };

/** Undirected neighbours of every note from each note's outgoing links. */
export function neighboursOf(outgoing: Map<string, string[]>): Map<string, Set<string>> {
  const neighbours = new Map<string, Set<string>>([...outgoing.keys()].map((slug) => [slug, new Set<string>()]));
  for (const [from, targets] of outgoing) {
    for (const to of targets) {
      if (to === from || !neighbours.has(to)) continue;
      neighbours.get(from)?.add(to);
      neighbours.get(to)?.add(from);
    }
  }
  return neighbours;
}

/**
 * The neighbourhood of one note in rings: the note in the middle, its direct neighbours on an ellipse
 * around it (best-connected first), and, while room remains, second-hop notes on an outer ellipse near
 * the neighbour that leads to them. Work is proportional to the neighbourhood, not to the garden.
 */
export function localGraph(centre: string, neighbours: Map<string, Set<string>>, options: Partial<LocalGraphOptions> = {}): LocalGraph {
  const { maxFirstHop, maxNodes, width, height } = { ...DEFAULTS, ...options };
  const degree = (slug: string) => neighbours.get(slug)?.size ?? 0;
  const byConnection = (a: string, b: string) => degree(b) - degree(a) || a.localeCompare(b);
  const direct = [...(neighbours.get(centre) ?? [])].sort(byConnection);
  const first = direct.slice(0, maxFirstHop);
  const shown = new Set([centre, ...first]);
  const second: { id: string; via: number }[] = [];
  // Round-robin over the direct neighbours, so the second hop spreads around the ring.
  const queues = first.map((neighbour) => [...(neighbours.get(neighbour) ?? [])].sort(byConnection));
  for (let progress = true; progress && shown.size < maxNodes; ) {
    progress = false;
    queues.forEach((queue, via) => {
      let next = queue.shift();
      while (next !== undefined && shown.has(next)) next = queue.shift();
      if (next === undefined || shown.size >= maxNodes) return;
      shown.add(next);
      second.push({ id: next, via });
      progress = true;
    });
  }

  const cx = width / 2;
  const cy = height / 2;
  const ring = (fraction: number, angle: number) => ({
    x: Math.round(cx + Math.cos(angle) * (width / 2 - 20) * fraction),
    y: Math.round(cy + Math.sin(angle) * (height / 2 - 20) * fraction),
  });
  const step = (2 * Math.PI) / Math.max(1, first.length);
  const nodes: LocalNode[] = [
    { id: centre, hop: 0, x: cx, y: cy },
    ...first.map((id, index): LocalNode => ({ id, hop: 1, ...ring(0.5, index * step - Math.PI / 2) })),
  ];
  const perParent = new Map<number, number>();
  for (const { id, via } of second) {
    const rank = perParent.get(via) ?? 0;
    perParent.set(via, rank + 1);
    const offset = (rank % 2 ? 1 : -1) * Math.ceil(rank / 2) * Math.min(step / 3, 0.3);
    nodes.push({ id, hop: 2, ...ring(0.95, via * step - Math.PI / 2 + offset) });
  }
  const pair = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);
  const edges = [...first.map((id) => pair(centre, id)), ...second.map(({ id, via }) => pair(first[via], id))];
  const drawn = new Set(edges.map((edge) => edge.join('\n')));
  const crossEdges: [string, string][] = [];
  for (const node of nodes) {
    for (const other of neighbours.get(node.id) ?? []) {
      if (node.id < other && shown.has(other) && !drawn.has(`${node.id}\n${other}`)) crossEdges.push([node.id, other]);
    }
  }
  return { width, height, nodes, edges, crossEdges, hidden: direct.length - first.length };
}
