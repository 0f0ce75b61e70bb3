import { describe, expect, it } from 'vitest';
import { extraInterpretationMarkers, rawSectionIds, readerVisibleText } from './editorial-rules.ts';

const IDS = ['challenges-at-faang', 'typical-day', 'background', 'introduction'];

describe('extraInterpretationMarkers', () => {
  it('allows one label and reports every later one, in any of the three wordings and any case', () => {
    expect(extraInterpretationMarkers('Our reading: fine.')).toEqual([]);
    const body = 'Our reading: one.\n\nIn the garden’s view, two. That is our interpretation. OUR OWN READING too.';
    expect(extraInterpretationMarkers(body).map((found) => found.text)).toEqual(['In the garden’s view', 'our interpretation', 'OUR OWN READING']);
    expect(extraInterpretationMarkers(body)[0].offset).toBe(body.indexOf('In the garden'));
  });

  it('does not count words inside a link target or a component', () => {
    expect(extraInterpretationMarkers('Our reading: see [[notes#our-reading|this]] and <Spectrum description="our reading" />.')).toEqual([]);
  });
});

describe('rawSectionIds', () => {
  it('finds a hyphenated id anywhere in prose, and a one-word id only alone in parentheses or code', () => {
    const body = 'As he says (challenges-at-faang), and in `typical-day`; (background) too, but a background in physics is fine.';
    expect(rawSectionIds(body, IDS)).toEqual([
      { offset: body.indexOf('challenges-at-faang'), text: 'challenges-at-faang' },
      { offset: body.indexOf('typical-day'), text: 'typical-day' },
      { offset: body.indexOf('(background)') + 1, text: 'background' },
    ]);
  });

  it('ignores ids in wikilink targets, Markdown link URLs and longer slugs, but not in a link label', () => {
    const body = '[[a-tpms-typical-day]] [[typical-day-note|his day]] [x](/sources/meta/#typical-day) my-typical-day [[n|typical-day]]';
    expect(rawSectionIds(body, IDS)).toEqual([{ offset: body.lastIndexOf('typical-day'), text: 'typical-day' }]);
  });
});

describe('readerVisibleText', () => {
  it('keeps offsets: blanked text has the length and line breaks of the original', () => {
    const body = 'A [[t|label]] and [u](x.md)\n<Matrix caption="c" />\nend';
    const visible = readerVisibleText(body);
    expect(visible).toHaveLength(body.length);
    expect(visible.split('\n')).toHaveLength(3);
    expect(visible).toContain('label');
    expect(visible).not.toContain('x.md');
  });
});
