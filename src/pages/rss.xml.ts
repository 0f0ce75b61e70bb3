import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { changesOf } from '../data/changes.ts';
import { loadSiteGarden } from '../data/site-garden.ts';
import { noteHref } from '../lib/content/urls.ts';

/** New and updated notes, newest first, each dated by its last change. */
export async function GET(context: APIContext) {
  const garden = await loadSiteGarden();
  const base = import.meta.env.BASE_URL;
  const site = context.site ?? new URL(context.url.origin);
  return rss({
    title: 'TPM Garden: new and updated notes',
    description: 'Short, linked, cited notes on the Technical Program Manager role, as they are added and revised.',
    site: new URL(base, site).href,
    items: changesOf(garden).flatMap(({ slug, date, isNew }) => {
      const note = garden.noteBySlug.get(slug);
      if (!note) return [];
      return [
        {
          title: `${isNew ? 'New' : 'Updated'}: ${note.data.title}`,
          description: note.data.summary,
          link: new URL(noteHref(base, slug), site).href,
          pubDate: new Date(date),
          categories: note.data.topics,
        },
      ];
    }),
  });
}
