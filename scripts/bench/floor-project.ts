import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, type SyntheticNote } from './synthetic-garden.ts';

const CONFIG = `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
export default defineConfig({ integrations: [mdx()], markdown: { syntaxHighlight: false }, devToolbar: { enabled: false } });
`;

const COLLECTIONS = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = {
  notes: defineCollection({ loader: glob({ pattern: '*.mdx', base: './notes' }), schema: z.object({ title: z.string() }) }),
};
`;

const NOTE_PAGE = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('notes')).map((note) => ({ params: { slug: note.id }, props: { note } }));
}
const { note } = Astro.props;
const { Content } = await render(note);
---
<html lang="en"><head><meta charset="utf-8"><title>{note.data.title}</title></head>
<body><main data-pagefind-body><h1>{note.data.title}</h1><Content /></main></body></html>
`;

const INDEX_PAGE = `---
import { getCollection } from 'astro:content';
const notes = await getCollection('notes');
---
<html lang="en"><head><meta charset="utf-8"><title>Notes</title></head>
<body><ul>{notes.map((note) => <li><a href={\`/notes/\${note.id}/\`}>{note.data.title}</a></li>)}</ul></body></html>
`;

/**
 * The floor the garden is compared with: a bare Astro + MDX project (no garden features: no validation,
 * no wikilink resolution, no backlinks, hubs or layout) that renders the same note bodies, wikilinks left as
 * plain text and components dropped. Pagefind is then run over its output separately.
 */
export function writeFloorProject(dir: string, notes: SyntheticNote[]): void {
  mkdirSync(join(dir, 'notes'), { recursive: true });
  mkdirSync(join(dir, 'src', 'pages', 'notes'), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{ "name": "garden-floor", "private": true, "type": "module" }\n');
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src', 'content.config.ts'), COLLECTIONS);
  writeFileSync(join(dir, 'src', 'pages', 'notes', '[slug].astro'), NOTE_PAGE);
  writeFileSync(join(dir, 'src', 'pages', 'index.astro'), INDEX_PAGE);
  for (const note of notes) {
    const body = note.body.replace(/^<[A-Z].*\/>$/gm, '');
    writeFileSync(join(dir, 'notes', `${note.slug}.mdx`), `---\ntitle: ${note.title}\n---\n\n${body}\n`);
  }
}
