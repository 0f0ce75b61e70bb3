import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildAtomically } from './atomic-build.ts';

const REQUIRED = ['index.html'];

let parent: string;
let outDir: string;
beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'atomic-build-'));
  outDir = join(parent, 'dist');
  mkdirSync(outDir);
  writeFileSync(join(outDir, 'index.html'), 'previous site');
});
afterEach(() => rmSync(parent, { recursive: true, force: true }));

const writeSite = (text: string) => (dir: string) => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), text);
  return true;
};

describe('buildAtomically', () => {
  it('replaces the site only when the build succeeds, leaving no staging folders', async () => {
    await expect(buildAtomically(outDir, writeSite('new site'), REQUIRED)).resolves.toBeUndefined();
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('new site');
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('keeps the previous site when the build reports failure after writing half a site', async () => {
    const failing = (dir: string) => !writeSite('half a site')(dir);
    await expect(buildAtomically(outDir, failing, REQUIRED)).resolves.toBe('the build reported a failure');
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('previous site');
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('keeps the previous site when the build throws', async () => {
    const crashing = (dir: string) => {
      writeSite('half a site')(dir);
      throw new Error('crash');
    };
    await expect(buildAtomically(outDir, crashing, REQUIRED)).rejects.toThrow('crash');
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('previous site');
    expect(existsSync(`${outDir}.next`)).toBe(false);
  });

  it('builds a first site where there was none', async () => {
    rmSync(outDir, { recursive: true });
    await expect(buildAtomically(outDir, writeSite('first site'), REQUIRED)).resolves.toBeUndefined();
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('first site');
  });

  it('keeps the previous site when the build claims success without writing its output', async () => {
    await expect(buildAtomically(outDir, () => true, REQUIRED)).resolves.toBe('the build ended without writing index.html');
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('previous site');
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('keeps the previous site when a required file is missing from the output', async () => {
    await expect(buildAtomically(outDir, writeSite('no worker'), ['index.html', 'sw.js'])).resolves.toBe('the build ended without writing sw.js');
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('previous site');
  });
});
