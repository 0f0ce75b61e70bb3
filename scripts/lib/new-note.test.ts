import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../src/lib/markdown/frontmatter.ts';
import { templateLeftovers } from '../../src/lib/checks/rules/template-leftover.ts';
import { noteTemplate } from '../../src/lib/content/note-template.ts';
import { planNewNote } from './new-note.ts';
import { noteSchema } from '../../src/lib/content/schema.ts';

const garden = {
  sections: ['meta-director-ama#mistakes-made', 'faang-tpm-article#background'],
  notes: [{ slug: 'motion-is-not-progress', file: 'content/notes/motion-is-not-progress.mdx', names: ['motion-is-not-progress', 'Mistaking motion for progress', 'Busywork'] }],
};

describe('planNewNote', () => {
  it('turns a title and options into a slug and a request', () => {
    expect(planNewNote(['What is a TPM?', '--topic', 'role', '--topic', 'skills', '--source', 'faang-tpm-article#background'], garden)).toEqual({
      slug: 'what-is-a-tpm',
      request: { title: 'What is a TPM?', kind: 'note', topics: ['role', 'skills'], sources: [{ doc: 'faang-tpm-article', section: 'background' }] },
    });
  });

  it('refuses a title or file name another note already has, naming that note', () => {
    const plan = planNewNote(['busywork', '--topic', 'pitfalls', '--source', 'meta-director-ama#mistakes-made'], garden);
    expect(plan).toEqual({ errors: [expect.stringContaining('already the title or alias of content/notes/motion-is-not-progress.mdx')] });
    const sameFile = planNewNote(['Motion is not progress', '--topic', 'pitfalls', '--source', 'meta-director-ama#mistakes-made'], garden);
    expect(sameFile).toEqual({ errors: [expect.stringContaining('"motion-is-not-progress" already exists')] });
  });

  it('lists every problem with the command at once, with the allowed values', () => {
    const plan = planNewNote(['A new idea', '--topic', 'cooking', '--kind', 'essay', '--source', 'nowhere#x'], garden);
    expect('errors' in plan && plan.errors).toEqual([
      'unknown kind "essay": use one of note, synthesis, glossary, person',
      'unknown topic "cooking": use one of role, skills, pitfalls, career-transitions',
      'unknown source section "nowhere#x": use one of meta-director-ama#mistakes-made, faang-tpm-article#background',
    ]);
    expect(planNewNote([], garden)).toMatchObject({ errors: [expect.stringContaining('give the note a title'), expect.stringContaining('--topic'), expect.stringContaining('--source')] });
    expect(planNewNote(['Title', '--colour', 'red'], garden)).toMatchObject({ errors: [expect.stringContaining("Unknown option '--colour'")] });
  });

  it('lets a synthesis note start without a source', () => {
    expect(planNewNote(['Where the sources agree', '--topic', 'role', '--kind', 'synthesis'], garden)).toMatchObject({ slug: 'where-the-sources-agree' });
  });
});

describe('noteTemplate', () => {
  it('writes frontmatter the note schema accepts, even for titles YAML would misread', () => {
    for (const title of ['Plain title', 'Scope: what "done" means', '#1 mistake', '[draft] idea']) {
      const text = noteTemplate({ title, kind: 'note', topics: ['skills'], sources: [{ doc: 'meta-director-ama', section: 'mistakes-made' }] });
      const data = noteSchema.parse(parse(splitFrontmatter(text)?.frontmatter ?? ''));
      expect(data).toMatchObject({ title, stage: 'seedling', topics: ['skills'] });
    }
  });
});

describe('templateLeftovers', () => {
  const template = noteTemplate({ title: 'Idea', kind: 'note', topics: ['skills'], sources: [{ doc: 'd', section: 's' }] });
  const split = splitFrontmatter(template);
  const note = (stage: 'seedling' | 'budding') => ({
    file: 'content/notes/idea.mdx',
    body: split?.body ?? '',
    bodyLine: split?.bodyLine ?? 1,
    data: { ...noteSchema.parse(parse(split?.frontmatter ?? '')), stage },
    locate: (path: PropertyKey[]) => (path[0] === 'summary' ? { line: 3, column: 10 } : undefined),
  });

  it('warns about the template text left in a seedling, at its place', () => {
    expect(templateLeftovers(note('seedling'))).toEqual([
      expect.objectContaining({ line: 3, column: 10, severity: 'warning', message: "still has the template's summary" }),
      expect.objectContaining({ line: 13, column: 1, severity: 'warning', message: "still has the template's instructions in its body" }),
    ]);
  });

  it('makes it an error once the note is promoted', () => {
    expect(templateLeftovers(note('budding')).map((problem) => problem.severity)).toEqual(['error', 'error']);
  });
});
