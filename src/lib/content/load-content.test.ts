import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from './model.ts';
import { ContentError, loadGarden } from './load-content.ts';
import { checkGarden } from '../checks/check-garden.ts';
import { splitFrontmatter } from '../markdown/frontmatter.ts';

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

function project(files: Record<string, string | Uint8Array>): string {
  root = mkdtempSync(join(tmpdir(), 'garden-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function problemsOf(dir: string) {
  try {
    loadGarden(dir);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  return [];
}

const goodNote = `---
title: A note
summary: One sentence that says what the note is about.
topics: [skills]
kind: note
stage: seedling
sources:
  - { doc: d, section: s }
---

Body text.
`;

describe('loadGarden', () => {
  it('reads notes with their slug, body and the line the body starts on', () => {
    const garden = loadGarden(project({ 'content/notes/sub/a-note.mdx': goodNote }));
    expect(garden.notes).toHaveLength(1);
    expect(garden.notes[0]).toMatchObject({ slug: 'a-note', file: 'content/notes/sub/a-note.mdx', bodyLine: 10 });
    expect(garden.notes[0].body.trim()).toBe('Body text.');
  });

  it('reads an unchanged content folder once, and again as soon as a note changes', () => {
    const dir = project({ 'content/notes/a-note.md': goodNote });
    const first = loadGarden(dir);
    expect(loadGarden(dir)).toBe(first);
    writeFileSync(join(dir, 'content/notes/a-note.md'), goodNote.replace('Body text.', 'Other body text.'));
    const second = loadGarden(dir);
    expect(second).not.toBe(first);
    expect(second.notes[0].body.trim()).toBe('Other body text.');
  });

  it('shares that read with another copy of this module, as the config and the content collections of a build are', async () => {
    const dir = project({ 'content/notes/a-note.md': goodNote });
    const first = loadGarden(dir);
    // A query makes the module loader treat the file as another module, as Vite does for the content config.
    const secondCopy = new URL('./load-content.ts?second-copy', import.meta.url).href;
    const copy = (await import(/* @vite-ignore */ secondCopy)) as typeof import('./load-content.ts');
    expect(copy.loadGarden).not.toBe(loadGarden);
    expect(copy.loadGarden(dir)).toBe(first);
  });

  it('reads the folder once whether its name ends with a slash or not, as the config and the pages name it', () => {
    const dir = project({ 'content/notes/a-note.md': goodNote });
    expect(loadGarden(`${dir}/`)).toBe(loadGarden(dir));
  });

  it('names file, field, line and expectation of a schema error', () => {
    const broken = goodNote.replace('stage: seedling', 'stage: sapling');
    const [problem] = problemsOf(project({ 'content/notes/bad.mdx': broken }));
    expect(problem).toMatchObject({ file: 'content/notes/bad.mdx', line: 6, column: 8 });
    expect(problem.message).toMatch(/^field "stage": .*seedling.*budding.*evergreen/);
  });

  it('points a missing field at the record and says what is required', () => {
    const [problem] = problemsOf(project({ 'content/notes/bad.mdx': goodNote.replace(/^summary:.*\n/m, '') }));
    expect(problem.file).toBe('content/notes/bad.mdx');
    expect(problem.message).toMatch(/^field "summary"/);
    expect(problem.line).toBe(2);
  });

  it('reports invalid YAML with its position, and a file without frontmatter', () => {
    const problems = problemsOf(
      project({
        'content/notes/yaml.mdx': goodNote.replace('title: A note', 'title: [unclosed'),
        'content/notes/plain.mdx': 'Just text.',
      }),
    );
    expect(problems.map((problem) => [problem.file, problem.message.split(':')[0]])).toEqual([
      ['content/notes/plain.mdx', 'has no frontmatter'],
      ['content/notes/yaml.mdx', 'is not valid YAML'],
    ]);
    expect(problems[1].line).toBeGreaterThanOrEqual(2);
  });

  it('rejects a hub file not named after a topic', () => {
    const [problem] = problemsOf(project({ 'content/topics/cooking.mdx': '---\ntitle: x\n---\n' }));
    expect(problem).toMatchObject({ file: 'content/topics/cooking.mdx', message: 'is not named after a topic' });
  });
});

describe('loadGarden refuses bad files before any parser reads them', () => {
  it('reports a symbolic link to a file or a folder, and reads neither', () => {
    const dir = project({ 'content/notes/a-note.md': goodNote, 'elsewhere/broken.md': '---\ntitle: [unclosed\n---\n', 'elsewhere/sub/other.md': goodNote });
    symlinkSync(join(dir, 'elsewhere/broken.md'), join(dir, 'content/notes/linked.md'));
    symlinkSync(join(dir, 'elsewhere/sub'), join(dir, 'content/notes/folder'));
    const problems = problemsOf(dir);
    expect(problems.map(formatProblem)).toEqual([
      'content/notes/folder:1:1  is a symbolic link, which the content check neither reads nor follows  (replace the link with the file itself (a copy of the file or folder it points to))',
      'content/notes/linked.md:1:1  is a symbolic link, which the content check neither reads nor follows  (replace the link with the file itself (a copy of the file or folder it points to))',
    ]);
  });

  it('reports a file that is not UTF-8 at the line and column of its first bad byte', () => {
    const windows1252 = Buffer.from(goodNote.replace('One sentence', 'One caf\u00e9 sentence'), 'latin1');
    const [problem, ...others] = problemsOf(project({ 'content/notes/cafe.md': windows1252 }));
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/notes/cafe.md', line: 3, column: 17, message: expect.stringMatching(/^is not UTF-8: byte 0xE9/), hint: expect.stringMatching(/save the file as UTF-8/) });
  });

  it('reads a note that starts with a byte order mark, with the same line numbers', () => {
    const dir = project({ 'content/notes/a-note.md': `\uFEFF${goodNote}`, 'content/notes/bad.md': `\uFEFF${goodNote.replace('stage: seedling', 'stage: sapling')}` });
    const [problem, ...others] = problemsOf(dir);
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/notes/bad.md', line: 6, column: 8 });
    rmSync(join(dir, 'content/notes/bad.md'));
    const [note] = loadGarden(dir).notes;
    expect(note).toMatchObject({ slug: 'a-note', bodyLine: 10, data: { title: 'A note' } });
  });

  it('reports a file name that is not a lowercase slug, with the name to use', () => {
    const problems = problemsOf(project({ 'content/notes/My Note.md': goodNote, 'content/topics/Skills.md': '---\ntitle: x\n---\n' }));
    expect(problems.map(formatProblem)).toEqual([
      'content/notes/My Note.md:1:1  file name "My Note" is not a lowercase slug  (rename it to my-note.md)',
      'content/topics/Skills.md:1:1  file name "Skills" is not a lowercase slug  (rename it to skills.md)',
    ]);
  });

  it('reports an invisible character in a title or summary at its line and column', () => {
    const problems = problemsOf(
      project({
        'content/notes/a-note.md': goodNote.replace('title: A note', 'title: A\u200B note'),
        'content/sources/doc.yaml': 'id: doc\ntitle: Doc\nsummary: Text \u202Ereversed\n',
      }),
    );
    expect(problems.map((problem) => [problem.file, problem.line, problem.column, problem.message])).toEqual([
      ['content/notes/a-note.md', 2, 9, 'title holds an invisible character U+200B (zero-width space) at column 9'],
      ['content/sources/doc.yaml', 3, 15, 'summary holds an invisible character U+202E (right-to-left override) at column 15'],
    ]);
    expect(problems[0].hint).toMatch(/^delete it/);
  });

  it('reports two note files whose names differ only by case, and links to them say to rename one', () => {
    const linking = goodNote.replace('Body text.', 'See [[my-note]].');
    const { problems } = checkGarden(project({ 'content/notes/My-Note.md': goodNote, 'content/notes/sub/my-note.md': goodNote.replace('A note', 'Other'), 'content/notes/linking.md': linking }));
    const collision = problems.find((problem) => problem.file === 'content/notes/My-Note.md');
    expect(collision).toMatchObject({
      message: 'file name "My-Note" collides with content/notes/sub/my-note.md: they differ only by case, and are one file on macOS and Windows',
      hint: expect.stringMatching(/^rename one of them/),
    });
    expect(collision?.line).toBeUndefined();
    const link = problems.find((problem) => problem.message.startsWith('[[my-note]] is ambiguous'));
    expect(link).toMatchObject({ file: 'content/notes/linking.md', line: 11, hint: 'rename one of the files My-Note and my-note: their names differ only by case' });
    expect(problems.map((problem) => problem.hint)).not.toContainEqual(expect.stringMatching(/which is unique/));
  });
});

describe('splitFrontmatter', () => {
  it('returns undefined when the file does not open with ---', () => {
    expect(splitFrontmatter('title: x\n---\n')).toBeUndefined();
  });
});
