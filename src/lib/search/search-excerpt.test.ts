import { describe, expect, it } from 'vitest';
import { excerptWithoutTitle } from './search-excerpt.ts';

describe('excerptWithoutTitle', () => {
  it('drops a leading copy of the title, keeping the marks that follow', () => {
    expect(excerptWithoutTitle('Common <mark>mistakes</mark> TPMs make. The Meta director lists eight <mark>mistakes</mark>', 'Common mistakes TPMs make')).toBe(
      'The Meta director lists eight <mark>mistakes</mark>',
    );
  });

  it('matches across entities, curly apostrophes and spacing', () => {
    expect(excerptWithoutTitle('What does a TPM&#39;s  day hold? He lists', 'What does a TPM’s day hold?')).toBe('He lists');
  });

  it('reopens a mark that the title part left open', () => {
    expect(excerptWithoutTitle('<mark>Growth mindset for TPMs and more</mark> text', 'Growth mindset for TPMs')).toBe('<mark>and more</mark> text');
  });

  it('keeps an excerpt that does not start with the title, or holds nothing else', () => {
    expect(excerptWithoutTitle('He lists eight <mark>mistakes</mark>', 'Common mistakes TPMs make')).toBe('He lists eight <mark>mistakes</mark>');
    expect(excerptWithoutTitle('Common <mark>mistakes</mark> TPMs make', 'Common mistakes TPMs make')).toBe('Common <mark>mistakes</mark> TPMs make');
  });
});
