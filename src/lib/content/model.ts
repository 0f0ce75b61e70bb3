import type { LinkPassage, ResolvedLink } from '../markdown/passages.ts';
import type { HubData, NoteData, PathData, SourceRecord, Topic } from './schema.ts';

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
  /** The id of the rule that found it (src/lib/checks/rules/); none for a file the loader could not read. */
  rule?: string;
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

/** The order the site lists notes (and paths) in: by title. */
export const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) => a.data.title.localeCompare(b.data.title);
