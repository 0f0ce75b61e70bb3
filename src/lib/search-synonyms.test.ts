import { describe, expect, it } from 'vitest';
import { SYNONYM_WEIGHT, synonymsFor, withSearchSynonyms } from './search-synonyms.ts';

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

describe('withSearchSynonyms', () => {
  const page = (body: string) => `<html><body><header>SRE</header><article data-pagefind-body>${body}</article></body></html>`;

  it('puts a hidden weighted block at the end of the indexed element, from its text only', () => {
    const html = withSearchSynonyms(page('<p>Every SWE can grow.</p><article><p>A nested one.</p></article><p>Last.</p>'));
    expect(html).toContain(
      `<p>Last.</p><div hidden data-search-synonyms data-pagefind-weight="${SYNONYM_WEIGHT}">software engineer, software engineering</div></article></body>`,
    );
    expect(html).not.toContain('site reliability');
  });

  it('reads only the indexed element: a term after it adds nothing', () => {
    const html = `<article data-pagefind-body><p>Plain words.</p></article><footer>SWE</footer>`;
    expect(withSearchSynonyms(html)).toBe(html);
  });

  it('leaves pages without an indexed element or without any known term unchanged', () => {
    expect(withSearchSynonyms('<p>EQ</p>')).toBe('<p>EQ</p>');
    expect(withSearchSynonyms(page('<p>Nothing to expand.</p>'))).toBe(page('<p>Nothing to expand.</p>'));
  });

  it('adds nothing to a page that has its synonyms already, so a page rewritten twice keeps one block', () => {
    // The TPM group adds "technical program manager", which itself mentions the PM group's "program manager".
    const once = withSearchSynonyms(page('<p>Every TPM works with EQ.</p>'));
    expect(once).toContain('technical program manager');
    expect(withSearchSynonyms(once)).toBe(once);
  });

  it('ignores the parts Pagefind does not index: marked data-pagefind-ignore, hidden, or scripts', () => {
    const html = page(
      '<div hidden><span>SRE</span></div><ul data-pagefind-ignore><li><ul><li>FAANG</li></ul></li></ul><script>var SWE;</script><p>Only prose.</p>',
    );
    expect(withSearchSynonyms(html)).toBe(html);
    expect(withSearchSynonyms(html.replace('Only prose.', 'Prose about KPI.'))).toContain('>metrics, key performance indicator</div>');
  });
});
