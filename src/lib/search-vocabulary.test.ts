import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { countVocabulary, VOCABULARY_GLOBAL, vocabularyFrom, vocabularyScript } from './search-vocabulary.ts';

describe('countVocabulary', () => {
  it('counts each word once per page, folded, and leaves out short words and numbers', () => {
    const vocabulary = countVocabulary(['The TPM’s day: data, data, DATA.', 'A day of 2024 meetings', 'Data at Meta']);
    expect(Object.fromEntries(vocabulary)).toEqual({ data: 2, day: 2, meetings: 1, meta: 1, the: 1, tpm: 1 });
  });

  it('keeps the most widespread words when capped', () => {
    const vocabulary = countVocabulary(['alpha beta gamma', 'beta gamma', 'gamma'], 2);
    expect([...vocabulary.keys()]).toEqual(['beta', 'gamma']);
  });
});

describe('vocabularyScript', () => {
  it('writes a script that sets the global the search reads back', () => {
    const vocabulary = new Map([['mistakes', 3], ["don't", 1]]);
    const sandbox: Record<string, unknown> = {};
    runInNewContext(vocabularyScript(vocabulary), { self: sandbox });
    expect(vocabularyFrom(sandbox[VOCABULARY_GLOBAL])).toEqual(vocabulary);
  });

  it('reads a missing or malformed global as an empty vocabulary', () => {
    expect(vocabularyFrom(undefined).size).toBe(0);
    expect(vocabularyFrom({ word: 'x' }).size).toBe(0);
  });
});
