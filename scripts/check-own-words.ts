// The own-words rule as a project check: no run of 12 or more consecutive words of either source text
// (content/sources/texts/) appears in a note, hub, path, source record or in the code.
// Usage: npm run check:own-words [-- --min 12]   (one line per copied run, `path:line:column  message  (fix)`; exits 1 on any)
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { formatProblem, type Problem } from '../src/lib/content/model.ts';
import { filesUnder } from '../src/lib/content/load-content.ts';
import { ownWordsChecker } from './lib/own-words.ts';

const root = process.cwd();
const args = process.argv.slice(2);
const min = args.includes('--min') ? Number(args[args.indexOf('--min') + 1]) : 12;
const TEXTS = join(root, 'content', 'sources', 'texts');
const CHECKED = new Set(['.md', '.mdx', '.astro', '.ts', '.tsx', '.js', '.mjs', '.json', '.yaml', '.yml', '.html', '.css', '.txt']);

const sources = readdirSync(TEXTS)
  .filter((name) => name.endsWith('.text'))
  .map((name) => ({ name, text: readFileSync(join(TEXTS, name), 'utf8') }));
if (sources.length < 2) {
  console.error(`content/sources/texts/ holds ${sources.length} source text(s), expected both; restore them from git.`);
  process.exit(1);
}
const checker = ownWordsChecker(sources, min);
const files = ['content', 'src'].flatMap((folder) => filesUnder(join(root, folder), /./)).filter((file) => CHECKED.has(extname(file)));
const problems: Problem[] = files.flatMap((file) =>
  checker.copiedRuns(readFileSync(file, 'utf8')).map((run) => ({
    file: relative(root, file),
    line: run.line,
    column: run.column,
    message: `copies ${run.words.length} consecutive words from ${run.source}: "${run.words.join(' ')}"`,
    hint: 'retell it in your own words; a quotation of at most ten words goes in quotation marks with attribution',
  })),
);
for (const problem of problems) console.error(formatProblem(problem));
console.log(problems.length ? `\n${problems.length} copied run(s) of ${min}+ words.` : `Own words OK: ${files.length} files checked against ${sources.length} source texts.`);
process.exit(problems.length ? 1 : 0);
