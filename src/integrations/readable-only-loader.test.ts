import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { afterAll, describe, expect, it } from 'vitest';
import { readablePatterns } from './readable-only-loader.ts';

// Astro's glob loader matches changed files with picomatch in astro dev; picomatch ships no types.
const picomatch = createRequire(import.meta.url)('picomatch') as { isMatch(entry: string, patterns: string, options: { ignore: string[] }): boolean };

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

  it('leaves out a refused file name by its letters, not as a glob, and a linked folder with everything in it', () => {
    const notes = join(project, 'content/notes');
    // Read as a glob, this name would leave out a-tpms-typical-day.md, which is fine.
    writeFileSync(join(notes, '{a-tpms-typical-day,x}.md'), readFileSync(join(notes, 'a-tpms-typical-day.md')));
    const outside = join(project, 'elsewhere');
    mkdirSync(outside);
    writeFileSync(join(outside, 'hidden.md'), readFileSync(join(notes, 'a-tpms-typical-day.md')));
    symlinkSync(outside, join(notes, 'linked'));
    const patterns = readablePatterns('**/*.{md,mdx}', './content/notes', project);
    // Astro's glob loader lists files with tinyglobby.
    const listed = globSync(patterns, { cwd: notes, expandDirectories: false });
    const watched = (entry: string) => picomatch.isMatch(entry, patterns[0], { ignore: patterns.slice(1).map((pattern) => pattern.slice(1)) });
    expect(listed).toContain('a-tpms-typical-day.md');
    expect(listed).not.toContain('{a-tpms-typical-day,x}.md');
    expect(listed).not.toContain('linked/hidden.md');
    expect([watched('a-tpms-typical-day.md'), watched('{a-tpms-typical-day,x}.md'), watched('linked/hidden.md')]).toEqual([true, false, false]);
  });
});
