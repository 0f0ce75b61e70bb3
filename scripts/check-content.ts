// Checks every note, source record, hub and reading path without building the site: frontmatter, links as the
// build resolves them, orphans, citations, reading paths, MDX safety, duplicate titles and aliases.
// Usage: npm run check:content   (lists every problem as `path:line:column  message  (how to fix)`; exits 1 on any error)
import { formatProblem, isError } from '../src/lib/content/model.ts';
import { countWords } from '../src/lib/markdown/words.ts';
import { checkGarden } from '../src/lib/checks/check-garden.ts';

// The garden in the current folder: npm scripts run in the project root.
const { garden, problems } = checkGarden(process.cwd());
for (const problem of problems) console.error(formatProblem(problem));
const errors = problems.filter(isError).length;
const warnings = problems.length - errors;
const counts = `${errors} error(s), ${warnings} warning(s)`;
// The garden's length is a figure we track (the editorial pass aims at 11,000 words of note body at most).
const words = garden?.notes.reduce((total, note) => total + countWords(note.body), 0) ?? 0;
const size = garden ? ` ${garden.notes.length} notes, ${words.toLocaleString('en')} words of note body.` : '';
console.log(problems.length ? `\n${counts}.${size}` : `Content OK:${size}`);
process.exit(errors ? 1 : 0);
