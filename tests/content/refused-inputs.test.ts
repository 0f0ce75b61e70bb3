import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../src/lib/checks/registry.ts';
import { BAD_INPUT, EDITORIAL, READABLE, UNREADABLE, type Expected } from '../support/bad-input-fixtures.ts';
import { ROOT } from '../support/site.ts';

/**
 * Every kind of input the garden refuses, put through the real `npm run build` (scripts/build.ts) in a copy of
 * the project: the build must exit non-zero, name each problem at its file:line:column, and leave the previously
 * built site exactly as it was. Kinds that are reported together share one build, which also shows that every
 * problem is listed at once.
 */

/** A generated note: its file name in content/notes/ and its bytes (or a symbolic link's target). */
interface Generated {
  file: string;
  text?: string | Buffer;
  linkTo?: string;
}
interface Kind {
  /** The id that names the kind in CONTRIBUTING.md's table of refused inputs. */
  id: string;
  /** A fixture file from tests/fixtures/bad-input/, or a note generated here (huge, binary or a link). */
  fixture?: string;
  generated?: Generated;
  expected: Expected;
}

const SEEDLING = readFileSync(join(BAD_INPUT, 'valid-seedling.mdx'), 'utf8');
/** A valid seedling under another title (titles are unique) with the given body; the body starts on line 11. */
const note = (title: string, body: string) => `${SEEDLING.split('\n').slice(0, 9).join('\n').replace(/^title: .*$/m, `title: ${title}`)}\n\n${body}\n`;
const linkingBody = 'A seedling that links to [[growth-mindset]], [[career-as-a-mosaic]] and [[three-career-questions]].';

const fromTable = (table: Record<string, Expected>): Kind[] => Object.entries(table).map(([fixture, expected]) => ({ id: fixture.replace(/\.mdx?$/, ''), fixture, expected }));

/** Kinds grouped by the build that reports them together. */
const RUNS: Record<string, Kind[]> = {
  'frontmatter and YAML': fromTable(UNREADABLE),
  'links, citations, unsafe MDX and editorial rules': [...fromTable(READABLE), ...fromTable(EDITORIAL)],
  'files and names': [
    { id: 'symlink', generated: { file: 'linked-note.md', linkTo: 'OUTSIDE' }, expected: [1, 1, /is a symbolic link/] },
    { id: 'not-utf-8', generated: { file: 'windows-1252.md', text: Buffer.from(note('Windows bytes', 'Caf\xe9 and [[growth-mindset]].'), 'latin1') }, expected: [11, 4, /byte 0xE9/] },
    { id: 'name-not-a-slug', generated: { file: 'My Note.md', text: note('A note with spaces in its name', linkingBody) }, expected: [1, 1, /file name "My Note" is not a lowercase slug/] },
    { id: 'name-with-invisible-character', generated: { file: 'growth\u200Bmindset.md', text: note('Invisible in the name', linkingBody) }, expected: [1, 1, /holds an invisible character U\+200B/] },
    { id: 'name-differs-only-by-case', generated: { file: 'Growth-Mindset.md', text: note('Case only', linkingBody) }, expected: [1, 1, /differ only by case/] },
    { id: 'bidi-override-in-title', generated: { file: 'bidi-title.md', text: note('A \u202Eversed title', linkingBody) }, expected: [2, 10, /title holds an invisible character U\+202E/] },
    {
      id: 'zero-width-in-alias',
      generated: { file: 'zero-width-alias.md', text: note('Alias with a zero-width space', linkingBody).replace('topics:', 'aliases: [hidden\u200Bword]\ntopics:') },
      expected: [4, 17, /aliases holds an invisible character U\+200B/],
    },
    {
      id: 'bidi-isolate-in-summary',
      generated: { file: 'bidi-summary.md', text: note('Summary with an isolate', linkingBody).replace('summary: A', 'summary: \u2066A') },
      expected: [3, 10, /summary holds an invisible character U\+2066/],
    },
  ],
  'hostile size and shape (refused before any parser runs)': [
    { id: 'line-of-brackets', generated: { file: 'brackets.md', text: note('Brackets', `${linkingBody}\n\n${'['.repeat(100_000)}`) }, expected: [13, 10_001, /characters long, more than 10000/] },
    { id: 'open-links', generated: { file: 'open-links.md', text: note('Open links', `${linkingBody}\n\n${'[[a|'.repeat(50_000)}`) }, expected: [13, 10_001, /characters long, more than 10000/] },
    {
      id: 'deep-nesting',
      generated: { file: 'deep-list.md', text: note('Deep list', `${linkingBody}\n\n${Array.from({ length: 10_000 }, (_, level) => `${'  '.repeat(level)}- a`).join('\n')}`) },
      expected: [33, 1, /nested more than 20 levels/],
    },
    { id: 'too-many-links', generated: { file: 'many-links.md', text: note('Many links', `${linkingBody}\n\n${'[[growth-mindset]]\n\n'.repeat(600)}`) }, expected: [1007, 1, /has more than 500 links/] },
    { id: 'long-paragraph', generated: { file: 'long-paragraph.md', text: note('Long paragraph', `${linkingBody}\n\n${'[a w\n'.repeat(1_000)}`) }, expected: [13, 1, /block of text of more than 4000 characters/] },
    { id: 'huge-note', generated: { file: 'huge-note.md', text: note('Huge note', `${linkingBody}\n\n${'Some words of text.\n\n'.repeat(11_000)}`) }, expected: [1, 1, /KB, more than the 200 KB a note may have/] },
  ],
};
const REFUSED_KINDS = Object.values(RUNS).flatMap((kinds) => kinds.map((kind) => kind.id));

let project: string;
let outside: string;

/** A fingerprint of every file name and byte under a folder. */
function fingerprint(dir: string): string {
  const hash = createHash('sha256');
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      hash.update(`${relative(dir, path)}\n`);
      if (entry.isDirectory()) walk(path);
      else hash.update(readFileSync(path));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'garden-refused-'));
  outside = mkdtempSync(join(tmpdir(), 'garden-outside-'));
  writeFileSync(join(outside, 'secret.md'), note('Outside the repository', linkingBody));
  for (const entry of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, entry), join(project, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
  // The previously built site the failed builds must leave alone.
  mkdirSync(join(project, 'dist', 'notes'), { recursive: true });
  writeFileSync(join(project, 'dist', 'index.html'), '<p>the previous site</p>');
  writeFileSync(join(project, 'dist', 'notes', 'page.html'), '<p>a page of it</p>');
});
afterAll(() => {
  rmSync(project, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

function buildWith(kinds: Kind[]) {
  rmSync(join(project, 'content'), { recursive: true, force: true });
  cpSync(join(ROOT, 'content'), join(project, 'content'), { recursive: true });
  const notes = join(project, 'content', 'notes');
  for (const { fixture, generated } of kinds) {
    if (fixture) copyFileSync(join(BAD_INPUT, fixture), join(notes, fixture));
    else if (generated?.linkTo) symlinkSync(join(outside, 'secret.md'), join(notes, generated.file));
    else if (generated) writeFileSync(join(notes, generated.file), generated.text!);
  }
  const started = performance.now();
  const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: project, encoding: 'utf8', env: { ...process.env, OUT_DIR: 'dist', ASTRO_TELEMETRY_DISABLED: '1' }, timeout: 120_000 });
  return { ...result, output: `${result.stdout}${result.stderr}`, seconds: (performance.now() - started) / 1000 };
}

const fileOf = (kind: Kind) => `content/notes/${kind.fixture ?? kind.generated!.file}`;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Each test runs a real build: about a second on a quiet machine, far more while other builds share its cores.
describe('refused input stops the real build, names each problem at its place and keeps the previous site', { timeout: 120_000 }, () => {
  it.each(Object.entries(RUNS))('%s', (name, kinds) => {
    const before = fingerprint(join(project, 'dist'));
    const { status, output, seconds } = buildWith(kinds);
    console.info(`refused inputs, ${name}: ${kinds.length} kinds refused in ${seconds.toFixed(1)} s`);
    expect(status, output).not.toBe(0);
    for (const kind of kinds) {
      const [line, column, message] = kind.expected;
      // The problem's line: place, two spaces, the message (its core), then the hint in brackets.
      const lineOfProblem = new RegExp(`^${escape(fileOf(kind))}:${line}:${column}  .*?${message.source.replace(/^\^/, '').replace(/\$$/, '')}.*\\(.+\\)$`, 'm');
      expect(output, kind.id).toMatch(lineOfProblem);
    }
    expect(output).toMatch(/still holds the previously built site/);
    expect(output).not.toMatch(/^\s+at /m);
    expect(fingerprint(join(project, 'dist'))).toBe(before);
    expect(readdirSync(project).filter((entry) => entry.startsWith('dist'))).toEqual(['dist']);
  });

  it('reports one frontmatter mistake in a few lines', () => {
    const { status, output } = buildWith(fromTable({ 'unknown-stage.mdx': UNREADABLE['unknown-stage.mdx'] }));
    expect(status).not.toBe(0);
    expect(output.trim().split('\n').length).toBeLessThanOrEqual(8);
  });

  it('lists every kind in the table of refused inputs in CONTRIBUTING.md', () => {
    const contributing = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
    const table = contributing.slice(contributing.indexOf('## What the content check refuses'));
    for (const id of REFUSED_KINDS) expect(table, id).toContain(`\`${id}\``);
    expect(REFUSED_KINDS.length).toBeGreaterThanOrEqual(35);
  });

  it("names in CONTRIBUTING.md's table the registered rule that refuses each row, or the loader", () => {
    const contributing = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
    const table = contributing.slice(contributing.indexOf('## What the content check refuses'), contributing.indexOf('## Safe MDX'));
    const rows = table.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| input |') && !line.startsWith('| --- |'));
    // Cells split at the pipes that are not escaped: a row's text may show a `\|`.
    const ruleCells = rows.map((row) => row.split(/(?<!\\)\|/)[3].trim());
    const registered = new Set(RULES.map((rule) => rule.id));
    for (const cell of ruleCells) {
      if (cell === 'loader' || cell === '—') continue;
      const ids = [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]);
      expect(ids.length, cell).toBeGreaterThan(0);
      for (const id of ids) expect(registered, cell).toContain(id);
    }
    expect(ruleCells.filter((cell) => cell !== 'loader' && cell !== '—').length).toBeGreaterThanOrEqual(8);
  });
});
