import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { filesUnder } from '../../src/lib/content/load-content.ts';
import { forwardTarget } from '../../scripts/lib/published-urls.ts';

/** Every HTML file of a built site. */
export const htmlFiles = (dir: string): string[] => filesUnder(dir, /\.html$/);

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

/** The pages a reader stays on: every page except the forwarding pages left at merged notes' old addresses. */
export function readablePagePaths(dir: string): string[] {
  return pagePaths(dir).filter((path) => forwardTarget(readFileSync(join(dir, path.endsWith('/') || path === '' ? `${path}index.html` : path), 'utf8')) === undefined);
}
