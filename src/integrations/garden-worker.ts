// Entry point of the worker thread that reads the note bodies, checks the content and lays out the garden's graph
// while Astro works on the main thread (see background-work.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { buildLinkGraph, linkGraphKey } from '../lib/links/link-graph.ts';
import { byTitle } from '../lib/content/model.ts';
import { layoutGraph, layoutInput, layoutKey } from '../lib/graph/graph-layout.ts';
import { checkGarden } from '../lib/checks/check-garden.ts';
import { readableGarden } from '../lib/content/load-content.ts';
import { TOPICS } from '../lib/content/schema.ts';
import { formatOfFile } from '../lib/markdown/markdown-tree.ts';
import { syntaxRead } from '../lib/markdown/note-syntax.ts';
import { readBodiesWithCache, syntaxCacheCode } from './syntax-cache.ts';
import type { GardenWorkerMessage } from './background-work.ts';

const post = (message: GardenWorkerMessage) => parentPort?.postMessage(message);
const { root, syntaxCache } = workerData as { root: string; syntaxCache: string };

// The note bodies first: Astro renders no note before the main thread has what was read from them (their
// headings are in every note's cache digest, see link-aware-loader.ts). Then the check, which the build waits
// for before writing pages, and which reuses those reads; then the link graph, which the first page asks for,
// in the pages' order of notes; the layout last, which only the graph pages wait for. Bodies read by an earlier
// build come from the cache (syntax-cache.ts).
const bodies = readableGarden(root).notes.map((note) => ({ body: note.body, format: formatOfFile(note.file) }));
const reads = readBodiesWithCache(bodies, syntaxCache, syntaxCacheCode(root));
post({ syntax: syntaxRead() });
const { garden, problems } = checkGarden(root);
post({ problems });
if (garden) {
  const notes = [...garden.notes].sort(byTitle);
  const graph = buildLinkGraph(notes);
  post({ linkGraph: { key: linkGraphKey(notes), graph } });
  const input = layoutInput(notes, graph.outgoing);
  post({ layout: { key: layoutKey(input), layout: layoutGraph(input.nodes, input.edges, TOPICS) } });
}
// Kept for the next build last: nothing of this build waits for it.
reads.save();
