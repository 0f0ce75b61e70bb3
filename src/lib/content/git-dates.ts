import { execFileSync } from 'node:child_process';

const RECORD = '\u001e';

/**
 * Reads `git log --format=<RS>%cI --name-only` output (newest commit first) into the date each file
 * was last changed. The first date seen for a file is its latest.
 */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const record of output.split(RECORD).slice(1)) {
    const [date, ...files] = record.split('\n').map((line) => line.trim());
    for (const file of files) if (file && !dates.has(file)) dates.set(file, date);
  }
  return dates;
}

/** Last commit date of each file under `path` (relative to the repository root); empty outside git. */
export const lastChangedDates = (root: string, path: string) => commitDates(root, path, []);

/** Date of the commit that added each file under `path`: what makes a note new rather than updated. */
export const addedDates = (root: string, path: string) => commitDates(root, path, ['--diff-filter=A']);

function commitDates(root: string, path: string, filter: string[]): Map<string, string> {
  try {
    const output = execFileSync('git', ['log', ...filter, `--format=${RECORD}%cI`, '--name-only', '--', path], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return parseGitLog(output);
  } catch {
    return new Map();
  }
}
