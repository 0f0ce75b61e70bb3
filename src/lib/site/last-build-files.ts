import { extname, join, resolve, sep } from 'node:path';
import { VOCABULARY_FOLDER } from '../search/search-vocabulary.ts';

/**
 * The folders of a build that the dev server cannot make itself: Pagefind indexes finished pages, and the
 * typo vocabulary is written from that index. The dev server serves them from the last build instead.
 */
const INDEX_FOLDERS = ['pagefind/', `${VOCABULARY_FOLDER}/`];

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * The file of the last build that answers a dev-server request for the search index, or undefined when the
 * request is for something else (or would leave the build folder).
 */
export function lastBuildFile(requestUrl: string, base: string, outDir: string): { path: string; contentType: string } | undefined {
  const pathname = decodeURIComponent(requestUrl.split(/[?#]/)[0]);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (!pathname.startsWith(prefix)) return undefined;
  const inSite = pathname.slice(prefix.length);
  if (!INDEX_FOLDERS.some((folder) => inSite.startsWith(folder))) return undefined;
  const folder = resolve(outDir);
  const path = join(folder, inSite);
  if (!path.startsWith(folder + sep)) return undefined;
  return { path, contentType: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' };
}

/** What the dev server answers when no build has made a search index yet. */
export const NO_LAST_BUILD =
  'The dev server searches the index of the last build, and there is none yet: run npm run build once (the index then stays until the next build).';
