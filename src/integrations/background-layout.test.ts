import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildLinkGraph } from '../lib/garden.ts';
import { layoutGraph, layoutInput, layoutKey } from '../lib/graph-layout.ts';
import { loadGarden } from '../lib/load-content.ts';
import { TOPICS } from '../lib/schema.ts';
import { layOutInBackground } from './background-layout.ts';
import { precomputedLayout, shareLayout } from './precomputed-layout.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the graph layout computed in a worker thread', () => {
  it('is the layout of the garden, keyed by its input', async () => {
    const { notes } = loadGarden(root);
    const input = layoutInput(notes, buildLinkGraph(notes).outgoing);
    const result = await layOutInBackground(root);
    expect(result?.key).toBe(layoutKey(input));
    expect(result?.layout).toEqual(layoutGraph(input.nodes, input.edges, TOPICS));
  }, 30_000);

  it('is handed to the pages only for the garden it was computed from', async () => {
    const { notes } = loadGarden(root);
    const key = layoutKey(layoutInput(notes, buildLinkGraph(notes).outgoing));
    shareLayout(layOutInBackground(join(root, 'tests', 'fixtures')));
    await expect(precomputedLayout(key)).resolves.toBeUndefined();
    shareLayout(layOutInBackground(root));
    await expect(precomputedLayout(key)).resolves.toMatchObject({ nodes: expect.arrayContaining([expect.objectContaining({ id: notes[0].slug })]) });
  }, 30_000);
});
