import { describe, expect, it } from 'vitest';
import { decodeUtf8, fileNameProblem, firstInvalidUtf8Byte, frontmatterInvisibleProblems, invisibleCharacters, nameCollisions, symlinkProblem } from './file-checks.ts';

describe('symlinkProblem', () => {
  it('names the link and asks for the file itself', () => {
    expect(symlinkProblem('content/notes/a.md')).toMatchObject({ file: 'content/notes/a.md', message: expect.stringMatching(/symbolic link/), hint: expect.stringMatching(/^replace the link with the file itself/) });
  });
});

describe('decodeUtf8', () => {
  it('reads UTF-8 and drops a byte order mark at the start', () => {
    expect(decodeUtf8(Buffer.from('\uFEFF---\ntitle: Über\n', 'utf8'), 'f')).toEqual({ text: '---\ntitle: Über\n' });
  });

  it('points at the first byte that is not UTF-8, counting columns in characters', () => {
    // "café" in Windows-1252 on line 2, after a two-byte UTF-8 character on the same line.
    const bytes = Buffer.concat([Buffer.from('---\nÜ café', 'utf8'), Buffer.from([0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a])]);
    const result = decodeUtf8(bytes, 'content/notes/a.md');
    expect(result).toEqual({ problem: expect.objectContaining({ file: 'content/notes/a.md', line: 2, column: 11, hint: expect.stringMatching(/save the file as UTF-8/) }) });
    expect('problem' in result && result.problem.message).toMatch(/byte 0xE9/);
  });

  it('counts a byte order mark as no column', () => {
    const result = decodeUtf8(Buffer.concat([Buffer.from('\uFEFFab', 'utf8'), Buffer.from([0x92])]), 'f');
    expect(result).toMatchObject({ problem: { line: 1, column: 3 } });
  });
});

describe('firstInvalidUtf8Byte', () => {
  it('accepts every well-formed sequence and finds overlongs, surrogates, stray and cut-off bytes', () => {
    expect(firstInvalidUtf8Byte(Buffer.from('a é € 𝄞', 'utf8'))).toBe(-1);
    expect(firstInvalidUtf8Byte(Uint8Array.from([0x61, 0xc0, 0xaf]))).toBe(1);
    expect(firstInvalidUtf8Byte(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8Byte(Uint8Array.from([0x61, 0x80]))).toBe(1);
    expect(firstInvalidUtf8Byte(Uint8Array.from([0x61, 0x62, 0xe2, 0x82]))).toBe(2);
    expect(firstInvalidUtf8Byte(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
  });
});

describe('invisibleCharacters', () => {
  it('finds zero-width, direction and soft-hyphen characters with their code point names', () => {
    expect(invisibleCharacters('a\u200Bb\u202Ec\u00ADd')).toEqual([
      { index: 1, label: 'U+200B (zero-width space)' },
      { index: 3, label: 'U+202E (right-to-left override)' },
      { index: 5, label: 'U+00AD (soft hyphen)' },
    ]);
    expect(invisibleCharacters('Plain – text, café')).toEqual([]);
  });
});

describe('frontmatterInvisibleProblems', () => {
  it('reports the line, column and field of each line with an invisible character', () => {
    const frontmatter = 'title: Growth\u200B mindset\nsummary: >-\n  Text with a \u2066hidden\u2069 part.\naliases:\n  - fine\n  - \uFEFFbad';
    expect(frontmatterInvisibleProblems(frontmatter, 2, 'content/notes/a.md')).toEqual([
      expect.objectContaining({ file: 'content/notes/a.md', line: 2, column: 14, message: 'title holds an invisible character U+200B (zero-width space) at column 14' }),
      expect.objectContaining({ line: 4, column: 15, message: 'summary holds an invisible character U+2066 (left-to-right isolate) at column 15 (and 1 more on the line)' }),
      expect.objectContaining({ line: 7, column: 5, message: 'aliases holds an invisible character U+FEFF (zero-width no-break space) at column 5' }),
    ]);
    expect(frontmatterInvisibleProblems('title: Plain\n', 2, 'f')).toEqual([]);
  });
});

describe('fileNameProblem', () => {
  it('accepts lowercase slugs and suggests one for any other name', () => {
    expect(fileNameProblem('content/notes/growth-mindset-2.md')).toBeUndefined();
    expect(fileNameProblem('content/notes/My Note.md')).toMatchObject({ message: 'file name "My Note" is not a lowercase slug', hint: 'rename it to my-note.md' });
    expect(fileNameProblem('content/notes/Über.mdx')?.hint).toBe('rename it to uber.mdx');
    expect(fileNameProblem('content/sources/a_b.yaml')?.hint).toBe('rename it to a-b.yaml');
    expect(fileNameProblem('content/notes/日本.md')?.hint).toMatch(/lowercase letters a-z/);
  });

  it('names an invisible character in a file name rather than the slug rule', () => {
    expect(fileNameProblem('content/notes/growth\u200Bmindset.md')).toMatchObject({
      message: 'file name "growth<U+200B>mindset" holds an invisible character U+200B (zero-width space) at position 7',
      hint: 'delete it: rename the file to growthmindset.md',
    });
  });
});

describe('nameCollisions', () => {
  it('reports names equal but for case, invisible characters or look-alikes against the valid one', () => {
    const problems = nameCollisions([
      'content/notes/My-Note.md',
      'content/notes/sub/my-note.md',
      'content/notes/ab\u200B.md',
      'content/notes/ab.mdx',
      'content/notes/\uFB01le.md',
      'content/notes/file.md',
      'content/notes/other.md',
    ]);
    expect(problems.map((problem) => [problem.file, problem.message])).toEqual([
      ['content/notes/My-Note.md', 'file name "My-Note" collides with content/notes/sub/my-note.md: they differ only by case, and are one file on macOS and Windows'],
      ['content/notes/ab\u200B.md', 'file name "ab<U+200B>" collides with content/notes/ab.mdx: they differ only by invisible characters'],
      ['content/notes/\uFB01le.md', expect.stringMatching(/^file name "\uFB01le" collides with content\/notes\/file.md: they look alike/)],
    ]);
    expect(problems[0].hint).toMatch(/^rename one of them/);
  });

  it('leaves the same name in two folders to the rule on duplicate slugs', () => {
    expect(nameCollisions(['content/notes/a/x.md', 'content/notes/b/x.md'])).toEqual([]);
  });
});
