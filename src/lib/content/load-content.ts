import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { load as loadYaml, type YAMLException } from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { hubSchema, noteSchema, pathSchema, sourceSchema, TOPICS, type Topic } from './schema.ts';
import type { Garden, Locate, Problem, UnreadableNote } from './model.ts';
import { splitFrontmatter } from '../markdown/frontmatter.ts';
import { limitProblems } from './content-limits.ts';
import { decodeUtf8, fileNameProblem, frontmatterInvisibleProblems, nameCollisions, symlinkProblem } from './file-checks.ts';
import { buildMemory } from './build-memory.ts';

/** Thrown when content cannot even be read into the garden model; carries every problem found. */
export class ContentError extends Error {
  readonly problems: Problem[];
  /** The records that could be read, so checks of single files can still run on them. */
  readonly readable: Garden;
  /** True when every unreadable file is a note, so the rules can still be checked on the rest. */
  readonly onlyNotesUnreadable: boolean;
  constructor(problems: Problem[], readable: Garden, onlyNotesUnreadable = false) {
    super(`${problems.length} content problem(s)`);
    this.problems = problems;
    this.readable = readable;
    this.onlyNotesUnreadable = onlyNotesUnreadable;
    this.name = 'ContentError';
  }
}

interface ParsedYaml {
  value: unknown;
  locate: Locate;
  errors: Problem[];
}

function parseYaml(text: string, file: string, firstLine: number): ParsedYaml {
  // Positions need yaml's full document model, which costs several times more than reading the value; most
  // records have no problem to point at, so the document is only built when a place is asked for.
  let positioned: { document: Document; lineCounter: LineCounter } | undefined;
  const withPositions = () => {
    if (!positioned) {
      const lineCounter = new LineCounter();
      positioned = { document: parseDocument(text, { lineCounter, prettyErrors: false }), lineCounter };
    }
    return positioned;
  };
  const position = (offset: number) => {
    const { line, col } = withPositions().lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const locate: Locate = (path) => {
    // Walk down to the deepest node that exists, so a missing field points at its parent.
    let node: unknown = withPositions().document.contents;
    for (const key of path) {
      const child = isMap(node) ? node.get(key, true) : isSeq(node) ? node.get(Number(key), true) : undefined;
      if (!child) break;
      node = child;
    }
    const range = (node as { range?: [number, number] } | null)?.range;
    return range ? position(range[0]) : undefined;
  };
  const problem = (place: { line: number; column: number }, reason: string): Problem => ({
    file,
    ...place,
    message: `is not valid YAML: ${reason.split('\n')[0]}`,
    hint: 'check indentation, and quote text that contains a colon or starts with a quote or bracket',
  });
  try {
    // js-yaml is also what Astro reads frontmatter and data files with, so the check accepts what the build accepts.
    return { value: loadYaml(text), errors: [], locate };
  } catch (error) {
    const { document } = withPositions();
    if (document.errors.length) return { value: undefined, locate, errors: document.errors.map((yamlError) => problem(position(yamlError.pos[0]), yamlError.message)) };
    const mark = (error as YAMLException).mark;
    return { value: undefined, locate, errors: [problem({ line: (mark?.line ?? 0) + firstLine, column: (mark?.column ?? 0) + 1 }, (error as YAMLException).reason ?? String(error))] };
  }
}

/** Turns schema issues into problems that name the field, where it is and what is expected. */
function schemaProblems(error: z.ZodError, file: string, parsed: ParsedYaml): Problem[] {
  return error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.join('.') : '(whole record)';
    return {
      file,
      ...parsed.locate(issue.path),
      message: `field "${field}": ${issue.message}`,
      hint: `see CONTRIBUTING.md for the fields a ${file.includes('/sources/') ? 'source record' : 'note'} takes and their allowed values`,
    };
  });
}

/**
 * The files under dir whose names match, in name order. Symbolic links are neither read nor followed (a link
 * can point anywhere, outside the repository too): each one met, whatever its name, is added to links if given.
 */
export function filesUnder(dir: string, extension: RegExp, links?: string[]): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isSymbolicLink()) {
        links?.push(path);
        return [];
      }
      if (entry.isDirectory()) return filesUnder(path, extension, links);
      return extension.test(entry.name) ? [path] : [];
    });
}

/** The text of a content file, or undefined (with the problem added) when its bytes are not UTF-8. */
function readText(path: string, file: string, problems: Problem[]): string | undefined {
  const decoded = decodeUtf8(readFileSync(path), file);
  if ('text' in decoded) return decoded.text;
  problems.push(decoded.problem);
  return undefined;
}

interface Parsed<T> {
  data: T;
  body: string;
  bodyLine: number;
  locate: Locate;
}

function readRecord<S extends z.ZodType>(path: string, root: string, schema: S, withBody: boolean, problems: Problem[]): Parsed<z.infer<S>> | undefined {
  const file = relative(root, path);
  const text = readText(path, file, problems);
  if (text === undefined) return undefined;
  // Checked first: a file over a limit is never handed to a parser, which could take minutes on it.
  const overLimits = limitProblems(text, file);
  if (overLimits.length) {
    problems.push(...overLimits);
    return undefined;
  }
  if (!text.trim()) {
    problems.push({
      file,
      line: 1,
      column: 1,
      message: 'is empty',
      hint: 'write the note, or create it with its frontmatter by running: npm run new -- "Title of the note"',
    });
    return undefined;
  }
  let yamlText = text;
  let body = '';
  let bodyLine = 1;
  if (withBody) {
    const split = splitFrontmatter(text);
    if (!split) {
      problems.push({
        file,
        line: 1,
        column: 1,
        message: 'has no frontmatter',
        hint: 'start the file with a --- line, the fields (title, summary, ...), and a closing --- line',
      });
      return undefined;
    }
    ({ frontmatter: yamlText, body, bodyLine } = split);
  }
  const invisible = frontmatterInvisibleProblems(yamlText, withBody ? 2 : 1, file);
  if (invisible.length) {
    problems.push(...invisible);
    return undefined;
  }
  const parsed = parseYaml(yamlText, file, withBody ? 2 : 1);
  if (parsed.errors.length) {
    problems.push(...parsed.errors);
    return undefined;
  }
  const result = schema.safeParse(parsed.value ?? {});
  if (!result.success) {
    problems.push(...schemaProblems(result.error, file, parsed));
    return undefined;
  }
  return { data: result.data, body, bodyLine, locate: parsed.locate };
}

const CONTENT_FILE = /\.(mdx?|ya?ml)$/;

/** Every content file with its size and modification time: equal signatures mean the same content. */
function contentSignature(root: string): string {
  const links: string[] = [];
  const files = filesUnder(join(root, 'content'), CONTENT_FILE, links).map((path) => {
    const { size, mtimeMs } = statSync(path);
    return `${path}:${size}:${mtimeMs}`;
  });
  return [...files, ...links.map((path) => `${path}:link`)].join('\n');
}

/**
 * Reads and schema-checks everything under content/; throws ContentError listing every unreadable file.
 * A build asks for the garden several times (the Markdown render-cache key, the content check before it
 * starts, the link index of the Markdown pipeline, the preview files), so an unchanged content folder is
 * served from the last read instead of parsed again.
 */
export function loadGarden(root: string): Garden {
  // The config names the folder with a trailing slash and the pages without one: both are the same garden.
  const folder = resolve(root);
  const signature = contentSignature(folder);
  const last = buildMemory.lastGarden;
  if (last?.root === folder && last.signature === signature) return last.garden;
  const garden = readGarden(folder);
  buildMemory.lastGarden = { root: folder, signature, garden };
  return garden;
}

function readGarden(root: string): Garden {
  const problems: Problem[] = [];
  const content = join(root, 'content');
  const garden: Garden = { notes: [], sources: [], hubs: [], paths: [] };
  const links: string[] = [];
  const files = filesUnder(content, CONTENT_FILE, links);
  const under = (folder: string, extension: RegExp) => files.filter((path) => path.startsWith(join(content, folder) + sep) && extension.test(path));
  /** A file whose name cannot be its address is refused before it is read. */
  const nameRefused = (path: string, collisions?: Map<string, Problem>) => {
    const file = relative(root, path);
    const problem = collisions?.get(file) ?? fileNameProblem(file);
    if (problem) problems.push(problem);
    return Boolean(problem);
  };

  const notes = under('notes', /\.mdx?$/);
  const collisions = new Map(nameCollisions(notes.map((path) => relative(root, path))).map((problem) => [problem.file, problem]));
  for (const path of notes) {
    const record = nameRefused(path, collisions) ? undefined : readRecord(path, root, noteSchema, true, problems);
    const slug = basename(path).replace(/\.mdx?$/, '');
    if (record) garden.notes.push({ slug, file: relative(root, path), ...record });
    else (garden.unreadable ??= []).push(looselyReadNote(path, root));
  }
  const unreadableNotes = problems.length;
  // Counted after the notes: a linked note is not read at all, so it cannot claim its names as an unreadable note does.
  problems.push(...links.map((path) => symlinkProblem(relative(root, path))));
  for (const path of under('sources', /\.ya?ml$/)) {
    const record = nameRefused(path) ? undefined : readRecord(path, root, sourceSchema, false, problems);
    if (record) garden.sources.push({ file: relative(root, path), data: record.data, locate: record.locate });
  }
  for (const path of under('topics', /\.mdx?$/)) {
    if (nameRefused(path)) continue;
    const topic = basename(path).replace(/\.mdx?$/, '');
    if (!(TOPICS as readonly string[]).includes(topic)) {
      problems.push({ file: relative(root, path), message: `is not named after a topic`, hint: `name hub files after a topic: ${TOPICS.join(', ')}` });
      continue;
    }
    const record = readRecord(path, root, hubSchema, true, problems);
    if (record) garden.hubs.push({ topic: topic as Topic, file: relative(root, path), ...record });
  }
  for (const path of under('paths', /\.ya?ml$/)) {
    const record = nameRefused(path) ? undefined : readRecord(path, root, pathSchema, false, problems);
    if (record) garden.paths.push({ id: basename(path).replace(/\.ya?ml$/, ''), file: relative(root, path), data: record.data, locate: record.locate });
  }
  if (problems.length) throw new ContentError(problems, garden, problems.length === unreadableNotes);
  return garden;
}

/**
 * What can be read of a note without checking it: its file name, body, and title and aliases if they parse
 * (the title falls back to the file name). A note with broken YAML still claims its names this way.
 */
export function looselyReadNote(path: string, root: string): UnreadableNote {
  const slug = basename(path).replace(/\.mdx?$/, '');
  const file = relative(root, path);
  // Why a file cannot be read is reported by readRecord; here it only means there is nothing more to read.
  const text = readText(path, file, []);
  if (text === undefined || limitProblems(text, file).length) return { slug, file, body: '', bodyLine: 1, data: { title: slug, aliases: [] } };
  const split = splitFrontmatter(text);
  let fields: { title?: unknown; aliases?: unknown } = {};
  try {
    fields = (loadYaml(split?.frontmatter ?? '') as typeof fields | null) ?? {};
  } catch {
    // The YAML error is reported already; the file name still resolves links to the note.
  }
  const aliases = Array.isArray(fields.aliases) ? fields.aliases.filter((alias): alias is string => typeof alias === 'string') : [];
  return { slug, file, body: split?.body ?? '', bodyLine: split?.bodyLine ?? 1, data: { title: typeof fields.title === 'string' ? fields.title : slug, aliases } };
}

/**
 * The problems that keep content files from being read at all (a limit, the frontmatter, YAML, a field), which
 * Astro's content layer would otherwise meet first and report as a stack dump per file; none when all are readable.
 */
export function unreadableContentProblems(root: string): Problem[] {
  try {
    loadGarden(root);
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}

/** The garden under root as far as it can be read: every record when all are readable, else the readable ones. */
export function readableGarden(root: string): Garden {
  try {
    return loadGarden(root);
  } catch (error) {
    if (error instanceof ContentError) return error.readable;
    throw error;
  }
}
