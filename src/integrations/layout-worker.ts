// Entry point of the worker thread that lays out the garden's graph while Astro renders Markdown on the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { buildLinkGraph } from '../lib/garden.ts';
import { layoutGraph, layoutInput, layoutKey } from '../lib/graph-layout.ts';
import { loadGarden } from '../lib/load-content.ts';
import { TOPICS } from '../lib/schema.ts';
import type { KeyedLayout } from './precomputed-layout.ts';

const { notes } = loadGarden((workerData as { root: string }).root);
const input = layoutInput(notes, buildLinkGraph(notes).outgoing);
const result: KeyedLayout = { key: layoutKey(input), layout: layoutGraph(input.nodes, input.edges, TOPICS) };
parentPort?.postMessage(result);
