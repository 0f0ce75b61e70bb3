import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteGarden } from '../../data/garden.ts';
import { kindLabel } from '../../lib/labels.ts';
import { openingOf } from '../../lib/passages.ts';

/** What a link preview shows: a few hundred bytes per note, fetched only when a reader lingers on a link. */
export interface NotePreview {
  title: string;
  kind: string;
  summary: string;
  opening: string;
}

export const getStaticPaths = (async () => {
  const garden = await loadSiteGarden();
  return garden.notes.map((note) => ({ params: { slug: note.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const garden = await loadSiteGarden();
  const note = garden.noteBySlug.get(params.slug ?? '');
  if (!note) return new Response(null, { status: 404 });
  const titleOf = (slug: string) => garden.noteBySlug.get(slug)?.data.title ?? slug;
  const preview: NotePreview = {
    title: note.data.title,
    kind: kindLabel(note.data.kind),
    summary: note.data.summary,
    opening: openingOf(note.body ?? '', garden.graph.links.get(note.id) ?? [], titleOf),
  };
  return new Response(JSON.stringify(preview), { headers: { 'Content-Type': 'application/json' } });
};
