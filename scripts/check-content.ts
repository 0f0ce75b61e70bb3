// Checks every note, source record, hub and reading path without building the site.
// Usage: npm run check:content   (exits 1 and lists each problem with file, line and fix when any is found)
import { formatProblem } from '../src/lib/garden.ts';
import { checkGarden } from '../src/lib/load-content.ts';

const { garden, problems } = checkGarden(new URL('..', import.meta.url).pathname);
for (const problem of problems) console.error(formatProblem(problem));
console.log(problems.length ? `\n${problems.length} content problem(s).` : `Content OK: ${garden?.notes.length} notes checked.`);
process.exit(problems.length ? 1 : 0);
