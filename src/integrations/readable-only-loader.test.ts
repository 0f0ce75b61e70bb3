import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readablePatterns } from './readable-only-loader.ts';

const project = mkdtempSync(join(tmpdir(), 'garden-readable-only-'));
cpSync(join(import.meta.dirname, '..', '..', 'content'), join(project, 'content'), { recursive: true });
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('the content layer sees only the files the garden can read', () => {
  it('leaves out a note with a bad frontmatter value, and only that note', () => {
    expect(readablePatterns('**/*.{md,mdx}', './content/notes', project)).toEqual(['**/*.{md,mdx}']);
    const note = join(project, 'content/notes/growth-mindset.md');
    writeFileSync(note, readFileSync(note, 'utf8').replace(/^stage: .*$/m, 'stage: draft'));
    expect(readablePatterns('**/*.{md,mdx}', './content/notes', project)).toEqual(['**/*.{md,mdx}', '!growth-mindset.md']);
    expect(readablePatterns('*.{md,mdx}', './content/topics', project)).toEqual(['*.{md,mdx}']);
  });
});
