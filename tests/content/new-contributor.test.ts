import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ROOT } from '../support/site.ts';

/** A contributor's session in a copy of the garden: the real commands, run where npm would run them. */
let garden: string;
const run = (script: string, ...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], { cwd: garden, encoding: 'utf8' });
const edit = (file: string, change: (text: string) => string) => writeFileSync(join(garden, file), change(readFileSync(join(garden, file), 'utf8')));

vi.setConfig({ testTimeout: 60_000 });
beforeAll(() => {
  garden = mkdtempSync(join(tmpdir(), 'garden-contributor-'));
  cpSync(join(ROOT, 'content'), join(garden, 'content'), { recursive: true });
});
afterAll(() => rmSync(garden, { recursive: true, force: true }));

describe('a new contributor adding a note', () => {
  const args = ['Status reports nobody reads', '--topic', 'pitfalls', '--source', 'meta-director-ama#mistakes-made'];
  const file = 'content/notes/status-reports-nobody-reads.md';

  it('creates it with one command, which prints its path', () => {
    const created = run('new-note.ts', ...args);
    expect(created.status).toBe(0);
    expect(created.stdout.trim()).toBe(file);
    expect(readFileSync(join(garden, file), 'utf8')).toMatch(/^---\ntitle: Status reports nobody reads\n[\s\S]*stage: seedling\n/);
  });

  it('cannot create it twice, and the first stays as it was', () => {
    edit(file, (text) => text.replace('Write the idea here', 'My own draft'));
    const again = run('new-note.ts', ...args);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`Cannot create the note: a note with the file name "status-reports-nobody-reads" already exists: ${file}`);
    expect(readFileSync(join(garden, file), 'utf8')).toContain('My own draft');
    const taken = run('new-note.ts', 'A growth mindset', '--topic', 'skills', '--source', 'meta-director-ama#mistakes-made');
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain('already the title or alias of content/notes/growth-mindset.md');
    expect(existsSync(join(garden, 'content/notes/a-growth-mindset.md'))).toBe(false);
  });

  it('is told precisely what is still missing, and passes once it is done; a seedling only gets warnings', () => {
    const before = run('check-content.ts');
    expect(before.status).toBe(1);
    expect(before.stderr).toMatch(/^content\/topics\/pitfalls\.md:\d+:\d+  does not list "status-reports-nobody-reads", which has the topic "pitfalls"  \(.+\)$/m);
    expect(before.stderr).toMatch(/^content\/notes\/status-reports-nobody-reads\.md:2:8  warning: is an orphan/m);

    edit('content/topics/pitfalls.md', (text) => text.replace('notes: [motion-is-not-progress,', 'notes: [status-reports-nobody-reads, motion-is-not-progress,'));
    edit('content/notes/motion-is-not-progress.md', (text) => `${text.trimEnd()} See also [[status-reports-nobody-reads]].\n`);
    const after = run('check-content.ts');
    expect(after.stderr).not.toMatch(/^\S+:\d+:\d+  (?!warning:)/m);
    expect(after.status).toBe(0);
  });

  it('cannot sneak code into the build: the check names the place and the reason', () => {
    edit(file, (text) => `${text}\n<script>fetch('/steal')</script>\n`);
    const sneaky = run('check-content.ts');
    expect(sneaky.status).toBe(1);
    expect(sneaky.stderr).toMatch(/^content\/notes\/status-reports-nobody-reads\.md:\d+:1  uses <script>, which notes may not contain  \(.+\)$/m);
  });
});
