import { describe, expect, it } from 'vitest';
import { checkLink, createResolver, linkIndexOf } from './link-resolution.ts';

const note = (slug: string, title: string, aliases: string[] = [], body = '') => ({ slug, body, data: { title, aliases } });
const NOTES = [
  note('growth-mindset', 'A growth mindset', ['Learning attitude']),
  note('getting-comfortable', 'Getting comfortable', [], '## Why it happens\n\n## What to do\n\n### What to do\n'),
  note('influence', 'Influence without authority', ['Soft power']),
  note('soft-power', 'Power that is soft'),
  note('team-glue', 'Team glue', ['Glue']),
  note('glue-work', 'Glue work', ['glue']),
];

describe('createResolver', () => {
  const resolver = createResolver(NOTES);

  it('resolves by file name, title or alias, ignoring case and runs of spaces', () => {
    for (const target of ['growth-mindset', 'GROWTH-MINDSET', 'a  growth   Mindset', ' learning attitude ']) {
      expect(resolver.resolve(target)).toEqual({ kind: 'note', slug: 'growth-mindset' });
    }
  });

  it('prefers the file name, as Obsidian does, over another note\'s alias', () => {
    expect(resolver.resolve('soft-power')).toEqual({ kind: 'note', slug: 'soft-power' });
    expect(resolver.resolve('Soft power')).toEqual({ kind: 'note', slug: 'influence' });
  });

  it('reports a name two notes share as ambiguous, and lists it among the conflicts', () => {
    expect(resolver.resolve('glue')).toEqual({ kind: 'ambiguous', slugs: ['glue-work', 'team-glue'] });
    expect(resolver.conflicts).toContainEqual({ key: 'glue', slugs: ['glue-work', 'team-glue'] });
  });

  it('suggests the closest names for a name no note has', () => {
    const mindset = resolver.resolve('growth mindest');
    expect(mindset.kind === 'missing' && mindset.suggestions[0]).toBe('growth-mindset');
    const comfy = resolver.resolve('Getting comfy');
    expect(comfy.kind === 'missing' && comfy.suggestions[0]).toBe('getting-comfortable');
  });

  it('suggests nothing when no name is close, rather than unrelated notes', () => {
    expect(resolver.resolve('status-updats')).toEqual({ kind: 'missing', suggestions: [] });
  });
});

describe('checkLink', () => {
  const index = linkIndexOf(NOTES);

  it('accepts a heading by id or by its text, and returns the id the page uses', () => {
    expect(checkLink({ raw: '', target: 'getting-comfortable', fragment: 'what-to-do-1' }, index)).toEqual({ ok: true, slug: 'getting-comfortable', headingId: 'what-to-do-1' });
    expect(checkLink({ raw: '', target: 'Getting comfortable', fragment: 'why IT happens' }, index)).toEqual({ ok: true, slug: 'getting-comfortable', headingId: 'why-it-happens' });
  });

  it('explains a missing note with the closest titles and file names', () => {
    expect(checkLink({ raw: '[[Influence without autority]]', target: 'Influence without autority' }, index)).toEqual({
      ok: false,
      message: expect.stringMatching(/^\[\[Influence without autority\]\] does not name any note; did you mean "Influence without authority" \[\[influence\]\]\?$/),
      hint: "link by a note's file name, title or alias, e.g. [[influence]]",
    });
  });

  it('explains a missing heading with the closest one and the full list', () => {
    expect(checkLink({ raw: '[[getting-comfortable#why]]', target: 'getting-comfortable', fragment: 'why' }, index)).toEqual({
      ok: false,
      message: '[[getting-comfortable#why]]: note "getting-comfortable" has no heading "why"; did you mean #what-to-do (What to do)?',
      hint: 'use one of: why-it-happens, what-to-do, what-to-do-1',
    });
    expect(checkLink({ raw: '[[team-glue#x]]', target: 'team-glue', fragment: 'x' }, index)).toMatchObject({ ok: false, hint: 'that note has no headings: link to the note itself' });
  });
});
