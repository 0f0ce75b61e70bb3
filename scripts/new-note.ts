// Creates a new note from the template with valid frontmatter; never overwrites or deletes anything.
// Usage: npm run new -- "Title of the note" [--topic skills] [--source meta-director-ama#mistakes-made] [--kind note]
// In a terminal, a missing --topic or --source is asked for; elsewhere (CI, scripts) it is an error.
import { readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { filesUnder, looselyReadNote } from '../src/lib/content/load-content.ts';
import { noteTemplate } from '../src/lib/content/note-template.ts';
import { planNewNote, type ExistingNote } from './lib/new-note.ts';
import { TOPICS } from '../src/lib/content/schema.ts';

// The garden in the current folder: npm scripts run in the project root.
const root = process.cwd();
const notesDir = join(root, 'content', 'notes');

/** Reads only the names of existing notes, tolerating notes that are still broken elsewhere. */
function existingNote(path: string): ExistingNote {
  const { slug, file, data } = looselyReadNote(path, root);
  return { slug, file, names: [slug, data.title, ...data.aliases] };
}

function sectionIds(): string[] {
  return filesUnder(join(root, 'content', 'sources'), /\.ya?ml$/).flatMap((path) => {
    const record = parse(readFileSync(path, 'utf8')) as { id: string; sections: { id: string; promotional?: boolean }[] };
    return record.sections.filter((section) => !section.promotional).map((section) => `${record.id}#${section.id}`);
  });
}

/** Asks in the terminal for the topic and source section the command line left out. */
async function withAnswers(args: string[], sections: string[]): Promise<string[]> {
  const given = (flag: string) => args.some((arg) => arg === flag || arg.startsWith(`${flag}=`));
  const synthesis = args.some((arg, at) => arg === '--kind=synthesis' || (arg === '--kind' && args[at + 1] === 'synthesis'));
  const asks = [
    !given('--topic') && { flag: '--topic', question: `Topic hub (${TOPICS.join(', ')}): ` },
    !given('--source') && !synthesis && { flag: '--source', question: `Source section the note restructures (doc#section), one of:\n  ${sections.join('\n  ')}\n> ` },
  ].filter((ask): ask is { flag: string; question: string } => Boolean(ask));
  if (!asks.length || !process.stdin.isTTY) return args;
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  const answered = [...args];
  for (const { flag, question } of asks) {
    const answer = (await terminal.question(question)).trim();
    if (answer) answered.push(flag, answer);
  }
  terminal.close();
  return answered;
}

const sections = sectionIds();
const args = await withAnswers(process.argv.slice(2), sections);
const plan = planNewNote(args, { sections, notes: filesUnder(notesDir, /\.mdx?$/).map(existingNote) });
if ('errors' in plan) {
  for (const error of plan.errors) console.error(`Cannot create the note: ${error}`);
  process.exit(1);
}
// Plain Markdown: it builds faster than MDX, and a note that needs a component is renamed to .mdx.
const path = join(notesDir, `${plan.slug}.md`);
try {
  // 'wx' fails if the file appeared in the meantime: an existing note is never overwritten.
  writeFileSync(path, noteTemplate(plan.request), { flag: 'wx' });
} catch (error) {
  console.error(`Cannot create the note: ${relative(root, path)} could not be written (${(error as Error).message}); nothing was changed`);
  process.exit(1);
}
console.log(relative(root, path));
console.error(
  [
    '',
    'Next steps:',
    `  1. Open ${relative(root, path)} and write the summary and the body in your own words.`,
    `  2. Add "${plan.slug}" to a group in ${plan.request.topics.map((topic) => `content/topics/${topic}.md`).join(' and ')}.`,
    '  3. Link to it from at least one related note.',
    '  4. Run npm run check (and npm run dev to see it at /notes/' + plan.slug + '/).',
  ].join('\n'),
);
