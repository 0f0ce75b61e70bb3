import { describe, expect, it } from 'vitest';
import {
  analyseQuery,
  correctionReach,
  ENOUGH_RESULTS,
  foldQuery,
  isIndexed,
  nearestWords,
  queryTerms,
  rankByMostTerms,
  roughStem,
  runGardenQuery,
  type EngineHit,
  type SearchEngine,
} from './search-query.ts';

describe('analyseQuery', () => {
  it('drops English stop words but keeps the content words in order', () => {
    expect(analyseQuery('What does a TPM do in a day in the life?')).toEqual({
      phrases: [],
      words: ['tpm', 'day', 'life'],
      dropped: ['what', 'does', 'a', 'do', 'in', 'the'],
    });
  });

  it('drops the question and auxiliary words a reader asks with ("why", "when", "does")', () => {
    expect(analyseQuery('Why does a TPM need system design, and when will it matter?').words).toEqual(['tpm', 'need', 'system', 'design', 'matter']);
  });

  it('drops comparison connectives, so "versus" and "vs" need not match', () => {
    expect(analyseQuery('business metrics versus technical metrics').words).toEqual(['business', 'metrics', 'technical']);
    expect(analyseQuery('TPM vs. PM').words).toEqual(['tpm', 'pm']);
  });

  it('keeps stop words when nothing else is left', () => {
    expect(analyseQuery('what is it').words).toEqual(['what', 'is', 'it']);
  });

  it('reads text in straight or curly quotes as one exact phrase', () => {
    const query = analyseQuery('“motion is not progress” poster');
    expect(query.phrases).toEqual(['motion is not progress']);
    expect(query.words).toEqual(['poster']);
    expect(queryTerms(query)).toEqual(['"motion is not progress"', 'poster']);
  });

  it('treats a one-word quote as a word and an unclosed quote as plain words', () => {
    expect(analyseQuery('"ambiguity"').words).toEqual(['ambiguity']);
    expect(analyseQuery('"grokking technology').words).toEqual(['grokking', 'technology']);
  });

  it('folds case, curly apostrophes, dashes and possessives', () => {
    expect(foldQuery('TPM’s – role')).toBe("tpm's - role");
    expect(analyseQuery('The TPM’s day‑to‑day').words).toEqual(['tpm', 'day']);
  });

  it('keeps a stop word in a phrase even when the words outside it are all stop words', () => {
    expect(analyseQuery('"so what" and').words).toEqual([]);
    expect(analyseQuery('"so what" and').phrases).toEqual(['so what']);
  });
});

describe('isIndexed', () => {
  const vocabulary = new Map([['routine', 2], ['plan', 1], ['salaries', 1], ['ambiguity', 3]]);

  it('knows a word in another inflection or as the start of a longer word', () => {
    for (const word of ['routine', 'routines', 'plans', 'planning', 'salary', 'ambig']) expect(isIndexed(word, vocabulary), word).toBe(true);
  });

  it('does not know a word the pages never use', () => {
    for (const word of ['zeppelin', 'mistaks', 'am']) expect(isIndexed(word, vocabulary), word).toBe(false);
  });

  it('does not take a common word no page holds (0 pages) for an indexed one, nor for its stem or prefix', () => {
    const withCommon = new Map([...vocabulary, ['stick', 0], ['planet', 0], ['routinely', 0]]);
    for (const word of ['stick', 'sticks', 'planet', 'routinel']) expect(isIndexed(word, withCommon), word).toBe(false);
    expect(isIndexed('routines', withCommon)).toBe(true);
  });

  it('stems only what is clearly a suffix', () => {
    expect(roughStem('routines')).toBe(roughStem('routine'));
    expect(roughStem('planning')).toBe('plan');
    expect(roughStem('managed')).toBe(roughStem('manage'));
    expect(roughStem('salaries')).toBe('salary');
    expect(roughStem('boxes')).toBe('box');
    expect(roughStem('bus')).toBe('bus');
    expect(roughStem('process')).toBe('process');
  });
});

describe('nearestWords', () => {
  const vocabulary = new Map([
    ['mistakes', 12],
    ['mistake', 3],
    ['metrics', 20],
    ['manager', 30],
    ['managers', 15],
    ['banager', 1],
  ]);

  it('finds the closest indexed word within reach', () => {
    expect(nearestWords('mistaks', vocabulary, 2, 1)).toEqual(['mistakes']);
    expect(nearestWords('metircs', vocabulary, 2, 1)).toEqual(['metrics']);
  });

  it('prefers the same first letter, then the more common word', () => {
    expect(nearestWords('nanager', vocabulary, 1, 2)).toEqual(['manager', 'banager']);
    expect(nearestWords('xanager', vocabulary, 1, 2)).toEqual(['manager', 'banager']);
  });

  it('never offers a common word no page holds (0 pages)', () => {
    expect(nearestWords('mistakez', new Map([...vocabulary, ['mistaken', 0]]), 2, 3)).toEqual(['mistakes', 'mistake']);
  });

  it('finds nothing beyond reach', () => {
    expect(nearestWords('blockchain', vocabulary, 2, 3)).toEqual([]);
  });

  it('lets short words move less than long ones', () => {
    expect(correctionReach('pm')).toBe(0);
    expect(correctionReach('tmp')).toBe(1);
    expect(correctionReach('ambiguity')).toBe(2);
  });
});

const hit = (id: string, score = 1): EngineHit<string> => ({ id, score, data: async () => id });

describe('rankByMostTerms', () => {
  it('ranks pages holding more terms first, then rarer terms, then score', () => {
    const ranked = rankByMostTerms([
      { term: 'common', hits: [hit('a', 5), hit('b'), hit('c'), hit('d')] },
      { term: 'mistakes', hits: [hit('b'), hit('e', 9)] },
      { term: 'tpms', hits: [hit('b'), hit('a'), hit('c'), hit('d'), hit('e')] },
    ]);
    expect(ranked.map((page) => page.id)).toEqual(['b', 'e', 'a', 'c', 'd']);
    expect(ranked[0].matched).toEqual(['common', 'mistakes', 'tpms']);
    expect(ranked[1].matched).toEqual(['mistakes', 'tpms']);
  });

  it('orders pages matching equally rare terms by their summed score', () => {
    const ranked = rankByMostTerms([{ term: 'ambiguity', hits: [hit('low', 1), hit('high', 3)] }]);
    expect(ranked.map((page) => page.id)).toEqual(['high', 'low']);
  });
});

/** A fake Pagefind over a few pages: a query matches the pages holding every one of its words or phrases. */
function fakeEngine(pages: Record<string, string>, vocabulary = new Map<string, number>()) {
  const searched: string[] = [];
  const vocabularyAsked: string[] = [];
  const engine: SearchEngine<string> = {
    async search(query) {
      searched.push(query);
      const terms = [...query.matchAll(/"([^"]+)"|(\S+)/g)].map((match) => match[1] ?? match[2]);
      const results = Object.entries(pages)
        .filter(([, text]) => terms.every((term) => new RegExp(`\\b${term}\\b`).test(text)))
        .map(([id, text]) => hit(id, text.length / 100));
      return { results };
    },
    async vocabulary(words) {
      vocabularyAsked.push(...words);
      return vocabulary;
    },
  };
  return { engine, searched, vocabularyAsked };
}

describe('runGardenQuery', () => {
  const pages = {
    day: 'a typical day of a tpm starts with data and meetings',
    mistakes: 'mistakes the director made early in his career',
    metrics: 'metrics that matter and metrics that mislead',
    mindset: 'a growth mindset matters more than a background',
  };

  it('returns the whole query’s pages when they are enough, without searching word by word', async () => {
    const many = Object.fromEntries(Array.from({ length: ENOUGH_RESULTS }, (_, i) => [`p${i}`, 'metrics matter']));
    const { engine, searched } = fakeEngine(many);
    const outcome = await runGardenQuery(engine, 'the metrics that matter');
    expect(outcome?.hits).toHaveLength(ENOUGH_RESULTS);
    expect(searched).toEqual(['metrics matter']);
  });

  it('finds the page holding most of the words when no page holds them all', async () => {
    const { engine } = fakeEngine(pages);
    const outcome = await runGardenQuery(engine, 'typical day routine');
    expect(outcome?.hits[0].id).toBe('day');
    expect(outcome?.hits[0].matched).toEqual(['typical', 'day']);
    expect(outcome?.unmatched).toEqual(['routine']);
    expect(outcome?.partial).toBe(true);
    expect(outcome?.complete).toBe(0);
  });

  it('corrects a word the index lacks to the nearest indexed word and says so', async () => {
    const { engine } = fakeEngine(pages, new Map([['mistakes', 1], ['mindset', 1], ['metrics', 1]]));
    const outcome = await runGardenQuery(engine, 'comon mitsakes');
    expect(outcome?.corrections).toEqual([{ from: 'mitsakes', to: 'mistakes' }]);
    expect(outcome?.hits.map((page) => page.id)).toEqual(['mistakes']);
    expect(outcome?.unmatched).toEqual(['comon']);
  });

  it('offers the nearest words for a word that stays unmatched', async () => {
    const { engine, searched } = fakeEngine(pages, new Map([['metrics', 4], ['roadmap', 2]]));
    const outcome = await runGardenQuery(engine, 'roudmapzz');
    expect(outcome?.hits).toEqual([]);
    expect(outcome?.corrections).toEqual([]);
    expect(outcome?.unmatched).toEqual(['roudmapzz']);
    expect(outcome?.suggestions).toEqual([{ word: 'roudmapzz', nearest: ['roadmap'] }]);
    expect(searched).toEqual([]); // Pagefind would answer a word it lacks with loose prefix matches
  });

  it('never corrects a common English word no page holds into a word that merely looks like it', async () => {
    // "stick" and "specialty" are in the vocabulary with 0 pages: common words the reader meant. "manger" is not:
    // a rarer word, more often a typo of "manager".
    const vocabulary = new Map([['stock', 3], ['stick', 0], ['especially', 5], ['specialty', 0], ['career', 9], ['manager', 7]]);
    const { engine, searched } = fakeEngine({ career: 'career questions', stock: 'stock especially' }, vocabulary);
    const outcome = await runGardenQuery(engine, 'stick to a specialty career');
    expect(outcome?.corrections).toEqual([]);
    expect(outcome?.unmatched).toEqual(['stick', 'specialty']);
    expect(outcome?.suggestions).toEqual([
      { word: 'stick', nearest: ['stock'] },
      { word: 'specialty', nearest: ['especially'] },
    ]);
    expect(searched).toEqual(['career']);
    expect(outcome?.hits.map((page) => page.id)).toEqual(['career']);
    expect((await runGardenQuery(engine, 'manger'))?.corrections).toEqual([{ from: 'manger', to: 'manager' }]);
  });

  it('does not send a word the index lacks along with the others, and says the rest matched only partly', async () => {
    const { engine, searched } = fakeEngine(pages, new Map([['growth', 1], ['mindset', 1], ['background', 1]]));
    const outcome = await runGardenQuery(engine, 'growth mindset zeppelin');
    expect(searched[0]).toBe('growth mindset');
    expect(outcome?.hits.map((page) => page.id)).toEqual(['mindset']);
    expect(outcome?.unmatched).toEqual(['zeppelin']);
    expect(outcome?.partial).toBe(true);
  });

  it('keeps a quoted phrase exact: its words elsewhere on a page do not match it', async () => {
    const { engine } = fakeEngine(pages);
    const outcome = await runGardenQuery(engine, '"growth mindset"');
    expect(outcome?.hits.map((page) => page.id)).toEqual(['mindset']);
    const reversed = await runGardenQuery(engine, '"mindset growth"');
    expect(reversed?.hits).toEqual([]);
    expect(reversed?.unmatched).toEqual(['"mindset growth"']);
  });

  it('sends abbreviations and numbers as typed, since the vocabulary cannot hold them', async () => {
    const { engine, searched, vocabularyAsked } = fakeEngine({ eq: 'high eq and empathy', day: 'a 360 view' }, new Map([['empathy', 1], ['view', 1]]));
    const outcome = await runGardenQuery(engine, 'EQ 360');
    expect(searched[0]).toBe('eq 360');
    expect(vocabularyAsked).toEqual([]);
    expect(outcome?.unmatched).toEqual([]);
    expect(outcome?.corrections).toEqual([]);
  });

  it('passes the filters to every search', async () => {
    const seen: Record<string, string>[] = [];
    const engine: SearchEngine<string> = {
      async search(_query, filters) {
        seen.push(filters);
        return { results: [] };
      },
      async vocabulary() {
        return new Map();
      },
    };
    await runGardenQuery(engine, 'daily routine', { topic: 'role' });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.every((filters) => filters.topic === 'role')).toBe(true);
  });

  it('returns null when the engine reports the search superseded', async () => {
    const engine: SearchEngine<string> = { search: async () => null, vocabulary: async () => new Map() };
    expect(await runGardenQuery(engine, 'metrics')).toBeNull();
  });
});
