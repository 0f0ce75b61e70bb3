import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BAD_INPUT, EDITORIAL, READABLE, UNREADABLE } from '../../../tests/support/bad-input-fixtures.ts';
import { ROOT } from '../../../tests/support/site.ts';
import { unreadableContentProblems } from '../content/load-content.ts';
import { checkGarden } from './check-garden.ts';
import { RULES } from './registry.ts';

/**
 * A change to a copy of the garden that breaks a rule: a note from tests/fixtures/bad-input/, a file from
 * tests/fixtures/bad-records/ put at the same place under content/ (hubs, paths and sources, or a note in a
 * subfolder), or a file of the garden taken away.
 */
type Fixture = { note: string } | { record: string } | { remove: string };

const notes = (...names: string[]): Fixture[] => names.map((note) => ({ note }));

/** The fixtures that break each rule; a new rule needs at least one. */
const FIXTURES_OF_RULE: Record<string, Fixture[]> = {
  'code-in-body': notes(
    'import-statement.mdx',
    'export-statement.mdx',
    'expression.mdx',
    'script-element.mdx',
    'iframe-element.mdx',
    'object-element.mdx',
    'embed-element.mdx',
    'style-element.mdx',
    'event-handler.mdx',
    'javascript-url.mdx',
    'data-url.mdx',
    'unknown-component.mdx',
    'mdx-syntax-error.mdx',
    'raw-html.md',
  ),
  'template-leftover': notes('template-summary.mdx'),
  'duplicate-slug': [{ record: 'notes/more/growth-mindset.md' }],
  'replaces-entry': notes('replaces-existing-note.mdx'),
  'shared-name': notes('duplicate-title.mdx', 'duplicate-alias.mdx', 'ambiguous-wikilink.mdx'),
  citation: notes('missing-source.mdx', 'missing-section.mdx'),
  'broken-link': notes('broken-wikilink.mdx', 'ambiguous-wikilink.mdx', 'heading-wikilink.mdx'),
  'outgoing-links': notes('too-few-links.mdx'),
  // No note links to a new note yet, nor does its topic's hub list it.
  orphan: notes('valid-seedling.mdx'),
  'word-count': notes('too-long-note.mdx', 'valid-seedling.mdx'),
  'one-interpretation': notes('two-interpretations.mdx'),
  'table-link-label': notes('labelled-link-in-table.mdx'),
  'section-id-in-prose': notes('section-id-in-prose.mdx'),
  'uncited-section': [{ record: 'sources/uncited-source.yaml' }],
  'missing-hub': [{ remove: 'topics/pitfalls.md' }],
  'hub-link': [{ record: 'topics/role.md' }],
  'hub-entry': [{ record: 'topics/role.md' }],
  'hub-duplicate-entry': [{ record: 'topics/role.md' }],
  'hub-coverage': [{ record: 'topics/role.md' }, ...notes('valid-seedling.mdx')],
  'path-step': [{ record: 'paths/ghost-path.yaml' }],
};

const BAD_RECORDS = join(ROOT, 'tests/fixtures/bad-records');
const nameOf = (fixture: Fixture) => ('note' in fixture ? fixture.note : 'record' in fixture ? fixture.record : `without ${fixture.remove}`);
/** Every fixture once, the notes the loader cannot read too: their problems are checked like the others'. */
const ALL_FIXTURES = [
  ...new Map([...Object.values(FIXTURES_OF_RULE).flat(), ...notes(...Object.keys(UNREADABLE))].map((fixture) => [nameOf(fixture), fixture])).values(),
];
const IDS = new Set(RULES.map((rule) => rule.id));

let root: string;
/** The place under content/ a fixture changes. */
const placeOf = (fixture: Fixture) => ('note' in fixture ? `notes/${fixture.note}` : 'record' in fixture ? fixture.record : fixture.remove);

/** The garden's problems with the fixture applied; the copy is put back as it was afterwards. */
function problemsWith(fixture: Fixture) {
  const target = join(root, 'content', placeOf(fixture));
  if ('remove' in fixture) rmSync(target);
  else {
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync('note' in fixture ? join(BAD_INPUT, fixture.note) : join(BAD_RECORDS, fixture.record), target);
  }
  try {
    // The loader's own problems (a file it cannot read) come from no rule.
    return { problems: checkGarden(root).problems, loaderProblems: unreadableContentProblems(root) };
  } finally {
    const original = join(ROOT, 'content', placeOf(fixture));
    if (existsSync(original)) copyFileSync(original, target);
    else rmSync(target);
  }
}

// Each check reads the whole garden copy; on a busy two-core machine that takes a second or more.
vi.setConfig({ testTimeout: 60_000 });

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'garden-rules-'));
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the registry of content rules', () => {
  it('gives each rule its own kebab-case id', () => {
    expect(IDS.size).toBe(RULES.length);
    for (const id of IDS) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it('has a fixture for every registered rule, and names no other rule', () => {
    expect(Object.keys(FIXTURES_OF_RULE).sort()).toEqual([...IDS].sort());
    for (const [id, fixtures] of Object.entries(FIXTURES_OF_RULE)) expect(fixtures.length, id).toBeGreaterThan(0);
  });

  it('uses only bad-input fixtures the content tests list', () => {
    const listed = new Set([...Object.keys(UNREADABLE), ...Object.keys(READABLE), ...Object.keys(EDITORIAL), 'valid-seedling.mdx']);
    for (const fixture of ALL_FIXTURES) if ('note' in fixture) expect(listed, fixture.note).toContain(fixture.note);
  });

  it.each(ALL_FIXTURES.map((fixture) => [nameOf(fixture), fixture] as const))('%s: breaks the rules that name it, and every problem names a registered rule or comes from the loader', (_, fixture) => {
    const { problems, loaderProblems } = problemsWith(fixture);
    const found = new Set(problems.map((problem) => problem.rule));
    for (const [id, fixtures] of Object.entries(FIXTURES_OF_RULE)) {
      if (fixtures.some((candidate) => nameOf(candidate) === nameOf(fixture))) expect(found, id).toContain(id);
    }
    expect(problems.filter((problem) => !problem.rule)).toEqual(loaderProblems);
    for (const problem of problems) if (problem.rule) expect(IDS, problem.message).toContain(problem.rule);
  });
});
