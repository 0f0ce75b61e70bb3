import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError, loadGarden, splitFrontmatter } from './load-content.ts';

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

function project(files: Record<string, string>): string {
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

describe('splitFrontmatter', () => {
  it('returns undefined when the file does not open with ---', () => {
    expect(splitFrontmatter('title: x\n---\n')).toBeUndefined();
  });
});
