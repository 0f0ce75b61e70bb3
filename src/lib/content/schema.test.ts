import { describe, expect, it } from 'vitest';
import { noteSchema } from './schema.ts';

const valid = {
  title: 'Growth mindset',
  summary: 'Treating every skill as learnable is what keeps a TPM growing.',
  topics: ['skills'],
  kind: 'note',
  stage: 'budding',
  sources: [{ doc: 'meta-director-ama', section: 'qualities-of-the-best' }],
};

const issues = (data: object) => {
  const result = noteSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('noteSchema', () => {
  it('accepts a complete note and defaults aliases and tags', () => {
    expect(noteSchema.parse(valid)).toMatchObject({ aliases: [], tags: [] });
  });

  it('rejects a note without sources unless it is a synthesis', () => {
    expect(issues({ ...valid, sources: [] })).toEqual([
      'sources: a note needs at least one source section (only kind: synthesis may have an empty list)',
    ]);
    expect(issues({ ...valid, sources: [], kind: 'synthesis' })).toEqual([]);
  });

  it('rejects unknown topics, kinds and stages, multi-sentence summaries and unknown fields', () => {
    const found = issues({ ...valid, topics: ['cooking'], kind: 'essay', stage: 'tree', summary: 'One. Two sentences here.', extra: 1 });
    expect(found).toHaveLength(5);
    expect(found.join('\n')).toMatch(/topics\.0/);
    expect(found.join('\n')).toMatch(/kind/);
    expect(found.join('\n')).toMatch(/stage/);
    expect(found.join('\n')).toMatch(/summary: exactly one sentence/);
    expect(found.join('\n')).toMatch(/extra/);
  });
});
