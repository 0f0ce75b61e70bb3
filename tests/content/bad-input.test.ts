import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AstroIntegrationLogger } from 'astro';
import { garden as gardenIntegration } from '../../src/integrations/garden-integration.ts';
import { formatProblem, isError, type Problem } from '../../src/lib/content/model.ts';
import { DEFAULT_RULES } from '../../src/lib/checks/rule.ts';
import { checkGarden } from '../../src/lib/checks/check-garden.ts';
import { BAD_INPUT, EDITORIAL, READABLE, UNREADABLE } from '../support/bad-input-fixtures.ts';
import { ROOT } from '../support/site.ts';

const FIXTURES = BAD_INPUT;

let root: string;
const useFixtures = (names: string[]) => {
  rmSync(join(root, 'content'), { recursive: true, force: true });
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  for (const name of names) copyFileSync(join(FIXTURES, name), join(root, 'content/notes', name));
  return checkGarden(root).problems;
};
const problemsIn = (problems: Problem[], name: string) => problems.filter((problem) => problem.file === `content/notes/${name}`);

// Each check reads a full copy of the garden; on a busy two-core machine that takes seconds.
vi.setConfig({ testTimeout: 60_000 });

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'garden-bad-input-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('bad input gets a clear, located error', () => {
  it('has a fixture for every case listed here, and nothing else', () => {
    expect(readdirSync(FIXTURES).sort()).toEqual([...Object.keys(UNREADABLE), ...Object.keys(READABLE), ...Object.keys(EDITORIAL), 'valid-seedling.mdx'].sort());
  });

  it('reports every unreadable note at once, at the offending field, with a fix', () => {
    const problems = useFixtures(Object.keys(UNREADABLE));
    for (const [name, [line, column, message]] of Object.entries(UNREADABLE)) {
      expect(problemsIn(problems, name), name).toContainEqual(expect.objectContaining({ line, column, message: expect.stringMatching(message) }));
      for (const problem of problemsIn(problems, name)) expect(problem.hint.length, name).toBeGreaterThan(10);
    }
  });

  it('reports every broken rule and unsafe construct at once, each at its place', () => {
    const problems = useFixtures(['valid-seedling.mdx', ...Object.keys(READABLE)]);
    for (const [name, [line, column, message]] of Object.entries(READABLE)) {
      const found = problemsIn(problems, name).filter(isError);
      expect(found, name).toContainEqual(expect.objectContaining({ line, column, message: expect.stringMatching(message) }));
      const formatted = formatProblem(found.find((problem) => message.test(problem.message)) as Problem);
      expect(formatted, name).toMatch(new RegExp(`^content/notes/${name}:${line}:${column}  \\S.*  \\(.+\\)$`, 's'));
    }
    // A seedling's missing words are a warning, not an error (the hub that does not list it yet is reported on the hub).
    expect(problemsIn(problems, 'valid-seedling.mdx').filter(isError)).toEqual([]);
    expect(problemsIn(problems, 'valid-seedling.mdx')).toContainEqual(expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/^has \d+ words; a note has 60 to 250$/) }));
  });

  it('reports a note over its word cap, a second interpretation label and a section id in prose, each at its place', () => {
    const problems = useFixtures(Object.keys(EDITORIAL));
    for (const [name, [line, column, message]] of Object.entries(EDITORIAL)) {
      const found = problemsIn(problems, name).filter((problem) => message.test(problem.message));
      expect(found, name).toEqual([expect.objectContaining({ line, column, severity: DEFAULT_RULES.editorial })]);
      expect(formatProblem(found[0]), name).toMatch(new RegExp(`^content/notes/${name}:${line}:${column}  \\S.*  \\(.+\\)$`, 's'));
    }
  });

  it('still checks every other note when one cannot be read, and links to it by file name still resolve', () => {
    const problems = useFixtures(['invalid-yaml.mdx', 'script-element.mdx', 'broken-wikilink.mdx']);
    expect(problemsIn(problems, 'invalid-yaml.mdx')).toHaveLength(1);
    expect(problemsIn(problems, 'script-element.mdx')).toContainEqual(expect.objectContaining({ line: 13, column: 1, message: expect.stringContaining('<script>') }));
    expect(problemsIn(problems, 'broken-wikilink.mdx')).toContainEqual(expect.objectContaining({ line: 13, column: 10, message: expect.stringContaining('[[a-note-nobody-wrote]]') }));
    // Whether a note is an orphan depends on the unreadable one too, so that waits until it is fixed.
    expect(problems.filter((problem) => /orphan|is cited by no note/.test(problem.message))).toEqual([]);

    const linking = join(root, 'content/notes/growth-mindset.md');
    writeFileSync(linking, `${readFileSync(linking, 'utf8')}\nSee also [[invalid-yaml]].\n`);
    expect(checkGarden(root).problems.filter((problem) => problem.message.includes('[[invalid-yaml]]'))).toEqual([]);
  });

  it('stops the build before the content layer reads an unreadable note, listing every problem once and no stack trace', () => {
    useFixtures(['unknown-stage.mdx', 'broken-wikilink.mdx']);
    const logger = { warn: () => {}, info: () => {} } as unknown as AstroIntegrationLogger;
    const hooks = gardenIntegration().hooks as Record<string, (options: unknown) => unknown>;
    let failure: Error | undefined;
    try {
      hooks['astro:config:setup']({ config: { root: new URL(`file://${root}/`) }, command: 'build', logger, injectRoute: () => {} });
    } catch (error) {
      failure = error as Error;
    }
    expect(failure?.message).toMatch(/content\/notes\/unknown-stage\.mdx:6:8  field "stage"/);
    expect(failure?.message).toMatch(/content\/notes\/broken-wikilink\.mdx:13:10  \[\[a-note-nobody-wrote\]\]/);
    expect(failure?.message.match(/unknown-stage\.mdx/g)).toHaveLength(1);
    expect(failure?.stack).toBe(failure?.message);
  });

  it('stops the build before anything is rendered, listing the problems in the same format', async () => {
    useFixtures(['iframe-element.mdx', 'broken-wikilink.mdx']);
    const logger = { warn: () => {}, info: () => {} } as unknown as AstroIntegrationLogger;
    const hooks = gardenIntegration().hooks as Record<string, (options: unknown) => unknown>;
    hooks['astro:config:setup']({ config: { root: new URL(`file://${root}/`), cacheDir: new URL(`file://${root}/.astro-cache/`) }, command: 'build', logger });
    await expect(async () => hooks['astro:build:start']({ logger })).rejects.toThrow(/content\/notes\/iframe-element\.mdx:13:1  uses <iframe>, which notes may not contain  \(.+\)/);
  });
});
