import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { renderCacheKey } from '../lib/links/link-index.ts';
import { keepSyntax, noteSyntax, syntaxKey, type NoteSyntax } from '../lib/markdown/note-syntax.ts';
import type { ContentFormat } from '../lib/markdown/markdown-tree.ts';

/**
 * What the build's worker read from each note body (note-syntax.ts), kept in Astro's cache folder between
 * builds, so that a rebuild parses only the bodies that changed. Entries are keyed by a digest of the body, and
 * the file by a digest of the code that reads bodies (the render-cache key of src/lib, and the lock file, which
 * pins the parser's packages): new code reads afresh.
 */
interface SyntaxCacheFile {
  code: string;
  bodies: [string, NoteSyntax][];
}

/** What the kept reads depend on besides the bodies: the garden's code and the installed parser packages. */
export function syntaxCacheCode(root: string): string {
  const lock = join(root, 'package-lock.json');
  const packages = existsSync(lock) ? createHash('sha256').update(readFileSync(lock)).digest('hex').slice(0, 16) : 'no-lock-file';
  return `${renderCacheKey(root)}:${packages}`;
}

const bodyDigest = (body: string, format: ContentFormat) => createHash('sha256').update(syntaxKey(body, format)).digest('base64url');

/** The kept reads for this code, or none if the file is missing, unreadable or written by other code. */
function keptReads(file: string, code: string): Map<string, NoteSyntax> {
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as SyntaxCacheFile;
    return kept.code === code && Array.isArray(kept.bodies) ? new Map(kept.bodies) : new Map();
  } catch {
    return new Map();
  }
}

/**
 * Reads every body, from the cache where it holds that body. `save` writes the cache again with exactly these
 * bodies (so it never grows past the garden); the worker calls it once the main thread has what it waits for. A
 * cache that cannot be written costs the next build its time only.
 */
export function readBodiesWithCache(bodies: { body: string; format: ContentFormat }[], file: string, code: string): { parsed: number; save: () => void } {
  const kept = keptReads(file, code);
  const entries: [string, NoteSyntax][] = [];
  let parsed = 0;
  for (const { body, format } of bodies) {
    const digest = bodyDigest(body, format);
    let syntax = kept.get(digest);
    if (syntax) keepSyntax([[syntaxKey(body, format), syntax]]);
    else {
      syntax = noteSyntax(body, format);
      parsed++;
    }
    entries.push([digest, syntax]);
  }
  const save = () => {
    try {
      mkdirSync(dirname(file), { recursive: true });
      // Written aside, then renamed: a build stopped mid-write leaves the previous file whole.
      writeFileSync(`${file}.tmp`, JSON.stringify({ code, bodies: entries } satisfies SyntaxCacheFile));
      renameSync(`${file}.tmp`, file);
    } catch {
      // An unwritable cache folder only means the next build parses every body again.
    }
  };
  return { parsed, save };
}
