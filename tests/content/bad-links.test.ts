import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Link, Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatProblem, type Problem } from '../../src/lib/content/model.ts';
import { linkIndexOf, type LinkIndex } from '../../src/lib/links/link-resolution.ts';
import { checkGarden } from '../../src/lib/checks/check-garden.ts';
import { splitFrontmatter } from '../../src/lib/markdown/frontmatter.ts';
import { remarkWikilinks, type BrokenLink } from '../../src/lib/links/remark-wikilinks.ts';
import { ROOT } from '../support/site.ts';

/**
 * Each fixture in tests/fixtures/bad-links/ is a note with one kind of bad link, dropped into a copy of the
 * real garden. Both places that check links must say the same thing at the same place: the content check
 * that runs before the build, and the remark plugin that renders the note.
 */
const FIXTURES = join(ROOT, 'tests/fixtures/bad-links');

const BAD: Record<string, { line: number; column: number; message: string; hint: string }> = {
  'misspelled-title.mdx': {
    line: 13,
    column: 23,
    message: '[[Extreme ownershp]] does not name any note; did you mean "Taking ownership as a TPM" [[extreme-ownership]]',
    hint: "link by a note's file name, title or alias, e.g. [[extreme-ownership]]",
  },
  'misspelled-file-link.mdx': {
    line: 13,
    column: 42,
    message: '[owning it](extreme-ownrship.mdx) does not name any note; did you mean "Taking ownership as a TPM" [[extreme-ownership]]',
    hint: "link by a note's file name, title or alias, e.g. [[extreme-ownership]]",
  },
  'ambiguous-name.mdx': {
    line: 14,
    column: 24,
    message: '[[accountability]] is ambiguous: "accountability" names 2 notes, "Fixture with an ambiguous name" [[ambiguous-name]] and "Taking ownership as a TPM" [[extreme-ownership]]',
    hint: 'link by file name, which is unique: [[ambiguous-name]] or [[extreme-ownership]]',
  },
  'missing-heading.mdx': {
    line: 13,
    column: 20,
    message: '[[glossary-terms#KPIs|key indicators]]: note "glossary-terms" has no heading "KPIs"; did you mean #kpi (KPI)?',
    hint: 'use one of: kpi, sev, eq, integrity, ai-ml, system-design, stock-vesting, roadmap, sprint, design-review, distributed-system',
  },
};

let root: string;
let problems: Problem[];
let index: LinkIndex;

/** Renders a fixture's links the way the site does: the link URLs, and the broken links the plugin reported. */
function renderLinks(name: string): { urls: string[]; broken: BrokenLink[] } {
  const broken: BrokenLink[] = [];
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkWikilinks, {
      index: () => index,
      href: (slug: string) => `/notes/${slug}/`,
      previewHref: (slug: string) => `/previews/${slug}.json`,
      onBrokenLink: (problem: BrokenLink) => broken.push(problem),
    });
  // As Astro hands a note to the processor: an MDX file whole with its frontmatter blanked out, a Markdown
  // body alone and trimmed. Either way the plugin reports lines of the file.
  const path = join(root, 'content', 'notes', name);
  const text = readFileSync(path, 'utf8');
  const value = name.endsWith('.mdx')
    ? text.replace(/^---\r?\n[\s\S]*?\r?\n---/, (frontmatter) => frontmatter.replace(/[^\n]/g, ' '))
    : (splitFrontmatter(text)?.body.trim() ?? '');
  const file = new VFile({ path, value });
  const tree = processor.runSync(processor.parse(file), file) as Root;
  const urls: string[] = [];
  visit(tree, 'link', (node: Link) => {
    urls.push(node.url);
  });
  return { urls, broken };
}

vi.setConfig({ testTimeout: 60_000 });

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'garden-bad-links-'));
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  for (const name of readdirSync(FIXTURES)) copyFileSync(join(FIXTURES, name), join(root, 'content/notes', name));
  const checked = checkGarden(root);
  if (!checked.garden) throw new Error(`the fixture garden could not be read: ${checked.problems.map(formatProblem).join('\n')}`);
  problems = checked.problems;
  index = linkIndexOf(checked.garden.notes);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a mistyped link tells the contributor where and what they probably meant', () => {
  it.each(Object.entries(BAD))('%s: the content check names file, line, column, the link and the closest notes', (name, expected) => {
    const linkProblems = problems.filter((problem) => problem.file === `content/notes/${name}` && problem.message.startsWith('['));
    expect(linkProblems).toEqual([expect.objectContaining({ ...expected, message: expect.stringContaining(expected.message) })]);
    expect(formatProblem(linkProblems[0])).toMatch(new RegExp(`^content/notes/${name}:${expected.line}:${expected.column}  \\[`));
  });

  it.each(Object.entries(BAD))('%s: rendering reports the same place and message, which stops the build', (name, expected) => {
    expect(renderLinks(name).broken).toEqual([
      expect.objectContaining({ file: `content/notes/${name}`, line: expected.line, column: expected.column, message: expect.stringContaining(expected.message) }),
    ]);
  });

  it('accepts headings named by their text and links by alias or Markdown file link, pointing at the heading ids', () => {
    expect(problems.filter((problem) => problem.file === 'content/notes/heading-by-text.mdx' && problem.message.startsWith('['))).toEqual([]);
    expect(renderLinks('heading-by-text.mdx').broken).toEqual([]);
    expect(renderLinks('heading-by-text.mdx').urls).toEqual([
      '/notes/growth-mindset/',
      '/notes/career-as-a-mosaic/',
      '/notes/three-career-questions/',
      '/notes/glossary-terms/#kpi',
      '/notes/glossary-terms/#sev',
    ]);
  });
});
