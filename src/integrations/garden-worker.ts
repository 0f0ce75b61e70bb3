// Entry point of the worker thread that checks the content and lays out the garden's graph while Astro renders
// Markdown on the main thread (see background-work.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { buildLinkGraph, linkGraphKey } from '../lib/links/link-graph.ts';
import { byTitle } from '../lib/content/model.ts';
import { layoutGraph, layoutInput, layoutKey } from '../lib/graph/graph-layout.ts';
import { checkGarden } from '../lib/checks/check-garden.ts';
import { TOPICS } from '../lib/content/schema.ts';
import { keepSyntax } from '../lib/markdown/note-syntax.ts';
import type { GardenWorkerData, GardenWorkerMessage } from './background-work.ts';

const post = (message: GardenWorkerMessage) => parentPort?.postMessage(message);
const { root, syntax } = workerData as GardenWorkerData;
keepSyntax(syntax);

// The check first: the build waits for it before rendering pages; then the link graph, which the first page
// asks for, in the pages' order of notes; the layout last, which only the graph pages wait for.
const { garden, problems } = checkGarden(root);
post({ problems });
if (garden) {
  const notes = [...garden.notes].sort(byTitle);
  const graph = buildLinkGraph(notes);
  post({ linkGraph: { key: linkGraphKey(notes), graph } });
  const input = layoutInput(notes, graph.outgoing);
  post({ layout: { key: layoutKey(input), layout: layoutGraph(input.nodes, input.edges, TOPICS) } });
}
