import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GardenNote } from '../lib/garden.ts';
import { notePreviews } from '../lib/previews.ts';
import { previewHref } from '../lib/urls.ts';

/**
 * Writes every note's preview file into a built site. Written directly rather than rendered as one Astro
 * route per note: routes cost about a millisecond each in the build, for files that are plain JSON.
 */
export function writePreviews(site: string, notes: GardenNote[]): number {
  const previews = notePreviews(notes);
  for (const [slug, preview] of previews) {
    const file = join(site, previewHref('/', slug));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(preview));
  }
  return previews.size;
}
