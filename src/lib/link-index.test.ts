import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticSlug, writeSyntheticGarden } from '../../scripts/bench/synthetic-garden.ts';
import { watchedLinkIndex } from './link-index.ts';

const root = mkdtempSync(join(tmpdir(), 'link-index-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('watchedLinkIndex', () => {
  it('builds the index once, then again only after a note changes', async () => {
    writeSyntheticGarden(root, { notes: 12 });
    const current = watchedLinkIndex(root);
    const first = current();
    expect(current()).toBe(first);
    expect(first.title(syntheticSlug(0))).not.toBe('A renamed note');

    const file = join(root, 'content', 'notes', `${syntheticSlug(0)}.md`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: A renamed note'));
    await expect.poll(() => current().title(syntheticSlug(0)), { timeout: 5000 }).toBe('A renamed note');
  });
});
