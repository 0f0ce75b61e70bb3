import { distance } from 'fastest-levenshtein';
import { eng as ENGLISH_STOP_WORDS } from 'stopword';

/**
 * The garden's query layer between the reader and Pagefind. Pagefind returns only pages holding every word of
 * a query, so one filler word or one typo the right note lacks hides it. This module reads the query as a
 * reader means it (stop words optional, "quoted phrases" exact), asks Pagefind for the whole query and, when
 * that finds too little, for each word on its own, corrects words the index has never seen, and ranks pages
 * by how many of the reader's words they hold, rarer words counting more. It never touches the DOM: the
 * engine is passed in, so the same code serves the search dialog, the search page and the portable edition.
 */

// Comparison connectives say how words relate, not what a page is about: "business versus technical metrics"
// should not need a page that spells "versus" (titles write "vs"), so neither form has to match.
const COMPARISON_WORDS = ['versus', 'vs', 'vs.', 'v'];
// Function words the stopword package's English list lacks (it has "do", "did" and "how" but not "does", "why"
// or "when"): readers' questions are full of them, and a page that holds one is no more about the question.
const QUESTION_AND_AUXILIARY_WORDS = ['does', 'doing', 'done', 'having', 'why', 'when', 'will', 'shall', 'whose', 'whom', 'its', 'us', 'she', 'hers', 'yours', 'ours', 'theirs'];
const STOP_WORDS = new Set([...ENGLISH_STOP_WORDS, ...COMPARISON_WORDS, ...QUESTION_AND_AUXILIARY_WORDS]);

export interface AnalysedQuery {
  /** Exact phrases the reader put in quotes, folded, without the quotes. */
  phrases: string[];
  /** The words outside quotes that have to match: stop words dropped unless nothing else is left. */
  words: string[];
  /** Stop words left out of `words`. */
  dropped: string[];
}

/** Folds what readers type in different ways: case, compatibility forms, curly quotes and typographic dashes. */
export function foldQuery(raw: string): string {
  return raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}

/** Words of a folded text: letters and digits, with an inner apostrophe kept and a possessive "'s" cut. */
export function queryWords(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? []).map((word) => word.replace(/'s$/, ''));
}

export function analyseQuery(raw: string): AnalysedQuery {
  const folded = foldQuery(raw);
  const phrases: string[] = [];
  // An unclosed quote is read as ordinary words, not as a phrase running to the end.
  const outside = folded.replace(/"([^"]*)"/g, (_, phrase: string) => {
    const words = queryWords(phrase);
    if (words.length > 1) phrases.push(words.join(' '));
    return words.length === 1 ? ` ${words[0]} ` : ' ';
  });
  const all = [...new Set(queryWords(outside))];
  const content = all.filter((word) => !STOP_WORDS.has(word));
  const words = content.length || phrases.length ? content : all;
  return { phrases, words, dropped: all.filter((word) => !words.includes(word)) };
}

/** The terms handed to Pagefind, together and one by one: each phrase in quotes (Pagefind's exact-phrase syntax), each word. */
export const queryTerms = (query: AnalysedQuery): string[] => [...query.phrases.map((phrase) => `"${phrase}"`), ...query.words];

/**
 * Words of the index with the number of pages each occurs on, written at build time (search-vocabulary.ts),
 * and common English words no page holds, with 0 pages: a reader who types one of those means it, so it is
 * never "corrected" into an indexed word that merely looks like it ("stick" is not a typo of "stock").
 */
export type Vocabulary = ReadonlyMap<string, number>;

/** Whether the vocabulary knows the word as common English that no page holds. */
export const isKnownButAbsent = (word: string, vocabulary: Vocabulary): boolean => vocabulary.get(word) === 0;

/**
 * Words the vocabulary holds and the search may correct: 3 to 24 characters with a letter. Shorter words
 * (abbreviations such as "EQ" or "PM") are too ambiguous to correct, longer ones are rarely typed, and
 * numbers are never typos; such words go to Pagefind as typed.
 */
export const isCorrectable = (word: string): boolean => /^(?=.*\p{L})[\p{L}\p{N}'-]{3,24}$/u.test(word);

/** How far a typed word may be from an indexed word to be corrected to it: short words tolerate less. */
export const correctionReach = (word: string): number => (word.length <= 2 ? 0 : word.length <= 4 ? 1 : 2);

/**
 * Indexed words closest to `word` by edit distance, within `reach` edits, closest first; among equally close
 * words those sharing the first letter (typos rarely hit it), then the more common, then alphabetical.
 */
export function nearestWords(word: string, vocabulary: Vocabulary, reach: number, count: number): string[] {
  if (reach <= 0) return [];
  const candidates: { word: string; edits: number; pages: number }[] = [];
  for (const [known, pages] of vocabulary) {
    if (pages === 0 || Math.abs(known.length - word.length) > reach || known === word) continue;
    const edits = distance(word, known);
    if (edits <= reach) candidates.push({ word: known, edits, pages });
  }
  const sameStart = (candidate: string) => (candidate[0] === word[0] ? 0 : 1);
  return candidates
    .sort((a, b) => a.edits - b.edits || sameStart(a.word) - sameStart(b.word) || b.pages - a.pages || a.word.localeCompare(b.word))
    .slice(0, count)
    .map((candidate) => candidate.word);
}

/**
 * A rough English stem, enough to see that "routines", "planning", "managed" or "salaries" are words the index
 * holds ("routine", "plan", "manage", "salary"). Both sides are stemmed, so it only has to be consistent.
 */
export function roughStem(word: string): string {
  let stem = word;
  if (stem.length > 4 && stem.endsWith('ies')) stem = `${stem.slice(0, -3)}y`;
  else if (/(?:ss|x|z|ch|sh)es$/.test(stem)) stem = stem.slice(0, -2);
  else if (/[^su]s$/.test(stem)) stem = stem.slice(0, -1);
  else if (/(?:ing|ed)$/.test(stem) && stem.length > 5) {
    stem = stem.replace(/(?:ing|ed)$/, '');
    if (/([b-df-hj-np-tv-z])\1$/.test(stem)) stem = stem.slice(0, -1);
  }
  return stem.length > 3 && stem.endsWith('e') ? stem.slice(0, -1) : stem;
}

const indexedViews = new WeakMap<Vocabulary, { words: string[]; stems: Set<string> }>();

/** The words of the vocabulary some page holds (more than 0 pages), and their stems: computed once per vocabulary. */
function indexedView(vocabulary: Vocabulary) {
  let view = indexedViews.get(vocabulary);
  if (!view) {
    const words = [...vocabulary].filter(([, pages]) => pages > 0).map(([word]) => word);
    indexedViews.set(vocabulary, (view = { words, stems: new Set(words.map(roughStem)) }));
  }
  return view;
}

/**
 * Whether the index holds a word: as it is, in another inflection, or as the start of a longer word (a
 * reader still typing). Pagefind cannot say: it quietly drops a word it lacks from a longer query and
 * answers a lone one with loose prefix matches, so the vocabulary decides.
 */
export function isIndexed(word: string, vocabulary: Vocabulary): boolean {
  if ((vocabulary.get(word) ?? 0) > 0) return true;
  const { words, stems } = indexedView(vocabulary);
  if (stems.has(roughStem(word))) return true;
  return word.length >= 3 && words.some((known) => known.startsWith(word));
}

export interface EngineHit<Data> {
  id: string;
  score: number;
  data(): Promise<Data>;
}
export interface SearchEngine<Data> {
  /** One Pagefind search; null when a newer search superseded it. */
  search(query: string, filters: Record<string, string>): Promise<{ results: EngineHit<Data>[] } | null>;
  /** The index's vocabulary, at least for the words' first letters (an empty one if it cannot load). */
  vocabulary(words: string[]): Promise<Vocabulary>;
}

export interface RankedHit<Data> extends EngineHit<Data> {
  /** The reader's terms (as searched, after correction) this page holds. */
  matched: string[];
}

export interface GardenResults<Data> {
  query: AnalysedQuery;
  hits: RankedHit<Data>[];
  /** Words the index lacked, with the indexed word searched instead. */
  corrections: { from: string; to: string }[];
  /** Terms that found nothing, even after correction. */
  unmatched: string[];
  /** For each unmatched word, indexed words near it that the reader may have meant. */
  suggestions: { word: string; nearest: string[] }[];
  /** True when pages matching only some of the terms were added (the most-terms fallback ran). */
  partial: boolean;
  /** How many of the hits hold every term (when `partial`, these come first). */
  complete: number;
}

/** Below this many pages for the whole query, the words are also searched one by one. */
export const ENOUGH_RESULTS = 5;

/** Weight of a matched term by how few pages hold it: a word on every page says little about any of them. */
const rarity = (pages: number) => 1 / Math.log2(2 + pages);

/**
 * Orders pages by how many of the terms they hold, then by how rare those terms are, then by Pagefind's own
 * score summed over the searches that found them.
 */
export function rankByMostTerms<Data>(perTerm: { term: string; hits: EngineHit<Data>[] }[]): RankedHit<Data>[] {
  const pages = new Map<string, { hit: EngineHit<Data>; matched: string[]; weight: number; score: number }>();
  for (const { term, hits } of perTerm) {
    const weight = rarity(hits.length);
    for (const hit of hits) {
      const page = pages.get(hit.id) ?? { hit, matched: [], weight: 0, score: 0 };
      if (page.matched.includes(term)) continue;
      page.matched.push(term);
      page.weight += weight;
      page.score += hit.score;
      pages.set(hit.id, page);
    }
  }
  return [...pages.values()]
    .sort((a, b) => b.matched.length - a.matched.length || b.weight - a.weight || b.score - a.score)
    .map(({ hit, matched }) => ({ ...hit, matched }));
}

/**
 * Runs a reader's query. Words the index lacks are first corrected to the nearest indexed word (or set aside
 * as unmatched, as are common English words, which are no typos); then the whole query is searched, and if
 * that finds fewer than ENOUGH_RESULTS pages, each term on its own, the pages merged by rankByMostTerms.
 * Returns null if a newer search superseded it.
 */
export async function runGardenQuery<Data>(
  engine: SearchEngine<Data>,
  raw: string,
  filters: Record<string, string> = {},
): Promise<GardenResults<Data> | null> {
  const query = analyseQuery(raw);
  const outcome: GardenResults<Data> = { query, hits: [], corrections: [], unmatched: [], suggestions: [], partial: false, complete: 0 };
  if (!query.words.length && !query.phrases.length) return outcome;
  const checkable = query.words.filter(isCorrectable);
  const vocabulary = checkable.length ? await engine.vocabulary(checkable) : new Map<string, number>();
  const words: string[] = [];
  for (const word of query.words) {
    // Without a vocabulary (it failed to load) every word goes to Pagefind as typed, as do words it cannot hold.
    if (!vocabulary.size || !isCorrectable(word) || isIndexed(word, vocabulary)) {
      words.push(word);
      continue;
    }
    const [nearest] = isKnownButAbsent(word, vocabulary) ? [] : nearestWords(word, vocabulary, correctionReach(word), 1);
    if (nearest) {
      outcome.corrections.push({ from: word, to: nearest });
      if (!words.includes(nearest)) words.push(nearest);
    } else {
      outcome.unmatched.push(word);
      outcome.suggestions.push({ word, nearest: nearestWords(word, vocabulary, Math.max(2, Math.floor(word.length / 2)), 3) });
    }
  }
  const terms = queryTerms({ ...query, words });
  if (!terms.length) return outcome;

  const whole = await engine.search(terms.join(' '), filters);
  if (!whole) return null;
  if (whole.results.length >= ENOUGH_RESULTS || terms.length === 1) {
    if (!whole.results.length) outcome.unmatched.push(terms[0]);
    outcome.hits = whole.results.map((hit) => ({ ...hit, matched: terms }));
  } else {
    const perTerm: { term: string; hits: EngineHit<Data>[] }[] = [];
    for (const term of terms) {
      const found = await engine.search(term, filters);
      if (!found) return null;
      if (found.results.length) perTerm.push({ term, hits: found.results });
      else outcome.unmatched.push(term);
    }
    outcome.hits = rankByMostTerms(perTerm);
  }
  outcome.partial = outcome.hits.length > 0 && (outcome.unmatched.length > 0 || outcome.hits.some((hit) => hit.matched.length < terms.length));
  outcome.complete = outcome.partial ? outcome.hits.filter((hit) => hit.matched.length === terms.length).length : outcome.hits.length;
  return outcome;
}
