import { describe, expect, it } from 'vitest';
import { linkPassage, openingOf, type ResolvedLink } from './passages.ts';
import type { NoteProse } from './wikilinks.ts';
import { proseOfMarkdown } from './note-syntax.ts';

const TITLES: Record<string, string> = { b: 'The second note', c: 'Third' };
const titleOf = (slug: string) => TITLES[slug] ?? slug;
function resolved(body: string): NoteProse<ResolvedLink> {
  const prose = proseOfMarkdown(body);
  return { ...prose, links: prose.links.map((link) => ({ ...link, to: link.target in TITLES ? link.target : undefined })) };
}

const passageAt = (body: string, index = 0) => linkPassage(resolved(body), index, titleOf);

describe('linkPassage', () => {
  it('keeps the sentence around the link, with other links shown as their text and Markdown removed', () => {
    const body = 'First sentence here. The **key** idea is in [[b]], next to [third](c.mdx) — see there. Last sentence.';
    expect(passageAt(body)).toEqual({ before: 'The key idea is in ', link: 'The second note', after: ', next to third — see there.' });
    expect(passageAt(body, 1)).toEqual({ before: 'The key idea is in The second note, next to ', link: 'third', after: ' — see there.' });
  });

  it('does not end the sentence at punctuation inside a title shown for another link', () => {
    TITLES.q = 'Fit, or growth?';
    try {
      const body = 'Compare [[q]] and [[b]] before choosing.';
      expect(passageAt(body, 1)).toEqual({ before: 'Compare Fit, or growth? and ', link: 'The second note', after: ' before choosing.' });
    } finally {
      delete TITLES.q;
    }
  });

  it('stays within the paragraph, list item or table row of the link, across wrapped lines', () => {
    const body = 'A paragraph before.\n\n## A heading\nIntro line that\nwraps onto [[b|a label]] here.\n\n- one item\n- another with [[c]]\n  continued\n- last item';
    expect(passageAt(body)).toEqual({ before: 'Intro line that wraps onto ', link: 'a label', after: ' here.' });
    expect(passageAt(body, 1)).toEqual({ before: 'another with ', link: 'Third', after: ' continued' });
  });

  it('shortens very long sentences around the link at word boundaries', () => {
    const long = Array.from({ length: 80 }, (_, index) => `word${index}`).join(' ');
    const body = `${long} [[b]] ${long}.`;
    const passage = linkPassage(resolved(body), 0, titleOf, 60);
    expect(passage.before.startsWith('… ')).toBe(true);
    expect(passage.before.length).toBeLessThanOrEqual(62);
    expect(passage.after.endsWith(' …')).toBe(true);
    expect(passage.after).toMatch(/^ word0 word1 /);
  });
});

describe('openingOf', () => {
  it('takes the first prose paragraphs as plain text, skipping headings, components and tables', () => {
    const body = '<Spectrum caption="x" />\n\n## Heading\n\nThe note opens with [[b]]. It goes on *a bit*.\n\n| a | b |\n|---|---|\n\nAnd ends.';
    expect(openingOf(resolved(body), titleOf)).toBe('The note opens with The second note. It goes on a bit. And ends.');
  });

  it('cuts a long opening at a sentence end, or at a word with an ellipsis', () => {
    const sentences = 'One two three four five. Six seven eight nine ten eleven twelve.';
    expect(openingOf(resolved(sentences), titleOf, 8)).toBe('One two three four five.');
    expect(openingOf(resolved('alpha beta gamma delta epsilon zeta eta theta iota'), titleOf, 4)).toBe('alpha beta gamma delta …');
  });
});
