import { statSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildLinkGraph, type GardenNote, type LinkGraph } from '../lib/garden.ts';
import { lastChangedDates } from '../lib/git-dates.ts';
import { TOPICS, type Topic } from '../lib/schema.ts';

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
  /** ISO date of each note's last change: its last commit, else its `updated` field, else the file's modification time. */
  updated: Map<string, string>;
}

const byTitle = (a: NoteEntry, b: NoteEntry) => a.data.title.localeCompare(b.data.title);

function modelNote(entry: NoteEntry): GardenNote {
  return { slug: entry.id, file: entry.filePath ?? entry.id, body: entry.body ?? '', bodyLine: 1, data: entry.data };
}

let cached: Promise<SiteGarden> | undefined;

/** The whole garden as pages need it, computed once per build. */
export function loadSiteGarden(): Promise<SiteGarden> {
  cached ??= (async () => {
    const notes = (await getCollection('notes')).sort(byTitle);
    const sources = await getCollection('sources');
    const hubEntries = await getCollection('topics');
    const paths = (await getCollection('paths')).sort((a, b) => a.data.title.localeCompare(b.data.title));
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
      graph: buildLinkGraph(notes.map(modelNote)),
      updated,
    };
  })();
  return cached;
}
