import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { countVocabulary, VOCABULARY_GLOBAL, vocabularyFrom, vocabularyPart, vocabularyPartFile, vocabularyScripts, withCommonWords } from './search-vocabulary.ts';

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

describe('withCommonWords', () => {
  it('adds the common words no page holds with 0 pages, folded, and keeps the page counts of indexed ones', () => {
    const merged = withCommonWords(new Map([['stock', 3], ['career', 9]]), ['Stick', 'career', 'an', "isn't", '2024']);
    expect(Object.fromEntries(merged)).toEqual({ career: 9, "isn't": 0, stick: 0, stock: 3 });
  });

  it('survives the scripts: 0 pages reads back as 0', () => {
    const merged = withCommonWords(new Map([['stock', 3]]), ['stick']);
    const sandbox: Record<string, unknown> = {};
    for (const script of vocabularyScripts(merged).values()) runInNewContext(script, { self: sandbox });
    expect(vocabularyFrom(sandbox[VOCABULARY_GLOBAL])).toEqual(merged);
  });
});

describe('vocabularyScripts', () => {
  it('writes one script per first letter that together set the global the search reads back', () => {
    const vocabulary = new Map([['mistakes', 3], ['motion', 1], ["don't", 1], ['360s', 2]]);
    const scripts = vocabularyScripts(vocabulary);
    expect(scripts.size).toBe(27); // a to z and other, even those no word starts with
    expect(scripts.get('z')).toBe('(self.gardenSearchVocabulary??={})["z"]={};\n');
    const sandbox: Record<string, unknown> = {};
    for (const script of scripts.values()) runInNewContext(script, { self: sandbox });
    expect(vocabularyFrom(sandbox[VOCABULARY_GLOBAL])).toEqual(vocabulary);
    expect(vocabularyPartFile(vocabularyPart('motion'))).toBe('search-vocabulary/m.js');
  });

  it('reads missing or malformed parts as nothing', () => {
    expect(vocabularyFrom(undefined).size).toBe(0);
    expect(vocabularyFrom({ m: { word: 'x' } }).size).toBe(0);
    expect(vocabularyFrom({ m: { 2: 7 }, d: null }).size).toBe(0);
  });
});
