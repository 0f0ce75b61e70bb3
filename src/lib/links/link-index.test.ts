import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticSlug, writeSyntheticGarden } from '../../../scripts/bench/synthetic-garden.ts';
import type { GardenNote } from '../content/model.ts';
import { linkTargetsDigest, renderCacheKey, watchedLinkIndex } from './link-index.ts';

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

describe('linkTargetsDigest', () => {
  const note = (slug: string, title: string, body: string, aliases: string[] = []) =>
    ({ slug, file: `content/notes/${slug}.md`, bodyLine: 1, body, data: { title, aliases } }) as unknown as GardenNote;
  const garden = (changed: GardenNote) => linkTargetsDigest([note('a', 'A note', '## First\n\nText.'), changed]);
  const original = garden(note('b', 'B note', '## Second\n\nMore text.', ['Bee']));

  it('stays the same when only the prose of a note changes', () => {
    expect(garden(note('b', 'B note', '## Second\n\nOther words entirely, and [[a]].', ['Bee']))).toBe(original);
  });

  it('changes when a note is renamed, retitled, given another alias or another heading', () => {
    const changed = [
      note('b-renamed', 'B note', '## Second\n\nMore text.', ['Bee']),
      note('b', 'B retitled', '## Second\n\nMore text.', ['Bee']),
      note('b', 'B note', '## Second\n\nMore text.', ['Bee', 'B2']),
      note('b', 'B note', '## Second part\n\nMore text.', ['Bee']),
    ].map(garden);
    expect(new Set([original, ...changed]).size).toBe(5);
  });
});

describe('renderCacheKey', () => {
  it('changes with the rendering code, not with a note (each entry\'s digest covers the notes, see link-aware-loader.ts)', () => {
    const project = mkdtempSync(join(tmpdir(), 'render-key-'));
    try {
      writeSyntheticGarden(project, { notes: 12 });
      mkdirSync(join(project, 'src', 'lib'), { recursive: true });
      writeFileSync(join(project, 'src', 'lib', 'plugin.ts'), 'export const version = 1;\n');
      writeFileSync(join(project, 'src', 'lib', 'plugin.test.ts'), 'tests do not render\n');
      const note = join(project, 'content', 'notes', `${syntheticSlug(1)}.md`);
      const first = renderCacheKey(project);

      writeFileSync(note, `${readFileSync(note, 'utf8')}\nOne more sentence of prose.\n`);
      writeFileSync(join(project, 'src', 'lib', 'plugin.test.ts'), 'a test changed\n');
      expect(renderCacheKey(project)).toBe(first);

      writeFileSync(note, readFileSync(note, 'utf8').replace(/^title: .*$/m, 'title: Another title'));
      expect(renderCacheKey(project)).toBe(first);

      writeFileSync(join(project, 'src', 'lib', 'plugin.ts'), 'export const version = 2;\n');
      expect(renderCacheKey(project)).not.toBe(first);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
