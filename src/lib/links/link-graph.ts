import { createHash } from 'node:crypto';
import type { Backlink, GardenNote, LinkGraph } from '../content/model.ts';
import { linkPassage, type LinkPassage, type ResolvedLink } from '../markdown/passages.ts';
import { formatOfFile } from '../markdown/markdown-tree.ts';
import type { NoteProse } from '../markdown/wikilinks.ts';
import { proseOfMarkdown } from '../markdown/note-syntax.ts';
import { createResolver, type Resolver } from './link-resolution.ts';

/** A note's links (wikilinks and Markdown links to notes) in reading order, each resolved where possible, and its prose. */
export function resolvedProseOf(note: GardenNote, resolver: Resolver): NoteProse<ResolvedLink> {
  const prose = proseOfMarkdown(note.body, formatOfFile(note.file));
  const links = prose.links.map((link): ResolvedLink => {
    if (!link.target && link.fragment) return { ...link, to: note.slug };
    const resolution = resolver.resolve(link.target);
    return resolution.kind === 'note' ? { ...link, to: resolution.slug } : link;
  });
  return { ...prose, links };
}

/** The link graph of the whole garden, computed in one pass over every note's links. */
export function buildLinkGraph(notes: GardenNote[], resolver: Resolver = createResolver(notes)): LinkGraph {
  const titles = new Map(notes.map((note) => [note.slug, note.data.title]));
  const titleOf = (slug: string) => titles.get(slug) ?? slug;
  const links = new Map<string, ResolvedLink[]>();
  const outgoing = new Map<string, string[]>();
  const backlinkPassages = new Map<string, Backlink[]>(notes.map((note) => [note.slug, []]));
  for (const note of notes) {
    const prose = resolvedProseOf(note, resolver);
    links.set(note.slug, prose.links);
    const passages = new Map<string, LinkPassage[]>();
    for (const [position, link] of prose.links.entries()) {
      if (!link.to || link.to === note.slug) continue;
      const passage = linkPassage(prose, position, titleOf);
      const list = passages.get(link.to) ?? [];
      if (!list.some((known) => known.before === passage.before && known.after === passage.after)) list.push(passage);
      passages.set(link.to, list);
    }
    outgoing.set(note.slug, [...passages.keys()]);
    for (const [target, found] of passages) backlinkPassages.get(target)?.push({ from: note.slug, passages: found });
  }
  for (const list of backlinkPassages.values()) list.sort((a, b) => a.from.localeCompare(b.from));
  const backlinks = new Map([...backlinkPassages].map(([slug, list]) => [slug, list.map((backlink) => backlink.from)]));
  return { links, outgoing, backlinks, backlinkPassages };
}

/**
 * What a link graph is computed from: every note's name, title, aliases and body, in the order given. A graph
 * computed elsewhere (the build's worker thread) serves only a garden with the same key.
 */
export function linkGraphKey(notes: GardenNote[]): string {
  const hash = createHash('sha256');
  for (const note of notes) hash.update(`${JSON.stringify([note.slug, note.file, note.data.title, note.data.aliases, note.body])}\n`);
  return hash.digest('hex');
}
