// The preview files of `astro dev`, served from the same content model the build writes them from.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadGarden } from '../../lib/load-content.ts';
import { notePreviews } from '../../lib/previews.ts';

const previews = () => notePreviews(loadGarden(process.cwd()).notes);

export const getStaticPaths = (() => [...previews().keys()].map((slug) => ({ params: { slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const preview = previews().get(params.slug ?? '');
  return preview ? Response.json(preview) : new Response(null, { status: 404 });
};
