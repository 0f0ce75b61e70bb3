import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { formatProblem } from '../../src/lib/content/model.ts';
import { countWords } from '../../src/lib/markdown/words.ts';
import { checkGarden } from '../../src/lib/checks/check-garden.ts';
import { syntheticNotes, writeSyntheticGarden } from '../../scripts/bench/synthetic-garden.ts';

const dir = mkdtempSync(join(tmpdir(), 'synthetic-garden-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Writing and checking 240 notes takes about 3 s alone, and twice that while the other content tests run beside it.
vi.setConfig({ testTimeout: 60_000 });

describe('synthetic gardens for benchmarks', () => {
  it('pass every rule of the garden', () => {
    writeSyntheticGarden(dir, { notes: 240 });
    const { garden, problems } = checkGarden(dir);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(garden?.notes).toHaveLength(240);
  });

  it('have notes of realistic length, the same every time', () => {
    const notes = syntheticNotes({ notes: 50 });
    const words = notes.map((note) => countWords(note.body));
    expect(Math.min(...words)).toBeGreaterThanOrEqual(100);
    expect(Math.max(...words)).toBeLessThanOrEqual(250);
    expect(syntheticNotes({ notes: 50 }).map((note) => note.text)).toEqual(notes.map((note) => note.text));
  });

  it('refuse to write over existing content', () => {
    expect(() => writeSyntheticGarden(dir, { notes: 12 })).toThrow(/already exists/);
  });
});
