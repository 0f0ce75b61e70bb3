import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { linkIndexOf } from './garden.ts';
import { loadGarden } from './load-content.ts';
import type { LinkIndex } from './remark-wikilinks.ts';

function notesSignature(dir: string): string {
  const walk = (path: string): string[] =>
    readdirSync(path).flatMap((entry) => {
      const child = join(path, entry);
      const stat = statSync(child);
      return stat.isDirectory() ? walk(child) : [`${child}:${stat.mtimeMs}`];
    });
  return walk(dir).join('|');
}

/** A link index over content/notes that is rebuilt only when a note file is added, removed or edited. */
export function watchedLinkIndex(root: string): () => LinkIndex {
  let signature = '';
  let index: LinkIndex | undefined;
  return () => {
    const current = notesSignature(join(root, 'content', 'notes'));
    if (!index || current !== signature) {
      index = linkIndexOf(loadGarden(root).notes);
      signature = current;
    }
    return index;
  };
}
