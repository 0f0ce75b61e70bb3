import type { HubData, NoteData, NoteKind, PathData, SourceRecord, Topic } from './schema.ts';
import { TOPICS } from './schema.ts';
import { checkLink, createResolver, fileNamesClash, linkIndexOf, normaliseName, type Resolver } from './link-resolution.ts';
import { linkPassage, type LinkPassage, type ResolvedLink } from './passages.ts';
import { formatOfFile } from './markdown-tree.ts';
import { placesIn } from './text-places.ts';
import { noteLinksInMarkdown, proseOfMarkdown, type NoteProse } from './wikilinks.ts';
import { mergedInto, replacesProblem } from './merged-notes.ts';
import { labelledLinksInTables } from './table-links.ts';
import { extraInterpretationMarkers, rawSectionIds, WORD_CAPS } from './editorial-rules.ts';

/** A 1-based place in a file. */
export interface Position {
  line: number;
  column: number;
}

/** Where a field of a record's YAML (frontmatter) starts, e.g. ['sources', 1] or ['title']. */
export type Locate = (path: PropertyKey[]) => Position | undefined;

/** A note as the garden model sees it: validated frontmatter plus where it lives and what it says. */
export interface GardenNote {
  slug: string;
  /** Path of the file, relative to the project root, for messages. */
  file: string;
  /** Places of frontmatter fields, when the note was read from a file. */
  locate?: Locate;
  /** Line in the file where the body starts (1-based), so body positions map back to file lines. */
  bodyLine: number;
  body: string;
  data: NoteData;
}

export interface GardenHub {
  topic: Topic;
  file: string;
  locate?: Locate;
  body: string;
  bodyLine: number;
  data: HubData;
}

export interface GardenPath {
  id: string;
  file: string;
  locate?: Locate;
  data: PathData;
}

export interface GardenSource {
  file: string;
  locate?: Locate;
  data: SourceRecord;
}

/** A note whose frontmatter could not be read: enough of it to resolve links to it while its problems are reported. */
export interface UnreadableNote {
  slug: string;
  file: string;
  body: string;
  bodyLine: number;
  data: { title: string; aliases: string[] };
}

export interface Garden {
  notes: GardenNote[];
  sources: GardenSource[];
  hubs: GardenHub[];
  paths: GardenPath[];
  /** Notes that could not be read. Rules that need every note (orphans, coverage of sources) wait until they are fixed. */
  unreadable?: UnreadableNote[];
}

/** One thing wrong with the content, precise enough to fix without a debugger. */
export interface Problem {
  file: string;
  line?: number;
  column?: number;
  message: string;
  hint: string;
  /** Errors stop the build and `npm run check`; warnings (work in progress, e.g. a new seedling) are only shown. */
  severity?: 'error' | 'warning';
}

export const isError = (problem: Problem) => problem.severity !== 'warning';

/** `path:line:column  message  (how to fix)`: the one format the build, the dev server and `npm run check` print. */
export function formatProblem(problem: Problem): string {
  const severity = isError(problem) ? '' : 'warning: ';
  return `${problem.file}:${problem.line ?? 1}:${problem.column ?? 1}  ${severity}${problem.message}  (${problem.hint})`;
}

/** Problems as the build and the dev server list them: a count, then each problem in the one format. */
export function problemReport(problems: Problem[]): string {
  return `TPM Garden: ${problems.length} content problem(s):\n\n${problems.map(formatProblem).join('\n\n')}\n`;
}

/**
 * Why the build refuses the content: only its errors (the warnings do not stop a build, and listing them all would
 * bury the one that does) and how many warnings there are; undefined when nothing is an error.
 */
export function buildRefusal(problems: Problem[]): string | undefined {
  const errors = problems.filter(isError);
  if (!errors.length) return undefined;
  const warnings = problems.length - errors.length;
  return `${problemReport(errors)}${warnings ? `\n(and ${warnings} warning(s), which npm run check:content lists)\n` : ''}`;
}

/** The place of a record's field, or the start of the file when the record was not read with positions. */
const at = (record: { locate?: Locate }, path: PropertyKey[]): Position => record.locate?.(path) ?? { line: 1, column: 1 };

/** A note that links to another, with the passage around each of its links there. */
export interface Backlink {
  from: string;
  passages: LinkPassage[];
}

export interface LinkGraph {
  /** Every link of each note (wikilinks and Markdown links to notes), resolved where possible, in reading order. */
  links: Map<string, ResolvedLink[]>;
  /** Distinct other notes each note links to. */
  outgoing: Map<string, string[]>;
  /** Distinct notes linking to each note (hubs are not notes and do not count). */
  backlinks: Map<string, string[]>;
  /** The same backlinks with the sentence each link stands in, so a reader sees why a note links here. */
  backlinkPassages: Map<string, Backlink[]>;
}

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

/** Words of a note body as a reader counts them: prose only, without component markup or link syntax. */
export function countWords(markdown: string): number {
  const prose = markdown
    .replace(/^\s*import\s.*$/gm, '')
    .replace(/<[A-Z][\s\S]*?\/>/g, ' ')
    .replace(/\[\[([^\]|]*\|)?([^\]]*)\]\]/g, '$2')
    .replace(/[#*_>`|-]/g, ' ');
  return prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’&/.-]*/gu)?.length ?? 0;
}

export interface ValidationOptions {
  minOutgoingLinks: number;
  /** Fewest words of any note's body, and the most for each kind. */
  words: { min: number; max: Record<NoteKind, number> };
  /** How the readability rules report: the word caps, one interpretation label, no section ids in prose. */
  editorial: 'error' | 'warning';
}

export const DEFAULT_RULES: ValidationOptions = { minOutgoingLinks: 3, words: { min: 60, max: WORD_CAPS }, editorial: 'error' };

/** Every rule the garden keeps, checked at once so a contributor sees all problems in one run. */
export function validateGarden(garden: Garden, rules: ValidationOptions = DEFAULT_RULES): Problem[] {
  const problems: Problem[] = [];
  const unreadable = garden.unreadable ?? [];
  const complete = unreadable.length === 0;
  const named = [...garden.notes, ...unreadable];
  const resolver = createResolver(named);
  const index = linkIndexOf(named, resolver);
  const graph = buildLinkGraph(garden.notes, resolver);
  const notesBySlug = new Map<string, GardenNote>();
  const isNote = (slug: string) => notesBySlug.has(slug) || unreadable.some((note) => note.slug === slug);
  const merged = mergedInto(garden.notes);
  const notANote = (what: string, slug: string) => {
    const into = merged.get(slug);
    return into
      ? { message: `${what}, a note that was merged into "${into}"`, hint: `use "${into}" instead` }
      : { message: `${what}, which is not a note`, hint: 'use the file name of a note in content/notes/' };
  };

  for (const note of garden.notes) {
    const twin = notesBySlug.get(note.slug);
    if (twin) {
      problems.push({
        file: note.file,
        ...at(note, ['title']),
        message: `two notes have the slug "${note.slug}" (the other is ${twin.file})`,
        hint: 'rename one of the files: the file name is the note\'s address',
      });
    }
    notesBySlug.set(note.slug, note);
  }
  for (const note of garden.notes) {
    for (const [position, old] of (note.data.replaces ?? []).entries()) {
      const problem = replacesProblem(old, note.slug, garden.notes, merged);
      if (problem) problems.push({ file: note.file, ...at(note, ['replaces', position]), ...problem });
    }
  }
  for (const conflict of resolver.conflicts) {
    for (const slug of conflict.slugs) {
      const note = notesBySlug.get(slug);
      if (!note) continue;
      const alias = note.data.aliases.findIndex((candidate) => normaliseName(candidate) === conflict.key);
      problems.push({
        file: note.file,
        ...at(note, alias >= 0 ? ['aliases', alias] : ['title']),
        message: `"${conflict.key}" is the slug, title or alias of several notes: ${conflict.slugs.join(', ')}`,
        hint: fileNamesClash(conflict.slugs)
          ? `rename one of the files ${conflict.slugs.join(' and ')}: their names differ only by case, which no [[link]] can tell apart`
          : 'give each note a distinct title and aliases, so [[links]] by name stay unambiguous',
      });
    }
  }

  const sections = new Map<string, { promotional: boolean; citedBy: string[]; file: string; position: Position; title: string }>();
  for (const source of garden.sources) {
    for (const [index, section] of source.data.sections.entries()) {
      sections.set(`${source.data.id}#${section.id}`, {
        promotional: section.promotional,
        citedBy: [],
        file: source.file,
        position: at(source, ['sections', index]),
        title: section.title,
      });
    }
  }

  const sectionIds = garden.sources.flatMap((source) => source.data.sections.map((section) => section.id));
  const sectionTitles = new Map(garden.sources.flatMap((source) => source.data.sections.map((section) => [section.id, section.title] as const)));
  for (const note of garden.notes) {
    // A seedling is work in progress: its missing links and words are shown, but do not stop the build.
    const severity = note.data.stage === 'seedling' ? 'warning' : 'error';
    for (const [position, ref] of note.data.sources.entries()) {
      const section = sections.get(`${ref.doc}#${ref.section}`);
      if (!section) {
        const docKnown = garden.sources.some((source) => source.data.id === ref.doc);
        problems.push({
          file: note.file,
          ...at(note, ['sources', position, docKnown ? 'section' : 'doc']),
          message: docKnown
            ? `cites section "${ref.section}" of "${ref.doc}", which has no such section`
            : `cites the document "${ref.doc}", which is not in content/sources/`,
          hint: `use one of: ${[...sections.keys()].map((key) => key.replace('#', ' / ')).join(', ')}`,
        });
      } else if (section.promotional) {
        problems.push({
          file: note.file,
          ...at(note, ['sources', position]),
          message: `cites "${ref.doc} / ${ref.section}", which is marked promotional`,
          hint: 'advertising is recorded on the source page but never restructured into advice: cite another section',
        });
      } else {
        section.citedBy.push(note.slug);
      }
    }

    for (const link of graph.links.get(note.slug) ?? []) {
      const check = checkLink(link, index, note.slug);
      if (!check.ok) {
        problems.push({ file: note.file, line: note.bodyLine + link.line - 1, column: link.column, message: check.message, hint: check.hint });
      }
    }

    const outgoing = graph.outgoing.get(note.slug) ?? [];
    if (outgoing.length < rules.minOutgoingLinks) {
      problems.push({
        file: note.file,
        line: note.bodyLine,
        column: 1,
        severity,
        message: `links to ${outgoing.length} other note(s); every note links to at least ${rules.minOutgoingLinks}`,
        hint: 'add [[wikilinks]] in the running text to the notes this idea depends on or leads to',
      });
    }
    if (complete && (graph.backlinks.get(note.slug) ?? []).length === 0) {
      problems.push({
        file: note.file,
        ...at(note, ['title']),
        severity,
        message: 'is an orphan: no other note links to it',
        hint: 'link to it from at least one related note',
      });
    }
    const words = countWords(note.body);
    const max = rules.words.max[note.data.kind];
    if (words < rules.words.min || words > max) {
      const kind = note.data.kind === 'note' ? 'a note' : `a ${note.data.kind} note`;
      problems.push({
        file: note.file,
        line: note.bodyLine,
        column: 1,
        severity: words < rules.words.min ? severity : rules.editorial,
        message: `has ${words} words; ${kind} has ${rules.words.min} to ${max}`,
        hint: words < rules.words.min ? 'develop the idea, or merge it into a related note' : 'lead with the source\'s point and cut retellings, or split it into atomic notes that link to each other',
      });
    }
    const placeInBody = placesIn(note.body);
    const bodyPlace = (offset: number) => {
      const place = placeInBody(offset);
      return { line: note.bodyLine + place.line - 1, column: place.column };
    };
    for (const marker of extraInterpretationMarkers(note.body)) {
      problems.push({
        file: note.file,
        ...bodyPlace(marker.offset),
        severity: rules.editorial,
        message: `labels a second interpretation ("${marker.text}"); a note has at most one`,
        hint: 'keep one short labelled reading and cut the others, or fold them into it',
      });
    }
    for (const link of labelledLinksInTables(note.body, formatOfFile(note.file))) {
      problems.push({
        file: note.file,
        ...bodyPlace(link.offset),
        message: `${link.text} is in a table, where its "|" ends the cell and breaks the row`,
        hint: 'in a table write the link without a label ([[note]] shows the note\'s title), or move it out of the table',
      });
    }
    for (const id of rawSectionIds(note.body, sectionIds)) {
      problems.push({
        file: note.file,
        ...bodyPlace(id.offset),
        severity: rules.editorial,
        message: `shows the section id "${id.text}" to readers`,
        hint: `name the section by its heading ("${sectionTitles.get(id.text) ?? id.text}"); the citation under sources links to it`,
      });
    }
  }

  for (const [key, section] of sections) {
    if (complete && !section.promotional && section.citedBy.length === 0) {
      problems.push({
        file: section.file,
        ...section.position,
        message: `section "${key.replace('#', ' / ')}" (${section.title}) is cited by no note`,
        hint: 'restructure it into a note that lists it under sources, or mark it promotional: true if it is advertising',
      });
    }
  }

  for (const topic of TOPICS) {
    if (!garden.hubs.some((hub) => hub.topic === topic)) {
      problems.push({ file: `content/topics/${topic}.md`, line: 1, column: 1, message: `the topic "${topic}" has no hub`, hint: 'create the hub file' });
    }
  }
  for (const hub of garden.hubs) {
    // A hub's introduction links to notes like a note does, and the build renders those links the same way.
    for (const link of noteLinksInMarkdown(hub.body, formatOfFile(hub.file))) {
      const check = checkLink(link, index);
      if (!check.ok) problems.push({ file: hub.file, line: hub.bodyLine + link.line - 1, column: link.column, message: check.message, hint: check.hint });
    }
    const listed = hub.data.groups.flatMap((group) => group.notes);
    const placeOf = (slug: string) => {
      const group = hub.data.groups.findIndex((candidate) => candidate.notes.includes(slug));
      return at(hub, ['groups', group, 'notes', hub.data.groups[group]?.notes.indexOf(slug) ?? 0]);
    };
    for (const slug of listed) {
      const note = notesBySlug.get(slug);
      if (!isNote(slug)) {
        problems.push({ file: hub.file, ...placeOf(slug), ...notANote(`lists "${slug}"`, slug) });
      } else if (note && !note.data.topics.includes(hub.topic)) {
        problems.push({
          file: hub.file,
          ...placeOf(slug),
          message: `lists "${slug}", whose topics (${note.data.topics.join(', ')}) do not include "${hub.topic}"`,
          hint: `add ${hub.topic} to the note's topics, or remove it from this hub`,
        });
      }
    }
    for (const slug of new Set(listed.filter((slug, index) => listed.indexOf(slug) !== index))) {
      problems.push({ file: hub.file, ...placeOf(slug), message: `lists "${slug}" more than once`, hint: 'keep each note in one group' });
    }
    for (const note of garden.notes) {
      if (note.data.topics.includes(hub.topic) && !listed.includes(note.slug)) {
        problems.push({
          file: hub.file,
          ...at(hub, ['groups']),
          message: `does not list "${note.slug}", which has the topic "${hub.topic}"`,
          hint: 'add it to the group of this hub where a reader would look for it',
        });
      }
    }
  }

  for (const path of garden.paths) {
    for (const [position, slug] of path.data.notes.entries()) {
      if (!isNote(slug)) {
        problems.push({ file: path.file, ...at(path, ['notes', position]), ...notANote(`names "${slug}"`, slug) });
      }
    }
  }
  return problems;
}
