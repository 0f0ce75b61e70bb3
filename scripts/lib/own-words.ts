/**
 * The own-words rule: no run of `min` or more consecutive words of a source text may appear in the
 * project's notes or code. The source texts live in content/sources/texts/ (the reference this check compares
 * against; never published). Words are compared lowercased, with curly apostrophes straightened, so
 * punctuation and line breaks do not hide a copy.
 */

export interface SourceText {
  name: string;
  text: string;
}

export interface CopiedRun {
  source: string;
  /** 1-based line and column in the checked file where the copied run starts. */
  line: number;
  column: number;
  words: string[];
}

interface Word {
  word: string;
  offset: number;
}

const wordsOf = (text: string): Word[] =>
  [...text.toLowerCase().replace(/[’‘]/g, "'").matchAll(/[a-z0-9']+/g)].map((match) => ({ word: match[0], offset: match.index }));

export interface OwnWordsChecker {
  /** The runs of a file's text copied from a source, longest extent first found, left to right. */
  copiedRuns(text: string): CopiedRun[];
}

export function ownWordsChecker(sources: SourceText[], min = 12): OwnWordsChecker {
  const sourceWords = sources.map((source) => wordsOf(source.text).map((entry) => entry.word));
  const grams = new Map<string, [source: number, start: number]>();
  sourceWords.forEach((list, source) => {
    for (let start = 0; start + min <= list.length; start++) {
      const key = list.slice(start, start + min).join(' ');
      if (!grams.has(key)) grams.set(key, [source, start]);
    }
  });

  return {
    copiedRuns(text) {
      const words = wordsOf(text);
      const runs: CopiedRun[] = [];
      for (let at = 0; at + min <= words.length; ) {
        const hit = grams.get(words.slice(at, at + min).map((entry) => entry.word).join(' '));
        if (!hit) {
          at++;
          continue;
        }
        const [source, start] = hit;
        let length = min;
        while (at + length < words.length && sourceWords[source][start + length] === words[at + length].word) length++;
        const before = text.slice(0, words[at].offset);
        const line = before.split('\n').length;
        runs.push({
          source: sources[source].name,
          line,
          column: words[at].offset - before.lastIndexOf('\n'),
          words: words.slice(at, at + length).map((entry) => entry.word),
        });
        at += length;
      }
      return runs;
    },
  };
}
