import { describe, expect, it } from 'vitest';
import { neighboursOf } from './local-graph.ts';
import { relatedNotes } from './related.ts';

const notes = [
  { slug: 'me', topics: ['skills'], sections: ['doc#one', 'doc#two'] },
  { slug: 'linked', topics: ['skills'], sections: ['doc#one'] },
  { slug: 'same-sources', topics: ['role'], sections: ['doc#one', 'doc#two'] },
  { slug: 'co-linked', topics: ['skills'], sections: ['doc#three'] },
  { slug: 'topic-only', topics: ['skills'], sections: ['doc#four'] },
];
const neighbours = neighboursOf(
  new Map([
    ['me', ['linked']],
    ['linked', []],
    ['same-sources', []],
    ['co-linked', ['linked']],
    ['topic-only', []],
  ]),
);

describe('relatedNotes', () => {
  const related = relatedNotes(notes, neighbours);

  it('ranks unlinked notes by shared sections, then shared links and topics, and says why', () => {
    expect(related('me')).toEqual([
      { slug: 'same-sources', sharedSections: 2, sharedLinks: 0, sharedTopics: 0 },
      { slug: 'co-linked', sharedSections: 0, sharedLinks: 1, sharedTopics: 1 },
    ]);
  });

  it('never proposes a note that is already linked, or the note itself', () => {
    expect(related('linked').map((entry) => entry.slug)).not.toContain('me');
    expect(related('linked').map((entry) => entry.slug)).not.toContain('linked');
  });

  it('honours the limit and knows no unknown note', () => {
    expect(related('me', 1)).toHaveLength(1);
    expect(related('nobody')).toEqual([]);
  });
});
