// The preview files of `astro dev`, served from the same content model the build writes them from.
import { fileURLToPath } from 'node:url';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { GardenNote } from '../../lib/content/model.ts';
import { ContentError, loadGarden } from '../../lib/content/load-content.ts';
import { notePreviews } from '../../lib/links/previews.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The notes that can be read: while one note is broken (the dev server reports it), the others keep their previews. */
function readableNotes(): GardenNote[] {
  try {
    return loadGarden(root).notes;
  } catch (error) {
    if (error instanceof ContentError) return error.readable.notes;
    throw error;
  }
}

export const getStaticPaths = (() => readableNotes().map((note) => ({ params: { slug: note.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const slug = params.slug ?? '';
  const preview = notePreviews(readableNotes(), new Set([slug])).get(slug);
  return preview ? Response.json(preview) : new Response(null, { status: 404 });
};
