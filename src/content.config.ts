import { defineCollection } from 'astro:content';
import { linkAware } from './integrations/link-aware-loader.ts';
import { readableOnly } from './integrations/readable-only-loader.ts';

// The collections render note and hub bodies, and nothing more: pages read every field from the garden's own
// content model (src/data/site-garden.ts), which the content check validated, so the collections carry no schema of
// their own. Only files that model can read reach the content layer (see readable-only-loader.ts).
// A note's id is its file name, as the model's slug, so notes can be moved between sub-folders without breaking links.
const fileName = ({ entry }: { entry: string }) => entry.replace(/^.*\//, '').replace(/\.(mdx?|ya?ml)$/, '');

export const collections = {
  notes: defineCollection({ loader: linkAware(readableOnly({ pattern: '**/*.{md,mdx}', base: './content/notes', generateId: fileName })) }),
  topics: defineCollection({ loader: linkAware(readableOnly({ pattern: '*.{md,mdx}', base: './content/topics', generateId: fileName })) }),
};
