import { describe, expect, it } from 'vitest';
import { ownWordsChecker } from './own-words.ts';

const source = {
  name: 'article.text',
  text: 'The job requires both technical contribution, mostly system design, and program management in every team it touches.',
};

describe('ownWordsChecker', () => {
  const checker = ownWordsChecker([source], 8);

  it('finds a copied run whatever the case, punctuation and line breaks, at its line and column', () => {
    const note = 'Intro line.\nHe says the JOB requires both\ntechnical contribution (mostly system design) and more.';
    expect(checker.copiedRuns(note)).toEqual([
      { source: 'article.text', line: 2, column: 9, words: 'the job requires both technical contribution mostly system design and'.split(' ') },
    ]);
  });

  it('accepts a retelling in other words and a short quotation', () => {
    expect(checker.copiedRuns('A TPM adds system design to managing the program, as the article puts it: “mostly system design”.')).toEqual([]);
  });

  it('straightens curly apostrophes before comparing', () => {
    const withApostrophe = ownWordsChecker([{ name: 's', text: "We'd gladly list the plain reasons behind every garden rule here" }], 8);
    expect(withApostrophe.copiedRuns('We’d gladly list the plain reasons behind every rule')).toHaveLength(1);
  });
});
