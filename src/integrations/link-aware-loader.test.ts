import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { LINK_AWARE_LOADER, linkAware } from './link-aware-loader.ts';

const project = mkdtempSync(join(tmpdir(), 'garden-link-aware-'));
cpSync(join(import.meta.dirname, '..', '..', 'content'), join(project, 'content'), { recursive: true });
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** The digest the wrapped loader gives a file's contents, with the garden as it is on disk. */
async function digestOf(contents: string): Promise<string> {
  let digest = '';
  const loader = linkAware({
    name: 'glob',
    load: async (context) => {
      digest = context.generateDigest(contents);
    },
  });
  const context = { config: { root: pathToFileURL(`${project}/`) }, generateDigest: (data: unknown) => JSON.stringify(data) } as unknown as LoaderContext;
  await loader.load(context);
  expect(loader.name).toBe(LINK_AWARE_LOADER);
  return digest;
}

describe('a loader whose digests cover what links render from other notes', () => {
  it('gives the same file a new digest when another note is retitled, and keeps it otherwise', async () => {
    const before = await digestOf('A note linking to [[growth-mindset]].');
    expect(await digestOf('A note linking to [[growth-mindset]].')).toBe(before);
    expect(await digestOf('Other text.')).not.toBe(before);

    const target = join(project, 'content', 'notes', 'growth-mindset.md');
    writeFileSync(target, readFileSync(target, 'utf8').replace(/^title: .*$/m, 'title: A retitled growth mindset'));
    utimesSync(target, new Date(), new Date(Date.now() + 5_000));
    expect(await digestOf('A note linking to [[growth-mindset]].')).not.toBe(before);
  });
});
