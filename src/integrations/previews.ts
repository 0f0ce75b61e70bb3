import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { GardenNote } from '../lib/content/model.ts';
import { FILES_IN_FLIGHT, forEachInFlight } from '../lib/site/in-flight.ts';
import { notePreviews } from '../lib/links/previews.ts';
import { previewHref } from '../lib/content/urls.ts';

/**
 * Writes every note's preview file into a built site. Written directly rather than rendered as one Astro
 * route per note: routes cost about a millisecond each in the build, for files that are plain JSON. Written
 * asynchronously, so that the build can write them while Pagefind indexes the pages in its own process.
 */
export async function writePreviews(site: string, notes: GardenNote[]): Promise<number> {
  const previews = [...notePreviews(notes)];
  await forEachInFlight(previews, FILES_IN_FLIGHT, async ([slug, preview]) => {
    const file = join(site, previewHref('/', slug));
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(preview));
  });
  return previews.length;
}
