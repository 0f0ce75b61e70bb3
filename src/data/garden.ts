import { statSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildLinkGraph, type GardenNote, type LinkGraph } from '../lib/garden.ts';
import { lastChangedDates } from '../lib/git-dates.ts';
import { layoutGraph, layoutInput, layoutKey, type GraphLayout } from '../lib/graph-layout.ts';
import { neighboursOf } from '../lib/local-graph.ts';
import { relatedNotes, type RelatedNote } from '../lib/related.ts';
import { TOPICS, type Topic } from '../lib/schema.ts';
import { precomputedLayout } from '../integrations/precomputed-layout.ts';

export type NoteEntry = CollectionEntry<'notes'>;
export type SourceEntry = CollectionEntry<'sources'>;
export type HubEntry = CollectionEntry<'topics'>;
export type PathEntry = CollectionEntry<'paths'>;

export interface SiteGarden {
  notes: NoteEntry[];
  noteBySlug: Map<string, NoteEntry>;
  sources: SourceEntry[];
  sourceById: Map<string, SourceEntry>;
  hubs: Map<Topic, HubEntry>;
  paths: PathEntry[];
  graph: LinkGraph;
  /** Notes linked with each note, either way. */
  neighbours: Map<string, Set<string>>;
  /** Force layout of the whole garden: the build's, computed in a worker thread, or else computed on first use. */
  layout: () => Promise<GraphLayout>;
  /** Notes not linked with a given note that share the most sources, links and topics with it. */
  related: (slug: string, limit?: number) => RelatedNote[];
  /** ISO date of each note's last change: its last commit, else its `updated` field, else the file's modification time. */
  updated: Map<string, string>;
}

const byTitle = (a: NoteEntry, b: NoteEntry) => a.data.title.localeCompare(b.data.title);

function modelNote(entry: NoteEntry): GardenNote {
  return { slug: entry.id, file: entry.filePath ?? entry.id, body: entry.body ?? '', bodyLine: 1, data: entry.data };
}

/** A value computed on first use, then shared by every page that asks for it. */
function lazily<T>(compute: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= compute());
}

/** Changes whenever an entry is added, removed or edited, so `astro dev` sees edits without a restart. */
const signatureOf = (entries: { collection: string; id: string; digest?: string | number }[]) =>
  entries.map((entry) => `${entry.collection}/${entry.id}:${entry.digest ?? ''}`).join('|');

let cached: { signature: string; garden: SiteGarden } | undefined;
let built: Promise<SiteGarden> | undefined;

/** The whole garden as pages need it: computed once per build, and again in development when content changes. */
export function loadSiteGarden(): Promise<SiteGarden> {
  // Shared as a promise: a build renders two pages at a time (astro.config.mjs), and both ask for it first.
  if (!import.meta.env.DEV) return (built ??= currentGarden());
  return currentGarden();
}

async function currentGarden(): Promise<SiteGarden> {
  const collections = await Promise.all([getCollection('notes'), getCollection('sources'), getCollection('topics'), getCollection('paths')]);
  const signature = signatureOf(collections.flat());
  if (cached?.signature !== signature) cached = { signature, garden: assemble(...collections) };
  return cached.garden;
}

function assemble(noteEntries: NoteEntry[], sources: SourceEntry[], hubEntries: HubEntry[], pathEntries: PathEntry[]): SiteGarden {
  const notes = [...noteEntries].sort(byTitle);
  const paths = [...pathEntries].sort((a, b) => a.data.title.localeCompare(b.data.title));
  const modelled = notes.map(modelNote);
  const graph = buildLinkGraph(modelled);
  const neighbours = neighboursOf(graph.outgoing);
  const commits = lastChangedDates(process.cwd(), 'content/notes');
  const updated = new Map(
    notes.map((note) => {
      const file = note.filePath ?? '';
      return [note.id, commits.get(file) ?? note.data.updated?.toISOString() ?? statSync(file).mtime.toISOString()];
    }),
  );
  return {
    notes,
    noteBySlug: new Map(notes.map((note) => [note.id, note])),
    sources,
    sourceById: new Map(sources.map((source) => [source.data.id, source])),
    hubs: new Map(hubEntries.flatMap((hub) => (TOPICS.includes(hub.id as Topic) ? [[hub.id as Topic, hub] as const] : []))),
    paths,
    graph,
    neighbours,
    layout: lazily(async () => {
      const input = layoutInput(modelled, graph.outgoing);
      return (await precomputedLayout(layoutKey(input))) ?? layoutGraph(input.nodes, input.edges, TOPICS);
    }),
    related: relatedNotes(
      notes.map((note) => ({ slug: note.id, topics: note.data.topics, sections: note.data.sources.map((ref) => `${ref.doc}#${ref.section}`) })),
      neighbours,
    ),
    updated,
  };
}
