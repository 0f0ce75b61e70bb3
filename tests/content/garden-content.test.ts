import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/model.ts';
import { runRules } from '../../src/lib/checks/registry.ts';
import { loadGarden } from '../../src/lib/content/load-content.ts';
import { headingIds } from '../../src/lib/markdown/note-syntax.ts';
import { ROOT } from '../support/site.ts';

const garden = loadGarden(ROOT);
const notesOfKind = (kind: string) => garden.notes.filter((note) => note.data.kind === kind);

describe('the garden content', () => {
  it('keeps every rule: sources exist and are covered, links resolve, no orphans, 3+ links, hubs and paths complete', () => {
    expect(runRules(garden).map(formatProblem)).toEqual([]);
  });

  it('has 40 to 70 notes, including synthesis, glossary and the two authors', () => {
    expect(garden.notes.length).toBeGreaterThanOrEqual(40);
    expect(garden.notes.length).toBeLessThanOrEqual(70);
    expect(notesOfKind('synthesis').length).toBeGreaterThanOrEqual(3);
    expect(notesOfKind('glossary').length).toBeGreaterThanOrEqual(1);
    expect(notesOfKind('person')).toHaveLength(2);
  });

  it('labels every synthesis note as the garden’s own reading in its first paragraph', () => {
    for (const note of notesOfKind('synthesis')) {
      expect(note.body.trim().split('\n\n')[0], note.file).toMatch(/synthesis|our (own )?reading|the garden['’]s (own )?reading/i);
    }
  });

  it('defines each term a newcomer stumbles on in the glossary', () => {
    const ids = notesOfKind('glossary').flatMap((note) => headingIds(note.body));
    for (const term of ['tpm', 'pm', 'sdm', 'ic', 'sev', 'kpi', 'eq', 'integrity', 'faang', 'system-design', 'stock-vesting']) {
      expect(ids).toContain(term);
    }
  });

  it('has at least three reading paths and records the AMA’s views and requests for every answer', () => {
    expect(garden.paths.length).toBeGreaterThanOrEqual(3);
    const ama = garden.sources.find((source) => source.data.kind === 'AMA');
    expect(ama?.data.sections).toHaveLength(8);
    for (const section of ama?.data.sections ?? []) {
      expect(section.views, section.id).toBeGreaterThan(0);
      expect(section.requests, section.id).toBeGreaterThan(0);
    }
  });

  it('marks the article’s course advertisement as promotional and cites it nowhere', () => {
    const promotional = garden.sources.flatMap((source) => source.data.sections.filter((section) => section.promotional));
    expect(promotional.map((section) => section.id)).toEqual(['interview-course-ad']);
  });

  it('copies no run of 12 words from the source texts kept in content/sources/texts/ (npm run check:own-words)', () => {
    const result = spawnSync(process.execPath, ['scripts/check-own-words.ts'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Own words OK: \d+ files checked against 2 source texts\./);
    expect(result.status).toBe(0);
  });
});
