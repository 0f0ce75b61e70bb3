// Link-graph benchmark: how long the build-time link work takes for synthetic gardens of growing size.
// Times, per garden: the link graph with backlink passages, the global force layout, every note's local
// graph and related notes, and every note's preview opening. Prints figures; asserts nothing.
// Usage: npm run bench:graph [-- --sizes 1000,5000,10000]
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticGarden } from './bench/synthetic-garden.ts';
import { buildLinkGraph, resolvedProseOf } from '../src/lib/links/link-graph.ts';
import { edgePath, layoutGraph, undirectedEdges } from '../src/lib/graph/graph-layout.ts';
import { createResolver } from '../src/lib/links/link-resolution.ts';
import { loadGarden } from '../src/lib/content/load-content.ts';
import { localGraph, neighboursOf } from '../src/lib/graph/local-graph.ts';
import { openingOf } from '../src/lib/markdown/passages.ts';
import { relatedNotes } from '../src/lib/graph/related.ts';
import { TOPICS } from '../src/lib/content/schema.ts';

const args = process.argv.slice(2);
const sizes = args.includes('--sizes') ? args[args.indexOf('--sizes') + 1].split(',').map(Number) : [1000, 5000, 10000];

function timed<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
}

const ms = (value: number) => `${Math.round(value)} ms`;
const rows: string[][] = [['notes', 'links', 'graph + passages', 'layout', 'local graphs', 'related', 'previews', 'edge path']];

for (const size of sizes) {
  const dir = mkdtempSync(join(tmpdir(), `bench-graph-${size}-`));
  try {
    writeSyntheticGarden(dir, { notes: size });
    const { notes } = loadGarden(dir);
    const [graph, graphTime] = timed(() => buildLinkGraph(notes));
    const neighbours = neighboursOf(graph.outgoing);
    const edges = undirectedEdges(graph.outgoing);
    const [layout, layoutTime] = timed(() => layoutGraph(notes.map((note) => ({ id: note.slug, group: note.data.topics[0] })), edges, TOPICS));
    const [, localTime] = timed(() => notes.forEach((note) => localGraph(note.slug, neighbours)));
    const related = relatedNotes(
      notes.map((note) => ({ slug: note.slug, topics: note.data.topics, sections: note.data.sources.map((ref) => `${ref.doc}#${ref.section}`) })),
      neighbours,
    );
    const [, relatedTime] = timed(() => notes.forEach((note) => related(note.slug)));
    const titles = new Map(notes.map((note) => [note.slug, note.data.title]));
    const resolver = createResolver(notes);
    const [, previewTime] = timed(() => notes.forEach((note) => openingOf(resolvedProseOf(note, resolver), (slug) => titles.get(slug) ?? slug)));
    const path = edgePath(layout.edges, new Map(layout.nodes.map((node) => [node.id, node])));
    rows.push([
      String(size),
      String(edges.length),
      ms(graphTime),
      ms(layoutTime),
      ms(localTime),
      ms(relatedTime),
      ms(previewTime),
      `${(path.length / 1024).toFixed(0)} KiB`,
    ]);
    console.log(rows.at(-1)?.join('  '));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Figures mean little without the machine's state: other work on the same cores slows every step alike.
console.log(`\n${cpus().length} cores, load average ${loadavg().map((load) => load.toFixed(1)).join(' ')} at the end`);
const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
console.log(`\n${rows.map((row) => row.map((cell, column) => cell.padStart(widths[column])).join('  ')).join('\n')}`);
