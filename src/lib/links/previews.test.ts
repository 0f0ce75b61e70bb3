import { describe, expect, it } from 'vitest';
import type { GardenNote } from '../content/model.ts';
import { notePreviews } from './previews.ts';

function note(slug: string, title: string, body: string, aliases: string[] = []): GardenNote {
  return {
    slug,
    file: `content/notes/${slug}.md`,
    bodyLine: 1,
    body,
    data: { title, aliases, summary: `What ${title} is about.`, topics: ['skills'], kind: 'glossary', stage: 'budding', sources: [] },
  } as unknown as GardenNote;
}

describe('notePreviews', () => {
  const previews = notePreviews([
    note('growth', 'Growth mindset', '## Heading\n\nLearning never stops, as [[ownership|owning the outcome]] and [[Owning it]] show. Second sentence.'),
    note('ownership', 'Extreme ownership', 'Own the result.', ['Owning it']),
  ]);

  it('gives every note its title, kind label and summary', () => {
    expect([...previews.keys()]).toEqual(['growth', 'ownership']);
    expect(previews.get('ownership')).toMatchObject({ title: 'Extreme ownership', kind: 'Glossary', summary: 'What Extreme ownership is about.' });
  });

  it('opens with the first prose, headings skipped and links read as their label or the linked title', () => {
    expect(previews.get('growth')?.opening).toBe('Learning never stops, as owning the outcome and Extreme ownership show. Second sentence.');
  });

  it('can build only the previews asked for, with links still read against the whole garden', () => {
    const notes = [note('growth', 'Growth mindset', 'See [[Owning it]].'), note('ownership', 'Extreme ownership', 'Own it.', ['Owning it'])];
    const only = notePreviews(notes, new Set(['growth']));
    expect([...only.keys()]).toEqual(['growth']);
    expect(only.get('growth')?.opening).toBe('See Extreme ownership.');
  });
});
