import { mkdtempSync, rmSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atNiceness, runLanes, type Lane } from './lanes.ts';

const nodeLane = (name: string, code: string, live: boolean): Lane => ({ name, command: process.execPath, args: ['-e', code], live });

describe('runLanes', () => {
  it('runs the lanes at the same time and reports each exit status', async () => {
    // Each lane waits for a file the other writes, so they pass only when both run at once.
    const dir = mkdtempSync(join(tmpdir(), 'lanes-'));
    const lanes = ['first', 'second'].map((name, index, names) =>
      nodeLane(
        name,
        `const fs = require('node:fs'), path = require('node:path');
         fs.writeFileSync(path.join(${JSON.stringify(dir)}, '${name}'), '');
         const other = path.join(${JSON.stringify(dir)}, '${names[1 - index]}');
         const started = Date.now();
         const wait = () => fs.existsSync(other) ? process.exit(${index === 0 ? 0 : 3}) : Date.now() - started > 10000 ? process.exit(9) : setTimeout(wait, 20);
         wait();`,
        index === 0,
      ),
    );
    const results = await runLanes(lanes, () => {}).finally(() => rmSync(dir, { recursive: true, force: true }));
    expect(results.map(({ name, status }) => [name, status])).toEqual([
      ['first', 0],
      ['second', 3],
    ]);
  });

  it('streams a live lane as it goes and prints a held lane in one block under its name when it ends', async () => {
    // The held lane ends only after the live lane has printed its first line and before its second.
    const dir = mkdtempSync(join(tmpdir(), 'lanes-'));
    const [printed, heldEnded] = [join(dir, 'printed'), join(dir, 'held-ended')].map((path) => JSON.stringify(path));
    const waitFor = (file: string, then: string) =>
      `const fs = require('node:fs'); const wait = () => fs.existsSync(${file}) ? (${then}) : setTimeout(wait, 20); wait();`;
    const written: string[] = [];
    await runLanes(
      [
        nodeLane('held', `console.log('held one'); console.error('held two'); ${waitFor(printed, `fs.writeFileSync(${heldEnded}, '')`)}`, false),
        nodeLane('live', `console.log('live one'); require('node:fs').writeFileSync(${printed}, ''); ${waitFor(heldEnded, "setTimeout(() => console.log('live two'), 500)")}`, true),
      ],
      (text) => written.push(text),
    ).finally(() => rmSync(dir, { recursive: true, force: true }));
    const output = written.join('');
    const heldBlock = output.indexOf('── held ──');
    expect(output.slice(heldBlock)).toMatch(/^── held ──\nheld one\nheld two\n/);
    expect(output.indexOf('live one')).toBeLessThan(heldBlock);
    expect(output.indexOf('live two')).toBeGreaterThan(heldBlock);
  });

  it('runs a lane at the niceness it asks for, and the others at the niceness of this process', async () => {
    const written: string[] = [];
    const report = (name: string): Lane => nodeLane(name, `console.log('${name} ' + require('node:os').getPriority())`, false);
    await runLanes([{ ...report('behind'), niceness: 7 }, report('first')], (text) => written.push(text));
    const own = getPriority();
    expect(written.join('')).toContain(`behind ${Math.max(own, 7)}`);
    expect(written.join('')).toContain(`first ${own}`);
  });

  it('ends a lane whose command cannot start with status 1 and says why', async () => {
    const written: string[] = [];
    const [result] = await runLanes([{ name: 'missing', command: '/nonexistent/command', args: [], live: false }], (text) => written.push(text));
    expect(result.status).toBe(1);
    expect(written.join('')).toMatch(/missing could not start: .*ENOENT/);
  });

  it('starts a command through nice when it asks for more niceness than this process has, and as it is otherwise', () => {
    const own = getPriority();
    expect(atNiceness('node', ['-v'], 0)).toEqual(['node', ['-v']]);
    expect(atNiceness('node', ['-v'], own)).toEqual(['node', ['-v']]);
    if (own < 19) expect(atNiceness('node', ['-v'], 19)).toEqual(['nice', ['-n', String(19 - own), 'node', '-v']]);
    expect(atNiceness('node', ['-v'], 40)).toEqual(atNiceness('node', ['-v'], 19));
  });
});
