import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { byTitle } from '../lib/content/model.ts';
import { buildLinkGraph, linkGraphKey } from '../lib/links/link-graph.ts';
import { layoutGraph, layoutInput, layoutKey } from '../lib/graph/graph-layout.ts';
import { loadGarden } from '../lib/content/load-content.ts';
import { checkGarden } from '../lib/checks/check-garden.ts';
import { TOPICS } from '../lib/content/schema.ts';
import { buildMemory } from '../lib/content/build-memory.ts';
import { linkTargetsDigest } from '../lib/links/link-index.ts';
import { syntaxRead } from '../lib/markdown/note-syntax.ts';
import { startBackgroundWork } from './background-work.ts';
import { precomputedLayout, precomputedLinkGraph, shareLayout, shareLinkGraph, shareLinkTargetsDigest, sharedLinkTargetsDigest } from './precomputed.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

// Each worker keeps what it read in a cache file: here, one outside the project per worker, so none reuses another's.
const scratch = mkdtempSync(join(tmpdir(), 'garden-syntax-cache-'));
let caches = 0;
const freshCache = () => join(scratch, `syntax-${caches++}.json`);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let copy: string | undefined;
afterEach(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
  copy = undefined;
});

/** A copy of the garden's content in which one note's title is removed, which the content check reports. */
function gardenWithABrokenNote(): { dir: string; file: string } {
  copy = mkdtempSync(join(tmpdir(), 'garden-background-'));
  cpSync(join(root, 'content'), join(copy, 'content'), { recursive: true });
  const file = join('content', 'notes', loadGarden(root).notes[0].file.replace(/^content\/notes\//, ''));
  writeFileSync(join(copy, file), readFileSync(join(copy, file), 'utf8').replace(/^title: .*\n/m, ''));
  return { dir: copy, file };
}

describe('the content check and graph layout run in a worker thread', () => {
  it('find the problems the content check finds on the main thread', async () => {
    const { dir, file } = gardenWithABrokenNote();
    const work = startBackgroundWork(dir, freshCache());
    const problems = await work.problems();
    expect(problems).toEqual(checkGarden(dir).problems);
    expect(problems).toContainEqual(expect.objectContaining({ file, message: expect.stringContaining('title') }));
    // An unreadable garden gets no layout: the graph page lays out what it renders.
    await expect(work.layout()).resolves.toBeUndefined();
  }, 30_000);

  it('hand what they read from the note bodies to this thread, for the link-targets digest of the content loaders', async () => {
    copy = mkdtempSync(join(tmpdir(), 'garden-background-'));
    cpSync(join(root, 'content'), join(copy, 'content'), { recursive: true });
    const marker = 'A sentence this thread never parsed.';
    const file = join(copy, loadGarden(root).notes[0].file);
    writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\n${marker}\n`);
    shareLinkTargetsDigest(copy, startBackgroundWork(copy, freshCache()).bodiesRead);
    try {
      const digest = await sharedLinkTargetsDigest(copy);
      expect(syntaxRead().some(([body]) => body.includes(marker))).toBe(true);
      expect(digest).toBe(linkTargetsDigest(loadGarden(copy).notes));
    } finally {
      buildMemory.linkTargetsDigest = undefined;
    }
  }, 30_000);

  it('lay out the garden, keyed by its input', async () => {
    const { notes } = loadGarden(root);
    const input = layoutInput(notes, buildLinkGraph(notes).outgoing);
    const work = startBackgroundWork(root, freshCache());
    await expect(work.problems()).resolves.toEqual(checkGarden(root).problems);
    const result = await work.layout();
    expect(result?.key).toBe(layoutKey(input));
    expect(result?.layout).toEqual(layoutGraph(input.nodes, input.edges, TOPICS));
  }, 30_000);

  it('hand the link graph to the pages, in their order of notes, only for the notes it was computed from', async () => {
    // The pages list notes by title (src/data/site-garden.ts) and take the worker's graph only for that key.
    const notes = [...loadGarden(root).notes].sort(byTitle);
    const key = linkGraphKey(notes);
    shareLinkGraph(startBackgroundWork(join(root, 'tests', 'fixtures'), freshCache()).linkGraph);
    await expect(precomputedLinkGraph(key)).resolves.toBeUndefined();
    shareLinkGraph(startBackgroundWork(root, freshCache()).linkGraph);
    const shared = await precomputedLinkGraph(key);
    expect(shared).toEqual(buildLinkGraph(notes));
    expect([...shared!.outgoing.keys()]).toEqual(notes.map((note) => note.slug));
    expect(linkGraphKey(notes.slice(1))).not.toBe(key);
  }, 30_000);

  it('hand the layout to the pages only for the garden it was computed from', async () => {
    const { notes } = loadGarden(root);
    const key = layoutKey(layoutInput(notes, buildLinkGraph(notes).outgoing));
    shareLayout(startBackgroundWork(join(root, 'tests', 'fixtures'), freshCache()).layout);
    await expect(precomputedLayout(key)).resolves.toBeUndefined();
    shareLayout(startBackgroundWork(root, freshCache()).layout);
    await expect(precomputedLayout(key)).resolves.toMatchObject({ nodes: expect.arrayContaining([expect.objectContaining({ id: notes[0].slug })]) });
  }, 30_000);

  it('keep a process with nothing else to do alive while their results are awaited', () => {
    // As in a build whose notes all come from Astro's cache: the worker is the only thing left to wait for.
    const script = `
      const { startBackgroundWork } = await import(${JSON.stringify(new URL('./background-work.ts', import.meta.url).href)});
      const work = startBackgroundWork(${JSON.stringify(root)}, ${JSON.stringify(join(scratch, 'in-child.json'))});
      const problems = await work.problems();
      const layout = await work.layout();
      console.log(JSON.stringify({ problems: problems?.length, nodes: layout?.layout.nodes.length }));`;
    copy = mkdtempSync(join(tmpdir(), 'garden-background-'));
    writeFileSync(join(copy, 'await-worker.mjs'), script);
    const run = spawnSync(process.execPath, [join(copy, 'await-worker.mjs')], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ problems: checkGarden(root).problems.length, nodes: loadGarden(root).notes.length });
  }, 60_000);
});
