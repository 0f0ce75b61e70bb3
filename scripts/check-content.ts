// Checks every note, source record, hub and reading path without building the site.
// Usage: npm run check:content   (exits 1 and lists each problem with file, line and fix when any is found)
import { formatProblem, validateGarden, type Problem } from '../src/lib/garden.ts';
import { ContentError, loadGarden } from '../src/lib/load-content.ts';

const root = new URL('..', import.meta.url).pathname;
let problems: Problem[];
let notes = 0;
try {
  const garden = loadGarden(root);
  notes = garden.notes.length;
  problems = validateGarden(garden);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  problems = error.problems;
}
for (const problem of problems) console.error(formatProblem(problem));
console.log(problems.length ? `\n${problems.length} content problem(s).` : `Content OK: ${notes} notes checked.`);
process.exit(problems.length ? 1 : 0);
