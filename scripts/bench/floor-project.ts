import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, type SyntheticNote } from './synthetic-garden.ts';

/**
 * The bare projects the garden is compared with. None has a garden feature (no validation, no wikilink
 * resolution, no backlinks, hubs, graph, previews, search synonyms or offline copy); they differ only in how the
 * note bodies become HTML:
 * - mdx: every note is MDX, as in the issue's reference figure for bare Astro + MDX;
 * - unified: every note is Markdown rendered by the unified processor with remark-gfm, the garden's own fixed
 *   pipeline, so garden ÷ this floor is the cost of the garden's features alone;
 * - default: every note is Markdown rendered by Astro 7's default processor (Sätteri), as a Markdown-only
 *   site such as Starlight's reference build renders it; the garden cannot use it, since its stack fixes remark-gfm.
 */
export const FLOOR_KINDS = ['mdx', 'unified', 'default'] as const;
export type FloorKind = (typeof FLOOR_KINDS)[number];

export const FLOOR_LABELS: Record<FloorKind, string> = {
  mdx: 'bare Astro + MDX',
  unified: 'bare Astro + Markdown through unified + remark-gfm',
  default: "bare Astro + Markdown through Astro's default processor",
};

const MARKDOWN_PROCESSOR: Record<FloorKind, { imports: string; option: string }> = {
  mdx: { imports: '', option: '' },
  unified: {
    imports: "import { unified } from '@astrojs/markdown-remark';\nimport remarkGfm from 'remark-gfm';\n",
    // The same processor options as the garden's astro.config.mjs, without its own plugins.
    option: 'processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm] }), ',
  },
  default: { imports: '', option: '' },
};

const config = (kind: FloorKind) => `import mdx from '@astrojs/mdx';
${MARKDOWN_PROCESSOR[kind].imports}import { defineConfig } from 'astro/config';
export default defineConfig({ integrations: [mdx()], markdown: { ${MARKDOWN_PROCESSOR[kind].option}syntaxHighlight: false }, devToolbar: { enabled: false } });
`;

const collections = (extension: string) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = {
  notes: defineCollection({ loader: glob({ pattern: '*.${extension}', base: './notes' }), schema: z.object({ title: z.string() }) }),
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
 * Writes a floor project of the given kind: the same note bodies as the garden, wikilinks left as plain text and
 * components dropped. Pagefind is then run over its output separately.
 */
export function writeFloorProject(dir: string, notes: SyntheticNote[], kind: FloorKind): void {
  const extension = kind === 'mdx' ? 'mdx' : 'md';
  mkdirSync(join(dir, 'notes'), { recursive: true });
  mkdirSync(join(dir, 'src', 'pages', 'notes'), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{ "name": "garden-floor", "private": true, "type": "module" }\n');
  writeFileSync(join(dir, 'astro.config.mjs'), config(kind));
  writeFileSync(join(dir, 'src', 'content.config.ts'), collections(extension));
  writeFileSync(join(dir, 'src', 'pages', 'notes', '[slug].astro'), NOTE_PAGE);
  writeFileSync(join(dir, 'src', 'pages', 'index.astro'), INDEX_PAGE);
  for (const note of notes) {
    const body = note.body.replace(/^<[A-Z].*\/>$/gm, '');
    writeFileSync(join(dir, 'notes', `${note.slug}.${extension}`), `---\ntitle: ${note.title}\n---\n\n${body}\n`);
  }
}
