import { describe, expect, it } from 'vitest';
import { normaliseBase, noteHref, slugify, sourceHref, withBase } from './urls.ts';

describe('base path handling', () => {
  it('normalises every way of writing a base path', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('tpm-garden')).toBe('/tpm-garden/');
    expect(normaliseBase('/tpm-garden/')).toBe('/tpm-garden/');
    expect(normaliseBase('//a/b//')).toBe('/a/b/');
  });

  it('joins base and path with exactly one slash', () => {
    expect(withBase('/', '/notes/')).toBe('/notes/');
    expect(withBase('/tpm-garden/', 'notes/')).toBe('/tpm-garden/notes/');
    expect(withBase('/tpm-garden', '/search/')).toBe('/tpm-garden/search/');
    expect(noteHref('/g/', 'growth-mindset')).toBe('/g/notes/growth-mindset/');
    expect(sourceHref('/', 'meta-director-ama', 'typical-day')).toBe('/sources/meta-director-ama/#typical-day');
  });
});

describe('slugify', () => {
  it('keeps letters with accents as their base letters and joins words with hyphens', () => {
    expect(slugify('What is a TPM?')).toBe('what-is-a-tpm');
    expect(slugify('Über café naïve')).toBe('uber-cafe-naive');
    expect(slugify('  --Déjà vu!--  ')).toBe('deja-vu');
  });
});
