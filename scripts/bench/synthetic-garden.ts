// Synthetic gardens for benchmarks: any number of notes that pass the garden's own validation
// (schema, 60-250 words, three distinct outgoing wikilinks, backlinks, complete hubs, every source
// section cited), with realistic length and structure. Deterministic: the same size gives the same files.
//
//   import { writeSyntheticGarden, benchProject } from './scripts/bench/synthetic-garden.ts';
//   const project = benchProject('/tmp/me/bench-5000');        // copy of the site code, node_modules linked
//   writeSyntheticGarden(project, { notes: 5000 });            // writes project/content/
//   // then build it: OUT_DIR=dist ASTRO_CACHE_DIR=... node_modules/.bin/astro build (cwd: project)
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TOPICS, type Topic } from '../../src/lib/content/schema.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** What a benchmark project needs besides content/: the site code, static files and configuration. */
const SITE_ENTRIES = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export interface SyntheticOptions {
  notes: number;
  /** Seed of the word generator; the default keeps runs comparable. */
  seed?: number;
}

export interface SyntheticNote {
  slug: string;
  title: string;
  topics: Topic[];
  /** File contents (frontmatter and body). */
  text: string;
  /** The body alone, as a bare Markdown site would render it. */
  body: string;
  /** MDX only for the notes that use a component, as in the real garden. */
  format: 'md' | 'mdx';
}

const WORDS = (
  'program team launch plan risk metric goal review design system service owner partner stakeholder roadmap ' +
  'milestone release customer feedback decision tradeoff budget schedule scope dependency platform migration ' +
  'quality latency capacity incident escalation alignment priority estimate forecast experiment signal outcome ' +
  'progress update meeting document proposal requirement constraint interface contract backlog sprint cadence ' +
  'leadership trust context clarity ownership influence negotiation conflict consensus mentor career growth ' +
  'learning skill habit judgement evidence data dashboard baseline target threshold adoption retention revenue ' +
  'engineer manager director analyst researcher designer operator architect reviewer sponsor vendor regulator ' +
  'clear careful early late small large shared hidden explicit implicit useful costly simple complex steady ' +
  'uncertain measurable visible durable gradual sudden practical technical strategic tactical local global ' +
  'asks writes tracks builds checks weighs frames explains questions records compares reduces unblocks ' +
  'shapes tests negotiates prioritises delegates communicates summarises revisits measures anticipates ' +
  'across before after during within between around through because although while when where which ' +
  'often rarely usually sometimes always quickly slowly openly directly'
).split(' ');

const HEADINGS = ['Why it matters', 'In practice', 'A worked example', 'Where it breaks down', 'Related ideas'];
const KINDS = ['note', 'note', 'note', 'note', 'synthesis', 'glossary', 'person'] as const;
const STAGES = ['seedling', 'budding', 'evergreen'] as const;
const SOURCE_IDS = ['synthetic-handbook', 'synthetic-interview'] as const;

/** mulberry32: a tiny seeded generator, so that gardens are reproducible without a dependency. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (index: number) => String(index + 1).padStart(5, '0');
export const syntheticSlug = (index: number) => `synthetic-note-${pad(index)}`;

/** Sections per source: enough that citations spread out, few enough that every section is cited. */
function sectionCount(notes: number): number {
  return Math.max(2, Math.min(60, Math.floor(notes / 20)));
}

function sentenceMaker(next: () => number) {
  const word = () => WORDS[Math.floor(next() * WORDS.length)];
  return (length: number) => {
    const words = Array.from({ length }, word);
    return `${words[0][0].toUpperCase()}${words[0].slice(1)} ${words.slice(1).join(' ')}.`;
  };
}

function topicsOf(index: number): Topic[] {
  const main = TOPICS[index % TOPICS.length];
  return index % 5 === 0 ? [main, TOPICS[(index + 1) % TOPICS.length]] : [main];
}

/** The three notes each note links to: near and far neighbours, so every note also gets backlinks. */
function neighbours(index: number, total: number): number[] {
  return [1, 3, 11].map((step) => (index + step) % total);
}

function noteFile(index: number, total: number, next: () => number): SyntheticNote {
  const sentence = sentenceMaker(next);
  const paragraph = (sentences: number) => Array.from({ length: sentences }, () => sentence(10 + Math.floor(next() * 10))).join(' ');
  const slug = syntheticSlug(index);
  const title = `Synthetic note ${pad(index)} on ${WORDS[index % WORDS.length]}`;
  const topics = topicsOf(index);
  const [first, second, third] = neighbours(index, total).map(syntheticSlug);
  const sections = sectionCount(total);
  const cite = (offset: number) => {
    const position = (index + offset) % (sections * SOURCE_IDS.length);
    return `  - { doc: ${SOURCE_IDS[position % SOURCE_IDS.length]}, section: section-${Math.floor(position / SOURCE_IDS.length) + 1} }`;
  };
  const heading = HEADINGS[index % HEADINGS.length];
  const extras: string[] = [];
  if (index % 10 === 3) extras.push(['- ' + sentence(6), '- ' + sentence(7), '- ' + sentence(5)].join('\n'));
  if (index % 20 === 7) extras.push(['| step | owner |', '| --- | --- |', `| ${WORDS[index % 50]} | ${WORDS[(index + 7) % 50]} |`, `| ${WORDS[(index + 3) % 50]} | ${WORDS[(index + 9) % 50]} |`].join('\n'));
  if (index % 50 === 13) {
    extras.push(
      `<Spectrum caption="Where note ${pad(index)} sits" left="Engineering" right="Product management" label="Note ${pad(index)}" description="A horizontal scale from engineering to product management with this note's idea marked in the middle." />`,
    );
  }
  const body = [
    `${paragraph(4)} It builds on [[${first}]] and ${sentence(6).toLowerCase()}`,
    `## ${heading}`,
    `${paragraph(3)} See [[${second}|the related note]] and [[${third}#in-practice|how it works in practice]].`,
    ...extras,
    '## In practice',
    paragraph(3),
  ].join('\n\n');
  const text = [
    '---',
    `title: ${title}`,
    `summary: A synthetic note about ${WORDS[(index * 7) % WORDS.length]} and ${WORDS[(index * 13) % WORDS.length]} used to measure how the garden builds at scale.`,
    `topics: [${topics.join(', ')}]`,
    `kind: ${KINDS[index % KINDS.length]}`,
    `stage: ${STAGES[index % STAGES.length]}`,
    'sources:',
    cite(0),
    ...(index % 3 === 0 ? [cite(sections)] : []),
    `aliases: [Alias ${pad(index)}]`,
    `tags: [synthetic, ${WORDS[index % 40]}]`,
    '---',
    '',
    body,
    '',
  ].join('\n');
  return { slug, title, topics, text, body, format: index % 50 === 13 ? 'mdx' : 'md' };
}

/** Every note of a synthetic garden, in order; exposed for floors and search benchmarks. */
export function syntheticNotes(options: SyntheticOptions): SyntheticNote[] {
  if (options.notes < 12) throw new Error(`A synthetic garden needs at least 12 notes (asked for ${options.notes}).`);
  const next = random(options.seed ?? 1);
  return Array.from({ length: options.notes }, (_, index) => noteFile(index, options.notes, next));
}

function sourceFile(id: string, sections: number): string {
  const lines = [
    `id: ${id}`,
    `title: Synthetic source ${id}`,
    'author: A generated author',
    'affiliation: Generated for benchmarks',
    `kind: ${id.endsWith('interview') ? 'AMA' : 'article'}`,
    'published: Not dated',
    'description: A generated source document whose sections exist so that synthetic notes have something to cite.',
    'caveats: [Generated text with no author behind it.]',
    'sections:',
  ];
  for (let section = 1; section <= sections; section++) {
    lines.push(`  - id: section-${section}`, `    title: Section ${section}`, `    summary: A generated summary of section ${section} of ${id}.`);
  }
  lines.push('  - id: advertisement', '    title: Advertisement', '    summary: A generated advertisement that no note may cite.', '    promotional: true');
  return `${lines.join('\n')}\n`;
}

function hubFile(topic: Topic, notes: SyntheticNote[]): string {
  const members = notes.filter((note) => note.topics.includes(topic)).map((note) => note.slug);
  const groups: string[] = [];
  for (let start = 0; start < members.length; start += 25) {
    const chunk = members.slice(start, start + 25);
    groups.push(`  - heading: Group ${start / 25 + 1}`, `    notes: [${chunk.join(', ')}]`);
  }
  return [
    '---',
    `title: Synthetic ${topic}`,
    `summary: Every synthetic note whose topics include ${topic}, in groups of twenty-five.`,
    'groups:',
    ...groups,
    '---',
    '',
    `The notes of this topic start with [[${members[0]}]] and end with [[${members[members.length - 1]}]].`,
    '',
  ].join('\n');
}

/** Writes content/ (notes, sources, hubs, a reading path) of a synthetic garden under project. */
export function writeSyntheticGarden(project: string, options: SyntheticOptions): SyntheticNote[] {
  const content = join(project, 'content');
  if (existsSync(content)) throw new Error(`${content} already exists; synthetic gardens are written into a fresh project only.`);
  const notes = syntheticNotes(options);
  for (const folder of ['notes', 'sources', 'topics', 'paths']) mkdirSync(join(content, folder), { recursive: true });
  for (const note of notes) writeFileSync(join(content, 'notes', `${note.slug}.${note.format}`), note.text);
  for (const id of SOURCE_IDS) writeFileSync(join(content, 'sources', `${id}.yaml`), sourceFile(id, sectionCount(options.notes)));
  for (const topic of TOPICS) writeFileSync(join(content, 'topics', `${topic}.md`), hubFile(topic, notes));
  writeFileSync(
    join(content, 'paths', 'synthetic-path.yaml'),
    `title: A synthetic reading path\nsummary: The first eight synthetic notes, in order, to exercise reading-path navigation.\nnotes: [${notes.slice(0, 8).map((note) => note.slug).join(', ')}]\n`,
  );
  return notes;
}

/**
 * A fresh copy of the site's code in dir (which must not exist or be empty) with node_modules linked,
 * so a synthetic garden can be built there without touching the real content/.
 */
export function benchProject(dir: string): string {
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new Error(`${dir} is not empty; benchmark projects are made in a fresh folder.`);
  mkdirSync(dir, { recursive: true });
  for (const entry of SITE_ENTRIES) cpSync(join(PROJECT_ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
