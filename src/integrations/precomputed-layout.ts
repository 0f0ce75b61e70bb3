import type { GraphLayout } from '../lib/graph-layout.ts';

/** Where a build keeps the layout its worker thread computes: pages render in Astro's bundled copy of the code. */
const LAYOUT = Symbol.for('tpm-garden.precomputed-layout');

export interface KeyedLayout {
  /** `layoutKey` of the input it was computed from. */
  key: string;
  layout: GraphLayout;
}

type LayoutHolder = { [LAYOUT]?: Promise<KeyedLayout | undefined> };

/** Makes a layout being computed (see garden-worker.ts) available to the pages of this build. */
export function shareLayout(layout: Promise<KeyedLayout | undefined>): void {
  (globalThis as LayoutHolder)[LAYOUT] = layout;
}

/** The shared layout, if one was computed for exactly the input with this key; otherwise the page computes its own. */
export async function precomputedLayout(key: string): Promise<GraphLayout | undefined> {
  const shared = await (globalThis as LayoutHolder)[LAYOUT];
  return shared?.key === key ? shared.layout : undefined;
}
