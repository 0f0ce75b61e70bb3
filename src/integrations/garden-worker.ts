// Entry point of the worker thread that checks the content and lays out the garden's graph while Astro renders
// Markdown on the main thread (see background-work.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { buildLinkGraph } from '../lib/links/link-graph.ts';
import { layoutGraph, layoutInput, layoutKey } from '../lib/graph/graph-layout.ts';
import { checkGarden } from '../lib/checks/check-garden.ts';
import { TOPICS } from '../lib/content/schema.ts';
import type { GardenWorkerMessage } from './background-work.ts';

const post = (message: GardenWorkerMessage) => parentPort?.postMessage(message);

// The check first: the build waits for it before rendering pages, and for the layout only at the graph page.
const { garden, problems } = checkGarden((workerData as { root: string }).root);
post({ problems });
if (garden) {
  const input = layoutInput(garden.notes, buildLinkGraph(garden.notes).outgoing);
  post({ layout: { key: layoutKey(input), layout: layoutGraph(input.nodes, input.edges, TOPICS) } });
}
