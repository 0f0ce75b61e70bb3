import { beforeEach, describe, expect, it } from 'vitest';
import { keepIndexedPages, searchBodyEnd, takeIndexedPages } from './indexed-pages.ts';

// Each test starts where no build is keeping pages (one that stopped early in this process would still be).
beforeEach(() => takeIndexedPages());

describe('the indexed pages of a build', () => {
  it('are not kept before a build starts keeping them (astro dev), while pages still get their synonyms', () => {
    expect(searchBodyEnd('/notes/kpi/', '<p>Choose a KPI.</p>')).toContain('metrics, key performance indicator');
    expect(takeIndexedPages()).toEqual([]);
  });

  it('end with the synonyms of their own text, and are kept with that text and whether they show a broken link', () => {
    keepIndexedPages();
    expect(searchBodyEnd('/notes/eq/', '<h1>EQ</h1><p>Every TPM needs EQ.</p>')).toContain(' technical program manager, technical program management, emotional intelligence, empathy</div>');
    expect(searchBodyEnd('/notes/plain/', '<p>Nothing to expand.</p>')).toBe('');
    searchBodyEnd('/notes/broken/', '<p>See <mark class="broken-link" title="x">[[nowhere]]</mark>.</p>');

    const pages = takeIndexedPages();
    expect(pages.map(({ path, hasSynonyms, showsBrokenLink }) => ({ path, hasSynonyms, showsBrokenLink }))).toEqual([
      { path: '/notes/eq/', hasSynonyms: true, showsBrokenLink: false },
      { path: '/notes/plain/', hasSynonyms: false, showsBrokenLink: false },
      { path: '/notes/broken/', hasSynonyms: false, showsBrokenLink: true },
    ]);
    expect(pages[1].text.trim()).toBe('Nothing to expand.');
    // The synonyms are part of the kept text: Pagefind indexes them, so the typo vocabulary must hold them.
    expect(pages[0].text).toMatch(/Every TPM needs EQ\.\s+technical program manager, technical program management, emotional intelligence, empathy$/);
    // Taken once: pages rendered afterwards (the dev server in the same process) are not kept.
    searchBodyEnd('/notes/later/', '<p>Later.</p>');
    expect(takeIndexedPages()).toEqual([]);
  });

  it('start afresh with each build', () => {
    keepIndexedPages();
    searchBodyEnd('/notes/a/', '<p>A</p>');
    keepIndexedPages();
    expect(takeIndexedPages()).toEqual([]);
  });
});
