import { statSync } from 'node:fs';
import { getEntry, render } from 'astro:content';
import { byTitle, type Garden, type GardenHub, type GardenNote, type GardenPath, type GardenSource, type LinkGraph } from '../lib/content/model.ts';
import { buildLinkGraph, linkGraphKey } from '../lib/links/link-graph.ts';
import { lastChangedDates } from '../lib/content/git-dates.ts';
import { layoutGraph, layoutInput, layoutKey, type GraphLayout } from '../lib/graph/graph-layout.ts';
import { readableGarden } from '../lib/content/load-content.ts';
import { neighboursOf } from '../lib/graph/local-graph.ts';
import { relatedNotes, type RelatedNote } from '../lib/graph/related.ts';
import { TOPICS, type Topic } from '../lib/content/schema.ts';
import { precomputedLayout, precomputedLinkGraph } from '../integrations/precomputed.ts';

export type NoteEntry = GardenNote;
export type SourceEntry = GardenSource;
export type HubEntry = GardenHub;
export type PathEntry = GardenPath;

/**
 * The garden as pages need it, assembled from the one content model the build reads and checks (loadGarden):
 * Astro's collections only render the bodies of notes and hubs (renderNote, renderHub).
 */
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

/** A value computed on first use, then shared by every page that asks for it. */
function lazily<T>(compute: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= compute());
}

// Per content model: loadGarden hands back the same object while the content folder is unchanged, so a build
// assembles the site's views once, and `astro dev` again after each edit.
// Shared as a promise: a build renders two pages at a time (astro.config.mjs), and both ask for it first.
const assembled = new WeakMap<Garden, Promise<SiteGarden>>();

let built: Promise<SiteGarden> | undefined;

/** The whole garden as pages need it. The files that cannot be read are left out (the content check reports them). */
export function loadSiteGarden(): Promise<SiteGarden> {
  // A build's content does not change while its pages render: no need to look at the folder again for each page.
  if (!import.meta.env.DEV && built) return built;
  const garden = readableGarden(process.cwd());
  let site = assembled.get(garden);
  if (!site) {
    site = assemble(garden);
    assembled.set(garden, site);
  }
  built = site;
  return site;
}

/** A note's body rendered by Astro's content layer (Markdown or MDX), with its headings. */
export async function renderNote(note: NoteEntry) {
  const entry = await getEntry('notes', note.slug);
  if (!entry) throw new Error(`${note.file} is in the garden but not in Astro's notes collection`);
  return render(entry);
}

/** A topic hub's introduction rendered by Astro's content layer. */
export async function renderHub(hub: HubEntry) {
  const entry = await getEntry('topics', hub.topic);
  if (!entry) throw new Error(`${hub.file} is in the garden but not in Astro's topics collection`);
  return render(entry);
}

async function assemble(garden: Garden): Promise<SiteGarden> {
  const notes = [...garden.notes].sort(byTitle);
  // The build's worker thread computed the graph of these very notes while Astro rendered; else it is built here.
  const graph = (await precomputedLinkGraph(linkGraphKey(notes))) ?? buildLinkGraph(notes);
  const neighbours = neighboursOf(graph.outgoing);
  const commits = lastChangedDates(process.cwd(), 'content/notes');
  const updated = new Map(notes.map((note) => [note.slug, commits.get(note.file) ?? note.data.updated?.toISOString() ?? statSync(note.file).mtime.toISOString()]));
  return {
    notes,
    noteBySlug: new Map(notes.map((note) => [note.slug, note])),
    sources: garden.sources,
    sourceById: new Map(garden.sources.map((source) => [source.data.id, source])),
    hubs: new Map(garden.hubs.map((hub) => [hub.topic, hub])),
    paths: [...garden.paths].sort(byTitle),
    graph,
    neighbours,
    layout: lazily(async () => {
      const input = layoutInput(notes, graph.outgoing);
      return (await precomputedLayout(layoutKey(input))) ?? layoutGraph(input.nodes, input.edges, TOPICS);
    }),
    related: relatedNotes(
      notes.map((note) => ({ slug: note.slug, topics: note.data.topics, sections: note.data.sources.map((ref) => `${ref.doc}#${ref.section}`) })),
      neighbours,
    ),
    updated,
  };
}
