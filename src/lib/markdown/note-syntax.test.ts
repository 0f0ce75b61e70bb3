import { describe, expect, it } from 'vitest';
import { keepSyntax, noteSyntax, syntaxRead } from './note-syntax.ts';

describe('what is read from a body can be handed to another thread', () => {
  it('survives the copy a worker thread receives', () => {
    const body = '## Why\n\nSee [[a|the a note]].\n\n| x |\n| --- |\n| [[b|label]] |\n';
    const read = noteSyntax(body);
    const handed = structuredClone(syntaxRead()).find(([key]) => key === `md\n${body}`);
    expect(handed?.[1]).toEqual(read);
  });

  it('is used as it is, so the body is not parsed again', () => {
    const body = 'A body nobody has parsed, with [[c]].';
    const kept = { prose: { links: [], blocks: [], blockOf: [] }, headings: [{ id: 'kept', text: 'Kept', depth: 2 }], tableLinks: [] };
    keepSyntax([[`md\n${body}`, kept]]);
    expect(noteSyntax(body)).toBe(kept);
  });
});
