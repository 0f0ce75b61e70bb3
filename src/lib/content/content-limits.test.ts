import { describe, expect, it } from 'vitest';
import { LIMITS, limitProblems } from './content-limits.ts';

const head = '---\ntitle: A\n---\n\n';

describe('limitProblems', () => {
  it('accepts an ordinary note', () => {
    expect(limitProblems(`${head}Text with [[a link]].\n\n- one\n  - two\n    - three\n> quote\n`, 'n.md')).toEqual([]);
  });
  it('refuses a line of 100,000 [ characters at its line', () => {
    const [problem] = limitProblems(`${head}${'['.repeat(100_000)}\n`, 'n.md');
    expect(problem).toMatchObject({ file: 'n.md', line: 5, column: LIMITS.lineLength + 1 });
    expect(problem.message).toMatch(/100000 characters long/);
  });
  it('refuses a 10,000-level nested list, quote and ordered list', () => {
    const list = Array.from({ length: 10_000 }, (_, level) => `${'  '.repeat(level % 2000)}- a`).join('\n');
    for (const body of [list, `${'> '.repeat(4000)}a`, `${'1. '.repeat(3000)}a`]) {
      const problems = limitProblems(`${head}${body}\n`, 'n.md');
      expect(problems.map((problem) => problem.message)).toContainEqual(expect.stringMatching(/nested more than 20 levels/));
    }
  });
  it('refuses a note larger than the cap and one with too many links', () => {
    expect(limitProblems(`${head}${'word '.repeat(50_000)}`, 'n.md')[0].message).toMatch(/KB, more than the 200 KB/);
    const problems = limitProblems(`${head}${'[[a]]\n'.repeat(501)}`, 'n.md');
    expect(problems).toEqual([expect.objectContaining({ line: 505, column: 1, message: 'has more than 500 links' })]);
  });
  it('refuses a paragraph longer than the block cap at its first line, but not the same text in paragraphs, list items or code', () => {
    const line = 'a w '.repeat(20) + '\n';
    const lines = Math.ceil(LIMITS.blockLength / line.length) + 1;
    const problems = limitProblems(`${head}Intro.\n\n[${line.repeat(lines)}`, 'n.md');
    expect(problems).toEqual([expect.objectContaining({ line: 7, column: 1, message: expect.stringMatching(/block of text of more than 4000 characters/) })]);
    expect(limitProblems(`${head}${`${line.repeat(10)}\n`.repeat(lines)}`, 'n.md')).toEqual([]);
    expect(limitProblems(`${head}\`\`\`\n${line.repeat(lines)}\`\`\`\n`, 'n.md')).toEqual([]);
    expect(limitProblems(`${head}${`- ${line}`.repeat(lines)}`, 'n.md')).toEqual([]);
  });
});
