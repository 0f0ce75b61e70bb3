import { describe, expect, it } from 'vitest';
import { HIDDEN_TERMS_MARK } from './search-excerpt.ts';
import { indexedText, SYNONYM_WEIGHT, synonymBlock, synonymsFor } from './search-synonyms.ts';

describe('synonymsFor', () => {
  it('adds the spelled-out forms of an abbreviation the text uses', () => {
    expect(synonymsFor('A strong EQ helps.')).toEqual(['emotional intelligence', 'empathy']);
  });

  it('adds the abbreviation to a text that only spells the idea out', () => {
    expect(synonymsFor('Choose metrics carefully.')).toEqual(['KPI', 'key performance indicator']);
  });

  it('matches abbreviations only in capitals, so ordinary words do not trigger them', () => {
    expect(synonymsFor('We met at 5 pm and talked about eq signs.')).toEqual([]);
  });

  it('accepts plurals and adds nothing the text already has', () => {
    expect(synonymsFor('SREs, site reliability engineers and site reliability engineering')).toEqual([]);
  });
});

describe('synonymBlock', () => {
  it('is a hidden block, weighted below the page\'s own words, of the synonyms the text lacks', () => {
    expect(synonymBlock(synonymsFor('Every SWE can grow.'))).toBe(
      `<div hidden data-search-synonyms data-pagefind-weight="${SYNONYM_WEIGHT}">${HIDDEN_TERMS_MARK} software engineer, software engineering</div>`,
    );
  });

  it('is empty for a text without any known term', () => {
    expect(synonymBlock(synonymsFor('Nothing to expand.'))).toBe('');
  });
});

describe('indexedText', () => {
  it('keeps the text of every element, nested ones included, without the tags', () => {
    expect(indexedText('<p>Every SWE &amp; PM.</p><article><p>A nested one.</p></article>').split(/\s+/).filter(Boolean)).toEqual([
      'Every', 'SWE', '&', 'PM.', 'A', 'nested', 'one.',
    ]);
  });

  it('leaves out the parts Pagefind does not index: marked data-pagefind-ignore, or scripts', () => {
    const text = indexedText(
      '<div hidden data-pagefind-ignore><span>SRE</span></div><ul data-pagefind-ignore><li><ul><li>FAANG</li></ul></li></ul><script>var SWE;</script><p>Only prose.</p>',
    );
    expect(text.trim()).toBe('Only prose.');
  });

  it('keeps hidden parts that are not marked data-pagefind-ignore, as Pagefind indexes them (a note\'s aliases)', () => {
    expect(indexedText('<p>Prose.</p><p hidden data-pagefind-weight="8">Typical day; Daily routine</p>').split(/\s+/).filter(Boolean)).toEqual([
      'Prose.', 'Typical', 'day;', 'Daily', 'routine',
    ]);
  });
});
