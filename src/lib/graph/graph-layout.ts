import { createHash } from 'node:crypto';
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';

/** A note in the garden graph: its slug, the topic it is coloured by, and its undirected neighbours. */
export interface GraphNode {
  id: string;
  group: string;
}

export interface PlacedNode extends GraphNode {
  x: number;
  y: number;
  /** Number of distinct notes it is linked with, either way. */
  degree: number;
}

export interface GraphLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  /** Each undirected link once, as a pair of node ids. */
  edges: [string, string][];
}

/** Undirected, de-duplicated edges from each note's outgoing links, dropping links to unknown notes. */
export function undirectedEdges(outgoing: Map<string, string[]>): [string, string][] {
  const seen = new Set<string>();
  const edges: [string, string][] = [];
  for (const [from, targets] of outgoing) {
    for (const to of targets) {
      if (to === from || !outgoing.has(to)) continue;
      const pair: [string, string] = from < to ? [from, to] : [to, from];
      const key = pair.join('\n');
      if (!seen.has(key)) {
        seen.add(key);
        edges.push(pair);
      }
    }
  }
  return edges;
}

/** Everything the garden's layout depends on. */
export interface LayoutInput {
  nodes: GraphNode[];
  edges: [string, string][];
}

/**
 * The notes in title order, each with the topic it is coloured by, and every link once in a fixed order, so
 * that two readings of the same garden (the build's worker thread and the pages) give equal inputs.
 */
export function layoutInput(notes: { slug: string; data: { title: string; topics: readonly string[] } }[], outgoing: Map<string, string[]>): LayoutInput {
  const ordered = [...notes].sort((a, b) => a.data.title.localeCompare(b.data.title) || a.slug.localeCompare(b.slug));
  const edges = undirectedEdges(outgoing).sort(([a1, b1], [a2, b2]) => a1.localeCompare(a2) || b1.localeCompare(b2));
  return { nodes: ordered.map((note) => ({ id: note.slug, group: note.data.topics[0] })), edges };
}

/** A digest of a layout's input: a layout computed elsewhere is used only for the very same garden. */
export const layoutKey = (input: LayoutInput) => createHash('sha256').update(JSON.stringify(input)).digest('hex');

/** A 4:3 canvas whose area grows with the number of notes, so that density stays readable. */
export function canvasSize(notes: number): { width: number; height: number } {
  const width = Math.round(Math.max(960, 75 * Math.sqrt(notes)));
  return { width, height: Math.round(width * 0.75) };
}

interface SimulatedNode extends SimulationNodeDatum, GraphNode {}

/**
 * A force-directed layout computed once at build time (d3-force, Barnes–Hut many-body, so each tick is
 * O(n log n)). Notes are drawn gently towards their topic's corner so colours form regions. d3-force seeds
 * its own random source, so the same garden always gives the same picture. Coordinates are fitted into
 * the canvas of `canvasSize`.
 */
export function layoutGraph(nodes: GraphNode[], edges: [string, string][], groups: readonly string[]): GraphLayout {
  const { width, height } = canvasSize(nodes.length);
  const degree = new Map(nodes.map((node) => [node.id, 0]));
  for (const [a, b] of edges) {
    degree.set(a, (degree.get(a) ?? 0) + 1);
    degree.set(b, (degree.get(b) ?? 0) + 1);
  }
  const anchor = (group: string) => {
    const angle = (2 * Math.PI * Math.max(0, groups.indexOf(group))) / Math.max(1, groups.length) - Math.PI / 4;
    return { x: Math.cos(angle) * width * 0.18, y: Math.sin(angle) * width * 0.14 };
  };
  const simulated: SimulatedNode[] = nodes.map((node) => ({ ...node }));
  const links = edges.map(([source, target]) => ({ source, target }));
  // A full 300-tick cooling up to two hundred notes, where every title is read; beyond that fewer, larger
  // steps (114 at 1,000 notes, 43 at 5,000, 30 from about 9,000) keep the layout a small part of the build.
  const ticks = Math.round(Math.min(300, Math.max(30, 300 * Math.pow(200 / Math.max(1, nodes.length), 0.6))));
  const simulation = forceSimulation(simulated)
    .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
    .force('link', forceLink<SimulatedNode, { source: string; target: string }>(links).id((node) => node.id).distance(34).strength(0.25))
    .force('charge', forceManyBody<SimulatedNode>().strength(-70).distanceMax(width / 3).theta(0.9))
    .force('x', forceX<SimulatedNode>((node) => anchor(node.group).x).strength(0.06))
    .force('y', forceY<SimulatedNode>((node) => anchor(node.group).y).strength(0.06))
    .stop();
  // Keeping nodes apart matters while titles are readable; in gardens of thousands it costs more than it shows.
  if (nodes.length <= 500) simulation.force('collide', forceCollide<SimulatedNode>(10));
  simulation.tick(ticks);

  const padding = 40;
  const xs = simulated.map((node) => node.x ?? 0);
  const ys = simulated.map((node) => node.y ?? 0);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((width - 2 * padding) / Math.max(1, maxX - minX), (height - 2 * padding) / Math.max(1, maxY - minY));
  const offsetX = (width - (maxX - minX) * scale) / 2;
  const offsetY = (height - (maxY - minY) * scale) / 2;
  return {
    width,
    height,
    edges,
    nodes: simulated.map((node) => ({
      id: node.id,
      group: node.group,
      degree: degree.get(node.id) ?? 0,
      x: Math.round(((node.x ?? 0) - minX) * scale + offsetX),
      y: Math.round(((node.y ?? 0) - minY) * scale + offsetY),
    })),
  };
}

/** One `d` attribute drawing every edge: far smaller than an element per edge in a garden of thousands. */
export function edgePath(edges: [string, string][], position: Map<string, { x: number; y: number }>): string {
  return edges
    .flatMap(([a, b]) => {
      const from = position.get(a);
      const to = position.get(b);
      return from && to ? [`M${from.x} ${from.y}L${to.x} ${to.y}`] : [];
    })
    .join('');
}

/** Node radius by how connected a note is, within a readable range. */
export const nodeRadius = (degree: number) => Math.round(Math.min(14, 4 + Math.sqrt(degree) * 1.6) * 10) / 10;

/** A rectangle in the graph's coordinates. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Where a node's label starts and which way it runs: beside the dot, and on its left near the right edge
 * (around a centre, on the side away from the centre, so labels point outwards).
 */
export function labelPlacement(node: { x: number; y: number }, radius: number, width: number, centred: boolean): { x: number; anchor: 'start' | 'end' } {
  const leftSide = centred ? node.x < width / 2 - 1 : node.x > width * 0.7;
  return { x: leftSide ? node.x - radius - 4 : node.x + radius + 4, anchor: leftSide ? 'end' : 'start' };
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const dotBox = (node: PlacedNode): Box => {
  const r = nodeRadius(node.degree);
  return { left: node.x - r, right: node.x + r, top: node.y - r, bottom: node.y + r };
};

/** Words of a title in lines of at most `max` characters (a longer word keeps a line of its own), never cut. */
export function wrapTitle(title: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of title.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** A whole title drawn beside its dot: its lines, where the first line's baseline starts, and its alignment. */
export interface NodeLabel {
  lines: string[];
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface HubLabelOptions {
  /** At most this many labels. */
  limit: number;
  /** Notes with fewer links get no permanent label. */
  minDegree: number;
  width: number;
  height: number;
  /** Characters a line; titles wrap at words, up to `maxLines` lines. */
  lineLength?: number;
  maxLines?: number;
  /** Average width of a character and height of a line, in the graph's units (13px text). */
  charWidth?: number;
  lineHeight?: number;
}

/**
 * Whole-title labels for the hubs and best-connected notes of the garden graph, so they read at a glance.
 * The best-connected are placed first; each tries below, above, right of and left of its dot, and takes the
 * first place inside the canvas that covers no label already placed and no other dot. A note with no such
 * place (or a title longer than `maxLines` lines) shows its title on hover and focus instead; no title is cut.
 */
export function hubLabels(nodes: PlacedNode[], titleOf: (id: string) => string, options: HubLabelOptions): Map<string, NodeLabel> {
  const { limit, minDegree, width, height, lineLength = 24, maxLines = 3, charWidth = 7.2, lineHeight = 15 } = options;
  const ranked = nodes.filter((node) => node.degree >= minDegree).sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id));
  const placed: Box[] = [];
  const labels = new Map<string, NodeLabel>();
  for (const node of ranked) {
    if (labels.size === limit) break;
    const lines = wrapTitle(titleOf(node.id), lineLength);
    if (lines.length > maxLines) continue;
    const r = nodeRadius(node.degree);
    const w = Math.max(...lines.map((line) => line.length)) * charWidth;
    const h = lines.length * lineHeight;
    // The first baseline sits about three quarters of a line below the top of the label's box.
    const ascent = lineHeight * 0.75;
    const below = node.y + r + 2;
    const above = node.y - r - 2 - h;
    const middle = node.y - h / 2;
    const candidates: { label: NodeLabel; box: Box }[] = [
      { label: { lines, x: node.x, y: below + ascent, anchor: 'middle' }, box: { left: node.x - w / 2, right: node.x + w / 2, top: below, bottom: below + h } },
      { label: { lines, x: node.x, y: above + ascent, anchor: 'middle' }, box: { left: node.x - w / 2, right: node.x + w / 2, top: above, bottom: above + h } },
      { label: { lines, x: node.x + r + 4, y: middle + ascent, anchor: 'start' }, box: { left: node.x + r + 4, right: node.x + r + 4 + w, top: middle, bottom: middle + h } },
      { label: { lines, x: node.x - r - 4, y: middle + ascent, anchor: 'end' }, box: { left: node.x - r - 4 - w, right: node.x - r - 4, top: middle, bottom: middle + h } },
    ];
    const free = candidates.find(({ box }) =>
      box.left >= 0 && box.top >= 0 && box.right <= width && box.bottom <= height &&
      !placed.some((other) => overlaps(box, other)) &&
      !nodes.some((other) => other !== node && overlaps(box, dotBox(other))),
    );
    if (!free) continue;
    placed.push(free.box);
    labels.set(node.id, { ...free.label, x: Math.round(free.label.x), y: Math.round(free.label.y) });
  }
  return labels;
}

/**
 * A title cut at a word to fit beside a node. The visible words stay a prefix of the note's title, which is
 * the link's accessible name (WCAG 2.5.3); the ellipsis is drawn separately, hidden from assistive technology.
 */
export function shortLabel(title: string, max = 28): { text: string; cut: boolean } {
  if (title.length <= max) return { text: title, cut: false };
  const start = title.slice(0, max);
  const whole = /\s/.test(title[max]) ? start : start.replace(/\s+\S*$/, '');
  // A bracket left open would make the visible words differ from the name's.
  const closed = (whole.match(/\(/g) ?? []).length > (whole.match(/\)/g) ?? []).length ? whole.slice(0, whole.lastIndexOf('(')) : whole;
  return { text: closed.replace(/[\s,;:]+$/, ''), cut: true };
}
