import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { noteSyntax } from '../lib/markdown/note-syntax.ts';
import { readBodiesWithCache, syntaxCacheCode } from './syntax-cache.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'garden-syntax-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// Bodies no other test reads, so this process's in-memory reads do not hide a parse.
const unique = `${process.pid}-${Date.now()}`;
const bodies = [
  { body: `See [[first-${unique}]] and [[second-${unique}|a label]].\n\n## A heading ${unique}\n`, format: 'md' as const },
  { body: `Only prose ${unique}, with \`[[not-a-link]]\` in code.\n`, format: 'md' as const },
];

/** Reads the bodies as the worker does, saves the cache for the next build, and returns how many were parsed. */
function readAndSave(...args: Parameters<typeof readBodiesWithCache>): number {
  const reads = readBodiesWithCache(...args);
  reads.save();
  return reads.parsed;
}

describe('the worker\'s cache of what it read from the note bodies', () => {
  it('parses every body the first time, none the next, and only an edited one after that', () => {
    const file = join(dir, 'cache', 'syntax.json');
    expect(readAndSave(bodies, file, 'code-a')).toBe(2);
    expect(existsSync(file)).toBe(true);
    expect(readAndSave(bodies, file, 'code-a')).toBe(0);
    const edited = [bodies[0], { ...bodies[1], body: `${bodies[1].body}One more sentence.\n` }];
    expect(readAndSave(edited, file, 'code-a')).toBe(1);
  });

  it('writes nothing until saved, so the worker can hand on its reads first', () => {
    const file = join(dir, 'syntax.json');
    const reads = readBodiesWithCache(bodies, file, 'code-a');
    expect(existsSync(file)).toBe(false);
    reads.save();
    expect(existsSync(file)).toBe(true);
  });

  it('hands on from the cache exactly what a parse reads', () => {
    const file = join(dir, 'syntax.json');
    readAndSave(bodies, file, 'code-a');
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { bodies: [string, unknown][] };
    expect(kept.bodies.map(([, syntax]) => syntax)).toEqual(bodies.map(({ body, format }) => noteSyntax(body, format)));
    expect(noteSyntax(bodies[0].body).prose.links.map((link) => link.target)).toEqual([`first-${unique}`, `second-${unique}`]);
  });

  it('keeps only the bodies of the last build, so it never outgrows the garden', () => {
    const file = join(dir, 'syntax.json');
    readAndSave(bodies, file, 'code-a');
    readAndSave(bodies.slice(1), file, 'code-a');
    expect((JSON.parse(readFileSync(file, 'utf8')) as { bodies: unknown[] }).bodies).toHaveLength(1);
  });

  it('reads afresh after the code that reads bodies changed, and over a damaged file', () => {
    const file = join(dir, 'syntax.json');
    readAndSave(bodies, file, 'code-a');
    expect(readAndSave(bodies, file, 'code-b')).toBe(2);
    writeFileSync(file, '{ "code": "code-b", "bodies": [');
    expect(readAndSave(bodies, file, 'code-b')).toBe(2);
    expect(readAndSave(bodies, file, 'code-b')).toBe(0);
  });

  it('still reads every body when the cache cannot be written', () => {
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, '');
    expect(readAndSave(bodies, join(blocker, 'syntax.json'), 'code-a')).toBe(2);
  });

  it('is keyed by the code in src/lib and by the lock file, which pins the parser packages', () => {
    const project = join(dir, 'project');
    mkdirSync(join(project, 'src', 'lib'), { recursive: true });
    writeFileSync(join(project, 'src', 'lib', 'reader.ts'), 'export const version = 1;\n');
    writeFileSync(join(project, 'package-lock.json'), '{ "lockfileVersion": 3 }\n');
    const first = syntaxCacheCode(project);
    expect(syntaxCacheCode(project)).toBe(first);
    writeFileSync(join(project, 'package-lock.json'), '{ "lockfileVersion": 3, "packages": {} }\n');
    const afterUpdate = syntaxCacheCode(project);
    expect(afterUpdate).not.toBe(first);
    writeFileSync(join(project, 'src', 'lib', 'reader.ts'), 'export const version = 2;\n');
    expect(syntaxCacheCode(project)).not.toBe(afterUpdate);
  });
});
