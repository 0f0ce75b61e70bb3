import { distance } from 'fastest-levenshtein';
import type { NoteHeading } from '../markdown/headings.ts';
import { noteHeadings } from '../markdown/note-syntax.ts';
import { formatOfFile } from '../markdown/markdown-tree.ts';
import { mergedInto } from '../content/merged-notes.ts';
import type { NoteData } from '../content/schema.ts';

/** What a link target names: one note, several (ambiguous), or none, with the closest notes by name. */
export type Resolution =
  | { kind: 'note'; slug: string }
  | { kind: 'ambiguous'; slugs: string[] }
  | { kind: 'missing'; suggestions: string[]; mergedInto?: string };

export interface Resolver {
  /** The note a link target names by file name, title or alias (case- and spacing-insensitive). */
  resolve(target: string): Resolution;
  /** Names claimed by more than one note: links by such a name would be ambiguous. */
  conflicts: { key: string; slugs: string[] }[];
}

type NamedNote = { slug: string; data: Pick<NoteData, 'title' | 'aliases'> & Partial<Pick<NoteData, 'replaces'>> };

/** How names are compared: case-insensitively, with runs of spaces as one. */
export const normaliseName = (key: string) => key.trim().toLowerCase().replace(/\s+/g, ' ');

function owners(entries: [string, string][]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const [key, slug] of entries) {
    const list = map.get(normaliseName(key)) ?? [];
    if (!list.includes(slug)) list.push(slug);
    map.set(normaliseName(key), list);
  }
  return map;
}

/** Beyond this share of a name's letters changed, a name is a different name, not a typo of it. */
const MAX_SUGGESTION_DISTANCE = 0.5;

/**
 * Resolves link targets as Obsidian does first (the file name), then by title or alias. A name two notes
 * share is ambiguous rather than silently picking one; a name no note has comes with the closest names.
 */
export function createResolver(notes: NamedNote[], suggestionCount = 3): Resolver {
  const slugEntries = notes.map((note): [string, string] => [note.slug, note.slug]);
  const nameEntries = notes.flatMap((note) => [note.data.title, ...note.data.aliases].map((name): [string, string] => [name, note.slug]));
  const bySlug = owners(slugEntries);
  const byName = owners(nameEntries);
  const allNames = owners([...slugEntries, ...nameEntries]);
  const merged = mergedInto(notes);
  const conflicts = [...allNames]
    .filter(([, slugs]) => slugs.length > 1)
    .map(([key, slugs]) => ({ key, slugs: [...slugs].sort() }));

  // File names use hyphens where titles use spaces; neither should count as a typo.
  const comparable = (name: string) => normaliseName(name).replace(/[-_]+/g, ' ');

  /** Notes whose file name, title or alias is close to the target, closest first; none when nothing is close. */
  function suggestions(target: string): string[] {
    const wanted = comparable(target);
    const closest = new Map<string, number>();
    for (const [key, slugs] of allNames) {
      const name = comparable(key);
      const score = distance(wanted, name) / Math.max(wanted.length, name.length, 1);
      if (score > MAX_SUGGESTION_DISTANCE) continue;
      for (const slug of slugs) closest.set(slug, Math.min(closest.get(slug) ?? Infinity, score));
    }
    return [...closest].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, suggestionCount).map(([slug]) => slug);
  }

  return {
    resolve(target) {
      const key = normaliseName(target);
      // Obsidian may also write a note's path or its file extension: [[notes/growth-mindset.md]].
      const fileName = normaliseName(target.replace(/\.mdx?$/i, '').split('/').pop() ?? '');
      const slugs = bySlug.get(key) ?? byName.get(key) ?? bySlug.get(fileName);
      if (!slugs) {
        const into = merged.get(key) ?? merged.get(fileName);
        return into ? { kind: 'missing', suggestions: [into], mergedInto: into } : { kind: 'missing', suggestions: suggestions(target) };
      }
      return slugs.length === 1 ? { kind: 'note', slug: slugs[0] } : { kind: 'ambiguous', slugs: [...slugs].sort() };
    },
    conflicts,
  };
}

/** What turning a link into a real link needs to know about the garden. */
export interface LinkIndex {
  resolve(target: string): Resolution;
  title(slug: string): string;
  headings(slug: string): NoteHeading[];
}

/** Resolution, titles and (cached, computed on first use) headings of the notes. */
export function linkIndexOf(notes: (NamedNote & { body: string; file?: string })[], resolver: Resolver = createResolver(notes)): LinkIndex {
  const bySlug = new Map(notes.map((note) => [note.slug, note]));
  const headingCache = new Map<string, NoteHeading[]>();
  return {
    resolve: (target) => resolver.resolve(target),
    title: (slug) => bySlug.get(slug)?.data.title ?? slug,
    headings(slug) {
      let headings = headingCache.get(slug);
      if (!headings) {
        const note = bySlug.get(slug);
        headings = note ? noteHeadings(note.body, formatOfFile(note.file ?? '')) : [];
        headingCache.set(slug, headings);
      }
      return headings;
    },
  };
}

/** A link as written: the raw text for messages, what it names and the heading it points into. */
export interface LinkReference {
  raw: string;
  target: string;
  fragment?: string;
}

export type LinkCheck = { ok: true; slug: string; headingId?: string } | { ok: false; message: string; hint: string };

/** True when two of the file names are one name to a link (they differ only by case or spacing). */
export const fileNamesClash = (slugs: string[]) => new Set(slugs.map(normaliseName)).size < slugs.length;

const named = (index: LinkIndex, slug: string) => `"${index.title(slug)}" [[${slug}]]`;

/**
 * Checks one link against the garden. A heading may be named by its id (`#kpi`) or, as Obsidian
 * writes it, by its text (`#KPI`); either way the link points at the id the page gives it.
 */
export function checkLink(link: LinkReference, index: LinkIndex, from?: string): LinkCheck {
  if (link.fragment?.startsWith('^')) {
    return {
      ok: false,
      message: `${link.raw} links to a block (#^${link.fragment.slice(1)}), which only Obsidian knows`,
      hint: 'link to the note, or to one of its headings: [[note#Heading]]',
    };
  }
  // [[#Heading]] is a heading of the note the link is in; [[]] or [[|label]] names nothing.
  const resolution: Resolution = !link.target && link.fragment && from ? { kind: 'note', slug: from } : index.resolve(link.target);
  if (resolution.kind === 'missing' && resolution.mergedInto) {
    return {
      ok: false,
      message: `${link.raw} names a note that was merged into ${named(index, resolution.mergedInto)}`,
      hint: `link [[${resolution.mergedInto}]] instead (its old address redirects there)`,
    };
  }
  if (resolution.kind === 'missing') {
    const guesses = resolution.suggestions.map((slug) => named(index, slug));
    return {
      ok: false,
      message: `${link.raw} does not name any note${guesses.length ? `; did you mean ${guesses.join(', ')}?` : ''}`,
      hint: `link by a note's file name, title or alias, e.g. [[${resolution.suggestions[0] ?? 'growth-mindset'}]]`,
    };
  }
  if (resolution.kind === 'ambiguous') {
    return {
      ok: false,
      message: `${link.raw} is ambiguous: "${link.target}" names ${resolution.slugs.length} notes, ${resolution.slugs.map((slug) => named(index, slug)).join(' and ')}`,
      // Links ignore case, so file names that differ only by case cannot be told apart by any link.
      hint: fileNamesClash(resolution.slugs)
        ? `rename one of the files ${resolution.slugs.join(' and ')}: their names differ only by case`
        : `link by file name, which is unique: ${resolution.slugs.map((slug) => `[[${slug}]]`).join(' or ')}`,
    };
  }
  const { slug } = resolution;
  if (!link.fragment) return { ok: true, slug };
  const headings = index.headings(slug);
  const wanted = normaliseName(link.fragment);
  const heading = headings.find((candidate) => candidate.id === link.fragment) ?? headings.find((candidate) => normaliseName(candidate.text) === wanted);
  if (heading) return { ok: true, slug, headingId: heading.id };
  const closest = [...headings].sort((a, b) => distance(wanted, a.id) - distance(wanted, b.id))[0];
  return {
    ok: false,
    message: `${link.raw}: note "${slug}" has no heading "${link.fragment}"${closest ? `; did you mean #${closest.id} (${closest.text})?` : ''}`,
    hint: headings.length ? `use one of: ${headings.map((candidate) => candidate.id).join(', ')}` : 'that note has no headings: link to the note itself',
  };
}
