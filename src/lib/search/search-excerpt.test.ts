import { describe, expect, it } from 'vitest';
import { excerptWithoutHiddenTerms, excerptWithoutTitle, HIDDEN_TERMS_MARK } from './search-excerpt.ts';

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

  it('drops the last words of the title, two at least, where the excerpt starts partway into the heading', () => {
    expect(excerptWithoutTitle('the two sources <mark>agree?</mark> Read side by side', 'Where do the two sources agree?')).toBe('Read side by side');
    expect(excerptWithoutTitle('to <mark>tech,</mark> via finance. The Amazon TPM', 'From a physics PhD to tech, via finance')).toBe('The Amazon TPM');
    expect(excerptWithoutTitle('finance. The Amazon TPM', 'From a physics PhD to tech, via finance')).toBe('finance. The Amazon TPM');
  });

  it('drops a lead only where a word ends', () => {
    expect(excerptWithoutTitle('via finance teams and more', 'From tech via finance')).toBe('teams and more');
    expect(excerptWithoutTitle('via financed projects', 'From tech via finance')).toBe('via financed projects');
  });

  it('keeps an excerpt that does not start with the title, or holds nothing else', () => {
    expect(excerptWithoutTitle('He lists eight <mark>mistakes</mark>', 'Common mistakes TPMs make')).toBe('He lists eight <mark>mistakes</mark>');
    expect(excerptWithoutTitle('Common <mark>mistakes</mark> TPMs make', 'Common mistakes TPMs make')).toBe('Common <mark>mistakes</mark> TPMs make');
  });
});

describe('excerptWithoutHiddenTerms', () => {
  it('stops where the hidden synonym block starts', () => {
    expect(excerptWithoutHiddenTerms(`across both sources (Where do the two sources <mark>agree?).</mark> Strong communication. ${HIDDEN_TERMS_MARK} technical program manager, big`, 'A summary.')).toBe(
      'across both sources (Where do the two sources <mark>agree?).</mark> Strong communication.',
    );
  });

  it('closes a mark the block cut through', () => {
    expect(excerptWithoutHiddenTerms(`the <mark>big tech ${HIDDEN_TERMS_MARK} big</mark> tech`, undefined)).toBe('the <mark>big tech</mark>');
  });

  it('shows the summary, escaped, when only the synonyms matched', () => {
    expect(excerptWithoutHiddenTerms(`Typical day. ${HIDDEN_TERMS_MARK} <mark>empathy</mark>, emotional intelligence`, 'EQ & empathy <matter>')).toBe('EQ &amp; empathy &lt;matter&gt;');
    expect(excerptWithoutHiddenTerms(`Typical day. ${HIDDEN_TERMS_MARK} <mark>empathy</mark>`, '')).toBe('Typical day.');
  });

  it('leaves an excerpt without the block as it is', () => {
    expect(excerptWithoutHiddenTerms('He lists eight <mark>mistakes</mark>', 'A summary.')).toBe('He lists eight <mark>mistakes</mark>');
  });
});
