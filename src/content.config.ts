import { defineCollection } from 'astro:content';
import { linkAware } from './integrations/link-aware-loader.ts';
import { readableOnly } from './integrations/readable-only-loader.ts';
import { hubSchema, noteSchema, pathSchema, sourceSchema } from './lib/schema.ts';

// Only files the garden's own check can read reach the content layer (see readable-only-loader.ts).
// A note's id is its file name, so notes can be moved between sub-folders without breaking links.
const fileName = ({ entry }: { entry: string }) => entry.replace(/^.*\//, '').replace(/\.(mdx?|ya?ml)$/, '');

export const collections = {
  notes: defineCollection({ loader: linkAware(readableOnly({ pattern: '**/*.{md,mdx}', base: './content/notes', generateId: fileName })), schema: noteSchema }),
  sources: defineCollection({ loader: readableOnly({ pattern: '*.{yaml,yml}', base: './content/sources', generateId: fileName }), schema: sourceSchema }),
  topics: defineCollection({ loader: linkAware(readableOnly({ pattern: '*.{md,mdx}', base: './content/topics', generateId: fileName })), schema: hubSchema }),
  paths: defineCollection({ loader: readableOnly({ pattern: '*.{yaml,yml}', base: './content/paths', generateId: fileName }), schema: pathSchema }),
};
