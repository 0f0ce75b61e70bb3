import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { PagefindIndex } from 'pagefind';
import { withSearchSynonyms } from '../lib/search-synonyms.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The URL Pagefind would give a file: "notes/a/index.html" -> "/notes/a/" (the base path is added in the browser). */
export function pageUrl(relativePath: string): string {
  return `/${relativePath.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * Indexes every built page as Pagefind's addDirectory would, but with each page's synonyms added to what is
 * indexed (see search-synonyms.ts), so the published pages stay as they are.
 */
export async function indexSite(index: PagefindIndex, site: string): Promise<{ pageCount: number; errors: string[] }> {
  const errors: string[] = [];
  let pageCount = 0;
  for (const file of htmlFiles(site)) {
    const html = readFileSync(file, 'utf8');
    const added = await index.addHTMLFile({ url: pageUrl(relative(site, file)), content: withSearchSynonyms(html) });
    errors.push(...added.errors.map((error) => `${relative(site, file)}: ${error}`));
    // Once any page marks its body, Pagefind indexes only such pages.
    if (html.includes('data-pagefind-body')) pageCount += 1;
  }
  return { pageCount, errors };
}
