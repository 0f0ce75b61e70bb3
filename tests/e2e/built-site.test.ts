import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../support/dist.ts';
import { parsePublishedList, unansweredAddresses } from '../../scripts/lib/published-urls.ts';
import { ROOT } from '../support/site.ts';
import { ROOT_SITE, SUBPATH_SITE } from './sites.ts';

const decode = (value: string) => value.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');

/** Every internal href/src in the built site that does not lead to a file, or to an id in that file. */
function brokenLinks(outDir: string, base: string): string[] {
  const dir = resolve(ROOT, outDir);
  const files = htmlFiles(dir);
  const idsOf = new Map(files.map((file) => [file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1])))]));
  const broken: string[] = [];
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    // The page's canonical URL names the site's own origin; links to that origin are internal and must resolve.
    const canonical = /<link[^>]*rel="canonical"[^>]*href="([^"]+)"/.exec(html)?.[1];
    const siteOrigin = canonical ? new URL(decode(canonical)).origin : undefined;
    for (const [, attribute, raw] of html.matchAll(/\s(href|src)="([^"]+)"/g)) {
      const absolute = decode(raw);
      const value = siteOrigin && absolute.startsWith(`${siteOrigin}/`) ? absolute.slice(siteOrigin.length) : absolute;
      if (/^[a-z]+:/i.test(value) || value.startsWith('//')) {
        broken.push(`${relative(dir, file)}: external ${attribute} ${value}`);
        continue;
      }
      const [path, fragment] = value.split('#');
      let target = file;
      if (path) {
        if (!path.startsWith(base)) {
          broken.push(`${relative(dir, file)}: ${value} is outside the base path ${base}`);
          continue;
        }
        const local = join(dir, decodeURIComponent(path.slice(base.length).split('?')[0]));
        target = path.endsWith('/') ? join(local, 'index.html') : local;
        if (!existsSync(target)) {
          broken.push(`${relative(dir, file)}: ${value} leads nowhere`);
          continue;
        }
      }
      if (fragment && target.endsWith('.html') && !idsOf.get(target)?.has(fragment)) {
        broken.push(`${relative(dir, file)}: ${value} has no element with id "${fragment}"`);
      }
    }
  }
  return broken;
}

describe('the built site', () => {
  it('has no broken internal link or anchor and no external reference, at the root', () => {
    expect(brokenLinks(ROOT_SITE.outDir, ROOT_SITE.base)).toEqual([]);
  });

  it('still answers every address ever published (tests/fixtures/published-urls.txt), at the root and under a sub-path', () => {
    const listed = parsePublishedList(readFileSync(resolve(ROOT, 'tests/fixtures/published-urls.txt'), 'utf8'));
    expect(listed.length).toBeGreaterThan(60);
    for (const site of [ROOT_SITE, SUBPATH_SITE]) {
      const htmlAt = (path: string) => {
        const file = resolve(ROOT, site.outDir, path, path.endsWith('/') || !path ? 'index.html' : '');
        return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
      };
      expect(unansweredAddresses(listed, site.base, htmlAt)).toEqual([]);
    }
  });

  it('has no broken internal link or anchor and no external reference, under a sub-path', () => {
    expect(brokenLinks(SUBPATH_SITE.outDir, SUBPATH_SITE.base)).toEqual([]);
  });

  it('indexes notes, hubs and source pages for search, and only those', () => {
    const entry = JSON.parse(readFileSync(resolve(ROOT, ROOT_SITE.outDir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    const pages = (Object.values(entry.languages) as { page_count: number }[]).reduce((sum, language) => sum + language.page_count, 0);
    const notes = readdirSync(join(ROOT, 'content', 'notes')).length;
    const hubs = readdirSync(join(ROOT, 'content', 'topics')).length;
    const sources = readdirSync(join(ROOT, 'content', 'sources')).filter((name) => /\.ya?ml$/.test(name)).length;
    expect(pages).toBe(notes + hubs + sources);
  });

  it('ends the indexed part of a page with its search synonyms, once, and gives none to pages outside search', () => {
    const blocks = htmlFiles(resolve(ROOT, ROOT_SITE.outDir)).map((file) => {
      const html = readFileSync(file, 'utf8');
      return { indexed: html.includes(' data-pagefind-body'), blocks: html.split(' data-search-synonyms ').length - 1, endsBody: /data-search-synonyms [^>]*>[^<]*<\/div><\/article>/.test(html) };
    });
    expect(blocks.filter((page) => page.blocks > 1 || (page.blocks === 1 && !(page.indexed && page.endsBody)))).toEqual([]);
    expect(blocks.filter((page) => page.blocks === 1).length).toBeGreaterThan(blocks.filter((page) => page.indexed).length / 2);
  });
});

/** A copy of the project in a temporary folder, sharing node_modules, for builds that change content. */
function copyOfProject(): string {
  const project = mkdtempSync(join(tmpdir(), 'garden-copy-'));
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, entry), join(project, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
  return project;
}

function astroBuild(project: string) {
  return spawnSync(join(project, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: project,
    // Each copy keeps its own content cache, as a contributor's checkout or a CI cache would.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: './dist', ASTRO_CACHE_DIR: join(project, '.astro-cache') },
    encoding: 'utf8',
  });
}

describe('a broken note', () => {
  it('stops the build and names file, line, column, the problem and the fix', () => {
    const project = copyOfProject();
    try {
      const note = readFileSync(join(ROOT, 'content', 'notes', 'growth-mindset.md'), 'utf8');
      const lines = note.split('\n');
      const paragraph = lines.findIndex((line, index) => index > 3 && /^[A-Z]/.test(line));
      lines[paragraph] = `Also see [[no-such-note]]. ${lines[paragraph]}`;
      writeFileSync(join(project, 'content', 'notes', 'growth-mindset.md'), lines.join('\n'));

      const result = astroBuild(project);
      const output = result.stdout + result.stderr;
      expect(result.status).not.toBe(0);
      expect(output).toContain(`content/notes/growth-mindset.md:${paragraph + 1}:10  [[no-such-note]] does not name any note`);
      expect(output).toMatch(/\(link by a note's file name, title or alias/);
      expect(existsSync(join(project, 'dist', 'index.html'))).toBe(false);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});

describe('a rebuild with the content cache kept', () => {
  it('renders links again when the note they point to is retitled, though the linking note did not change', () => {
    const project = copyOfProject();
    try {
      // A note that links to another by bare file name, so the link shows the other note's title.
      const notesDir = join(project, 'content', 'notes');
      const pairs = readdirSync(notesDir).flatMap((file) => {
        const bare = /\[\[([a-z0-9-]+)\]\]/.exec(readFileSync(join(notesDir, file), 'utf8'));
        return bare && existsSync(join(notesDir, `${bare[1]}.md`)) ? [[file.replace(/\.mdx?$/, ''), bare[1]]] : [];
      });
      expect(pairs.length, 'a note linking to another by bare file name').toBeGreaterThan(0);
      const [from, to] = pairs[0];
      const target = join(notesDir, `${to}.md`);
      // The title as the page shows it: YAML quotes, if any, removed.
      const title = /^title: ["']?(.+?)["']?$/m.exec(readFileSync(target, 'utf8'))![1];
      const linking = join(project, 'dist', 'notes', from, 'index.html');
      expect(astroBuild(project).status).toBe(0);
      expect(readFileSync(linking, 'utf8')).toContain(`>${title}</a>`);

      writeFileSync(target, readFileSync(target, 'utf8').replace(`title: ${title}`, `title: ${title}, retitled`));
      expect(astroBuild(project).status).toBe(0);
      expect(readFileSync(linking, 'utf8')).toContain(`>${title}, retitled</a>`);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  }, 180_000);
});
