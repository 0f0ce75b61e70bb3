import { describe, expect, it } from 'vitest';
import { groupByInitial } from './alphabet.ts';
import { notesCitingSections } from './citations.ts';
import { parseGitLog } from './git-dates.ts';
import { pathNeighbours } from './reading-paths.ts';
import { readerInterest } from './reader-interest.ts';
import { recentlyUpdated } from './recent.ts';

describe('pathNeighbours', () => {
  const steps = ['a', 'b', 'c'];
  it('gives position and neighbours, with none past either end', () => {
    expect(pathNeighbours(steps, 'a')).toEqual({ position: 1, next: 'b' });
    expect(pathNeighbours(steps, 'b')).toEqual({ position: 2, previous: 'a', next: 'c' });
    expect(pathNeighbours(steps, 'c')).toEqual({ position: 3, previous: 'b' });
    expect(pathNeighbours(steps, 'z')).toBeUndefined();
  });
});

describe('readerInterest', () => {
  it('keeps sections with counts, most requested first, ties broken by views, with bar shares', () => {
    const rows = readerInterest([
      { id: 'a', title: 'A', summary: 's', promotional: false, views: 100, requests: 2 },
      { id: 'b', title: 'B', summary: 's', promotional: false, views: 400, requests: 8 },
      { id: 'c', title: 'C', summary: 's', promotional: false },
      { id: 'd', title: 'D', summary: 's', promotional: false, views: 200, requests: 2 },
    ]);
    expect(rows.map((row) => row.id)).toEqual(['b', 'd', 'a']);
    expect(rows[0]).toMatchObject({ viewShare: 1, requestShare: 1 });
    expect(rows[2]).toMatchObject({ viewShare: 0.25, requestShare: 0.25 });
  });
});

describe('parseGitLog', () => {
  it('keeps the newest date of each file', () => {
    const log = '\u001e2026-02-02T10:00:00Z\n\ncontent/notes/a.mdx\n\u001e2026-01-01T10:00:00Z\n\ncontent/notes/a.mdx\ncontent/notes/b.mdx\n';
    const dates = parseGitLog(log);
    expect(dates.get('content/notes/a.mdx')).toBe('2026-02-02T10:00:00Z');
    expect(dates.get('content/notes/b.mdx')).toBe('2026-01-01T10:00:00Z');
  });
});

describe('recentlyUpdated', () => {
  it('orders newest first and alphabetically within a day', () => {
    const dates = new Map([
      ['b', '2026-01-01T00:00:00Z'],
      ['a', '2026-01-01T00:00:00Z'],
      ['c', '2026-03-01T00:00:00Z'],
    ]);
    expect(recentlyUpdated(dates, 2)).toEqual(['c', 'a']);
  });
});

describe('groupByInitial', () => {
  it('groups by first letter, ignoring leading punctuation, symbols first', () => {
    const groups = groupByInitial(['beta', '“Alpha”', 'apple', '42 things'], (label) => label);
    expect(groups).toEqual([['#', ['42 things']], ['A', ['“Alpha”', 'apple']], ['B', ['beta']]]);
  });
});

describe('notesCitingSections', () => {
  it('splits citing notes into those whose first source is the section and those that also draw on it', () => {
    const citing = notesCitingSections(
      [
        { slug: 'n1', sources: [{ doc: 'd', section: 's1' }, { doc: 'd', section: 's1' }] },
        { slug: 'n2', sources: [{ doc: 'other', section: 's2' }, { doc: 'd', section: 's1' }, { doc: 'd', section: 's3' }] },
      ],
      'd',
    );
    expect(Object.fromEntries(citing)).toEqual({
      s1: { primary: ['n1'], secondary: ['n2'] },
      s3: { primary: [], secondary: ['n2'] },
    });
  });
});
