import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { linkAware } from './integrations/link-aware-loader.ts';
import { hubSchema, noteSchema, pathSchema, sourceSchema } from './lib/schema.ts';

// A note's id is its file name, so notes can be moved between sub-folders without breaking links.
const fileName = ({ entry }: { entry: string }) => entry.replace(/^.*\//, '').replace(/\.(mdx?|ya?ml)$/, '');

export const collections = {
  notes: defineCollection({ loader: linkAware(glob({ pattern: '**/*.{md,mdx}', base: './content/notes', generateId: fileName })), schema: noteSchema }),
  sources: defineCollection({ loader: glob({ pattern: '*.{yaml,yml}', base: './content/sources', generateId: fileName }), schema: sourceSchema }),
  topics: defineCollection({ loader: linkAware(glob({ pattern: '*.{md,mdx}', base: './content/topics', generateId: fileName })), schema: hubSchema }),
  paths: defineCollection({ loader: glob({ pattern: '*.{yaml,yml}', base: './content/paths', generateId: fileName }), schema: pathSchema }),
};
