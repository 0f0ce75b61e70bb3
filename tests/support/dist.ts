import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every HTML file of a built site, Pagefind's bundle excluded. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'pagefind' ? [] : htmlFiles(path);
    return entry.endsWith('.html') ? [path] : [];
  });
}

/**
 * The address (relative to the base path) of every page of a built site, found by walking its folder so
 * that new pages are covered without listing them: `notes/x/index.html` becomes `notes/x/`.
 */
export function pagePaths(dir: string): string[] {
  return htmlFiles(dir)
    .map((file) => relative(dir, file).split(sep).join('/'))
    .map((path) => (path === 'index.html' ? '' : path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path))
    .sort();
}
