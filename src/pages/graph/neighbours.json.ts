import type { APIRoute } from 'astro';
import { loadSiteGarden } from '../../data/site-garden.ts';

/** Each note's neighbours, for highlighting them on the graph page; fetched only when a reader points at a node. */
export const GET: APIRoute = async () => {
  const garden = await loadSiteGarden();
  const neighbours = Object.fromEntries([...garden.neighbours].map(([slug, set]) => [slug, [...set].sort()]));
  return new Response(JSON.stringify(neighbours), { headers: { 'Content-Type': 'application/json' } });
};
