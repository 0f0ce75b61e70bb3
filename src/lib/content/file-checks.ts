import type { Problem } from './model.ts';
import { slugify } from './urls.ts';

/**
 * Checks of a content file as a file, made before any parser sees it: a link the build would follow out of the
 * folder, bytes that are not UTF-8, a file name that is not an address, and characters nobody can see that
 * make two names look equal (or a title read differently) while the build treats them as different.
 */

/** A symbolic link under content/ (to a file or a folder): it may point anywhere, outside the repository too, so it is never read. */
export function symlinkProblem(file: string): Problem {
  return {
    file,
    message: 'is a symbolic link, which the content check neither reads nor follows',
    hint: 'replace the link with the file itself (a copy of the file or folder it points to)',
  };
}

/** Where an ill-formed UTF-8 sequence starts, or -1; the same rules as the WHATWG decoder (no overlongs, surrogates or code points past U+10FFFF). */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  for (let index = 0; index < bytes.length; ) {
    const lead = bytes[index];
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return index;
    for (let next = 1; next < length; next++) {
      const byte = bytes[index + next];
      if (byte === undefined || byte < (next === 1 ? low : 0x80) || byte > (next === 1 ? high : 0xbf)) return index;
    }
    index += length;
  }
  return -1;
}

const fatalDecoder = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of a file's bytes, or why they are not UTF-8, at the line and column of the first byte that is not.
 * A byte order mark at the start is dropped (the decoder's default), as editors do not show it: the first
 * character after it is line 1, column 1.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): { text: string } | { problem: Problem } {
  try {
    return { text: fatalDecoder.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8Byte(bytes);
    // lastIndexOf counts a negative start from the end, so the first byte of the file is its own case.
    const lineStart = offset === 0 ? 0 : bytes.lastIndexOf(0x0a, offset - 1) + 1;
    let line = 1;
    for (let index = 0; index < lineStart; index++) if (bytes[index] === 0x0a) line++;
    // Everything before the bad byte is valid, so its line so far decodes; columns count characters as elsewhere.
    const before = fatalDecoder.decode(bytes.subarray(lineStart, offset)).replace(/^\uFEFF/, '');
    const byte = bytes[offset].toString(16).toUpperCase().padStart(2, '0');
    return {
      problem: {
        file,
        line,
        column: before.length + 1,
        message: `is not UTF-8: byte 0x${byte} cannot be read as UTF-8 (the file was saved in another encoding, such as Windows-1252)`,
        hint: 'save the file as UTF-8 (in most editors: Save with Encoding, UTF-8)',
      },
    };
  }
}

const INVISIBLE_NAMES: Record<number, string> = {
  0x00ad: 'soft hyphen',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2060: 'word joiner',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0xfeff: 'zero-width no-break space',
};

const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

export interface InvisibleCharacter {
  /** Index in the string (UTF-16 units, as columns are counted). */
  index: number;
  /** "U+200B (zero-width space)" */
  label: string;
}

/** Every invisible or text-direction character in the text, in order. */
export function invisibleCharacters(text: string): InvisibleCharacter[] {
  return [...text.matchAll(INVISIBLE)].map((match) => {
    const code = match[0].charCodeAt(0);
    return { index: match.index, label: `U+${code.toString(16).toUpperCase().padStart(4, '0')} (${INVISIBLE_NAMES[code]})` };
  });
}

/** The text with each invisible character written out as <U+200B>, so that a message shows where it is. */
export const shown = (text: string) => text.replace(INVISIBLE, (character) => `<U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);

const more = (count: number) => (count > 1 ? ` (and ${count - 1} more on the line)` : '');

/**
 * Invisible characters in frontmatter (or a whole YAML record), one problem per line, named by the field the line
 * belongs to (its top-level key). A title with a zero-width space looks like another note's title but is not,
 * and a direction override makes a summary read differently from what it says.
 */
export function frontmatterInvisibleProblems(frontmatter: string, firstLine: number, file: string): Problem[] {
  const problems: Problem[] = [];
  let field = '';
  for (const [index, line] of frontmatter.split('\n').entries()) {
    field = /^([^\s#:-][^:]*?)\s*:/.exec(line)?.[1] ?? field;
    const found = invisibleCharacters(line);
    if (!found.length) continue;
    const [first] = found;
    problems.push({
      file,
      line: firstLine + index,
      column: first.index + 1,
      message: `${field || 'frontmatter'} holds an invisible character ${first.label} at column ${first.index + 1}${more(found.length)}`,
      hint: 'delete it (most editors do not show it: retype the text around that column)',
    });
  }
  return problems;
}

/** A file name's stem ("My Note" for content/notes/My Note.md). */
export const stemOf = (file: string) => (file.split('/').pop() ?? file).replace(/\.[^.]+$/, '');
const extensionOf = (file: string) => /\.[^./]+$/.exec(file)?.[0] ?? '';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Why a record's file name cannot be its address: an invisible character in it, or not a lowercase slug
 * (the file name is the URL and the [[link]] by file name). Undefined when the name is fine.
 */
export function fileNameProblem(file: string): Problem | undefined {
  const stem = stemOf(file);
  const [invisible] = invisibleCharacters(stem);
  if (invisible) {
    return {
      file,
      message: `file name "${shown(stem)}" holds an invisible character ${invisible.label} at position ${invisible.index + 1}`,
      hint: `delete it: rename the file to ${suggestedName(file)}`,
    };
  }
  if (SLUG.test(stem)) return undefined;
  return {
    file,
    message: `file name "${stem}" is not a lowercase slug`,
    hint: slugify(stem)
      ? `rename it to ${suggestedName(file)}`
      : 'rename it to lowercase letters a-z, digits and hyphens, e.g. the title in English: my-note.md',
  };
}

const suggestedName = (file: string) => `${slugify(stemOf(file).replace(INVISIBLE, ''))}${extensionOf(file)}`;

/** What two names are compared as: equal keys look alike to a reader, or are one file on macOS and Windows. */
const lookAlikeKey = (stem: string) => stem.replace(INVISIBLE, '').normalize('NFKC').toLowerCase();

function howTheyDiffer(a: string, b: string): string {
  if (a.toLowerCase() === b.toLowerCase()) return 'they differ only by case, and are one file on macOS and Windows';
  if (a.replace(INVISIBLE, '') === b.replace(INVISIBLE, '')) return 'they differ only by invisible characters';
  return 'they look alike: they are equal once Unicode look-alikes (ligatures, full-width letters) are read as plain letters';
}

/**
 * Note files whose names look like one another's but differ, one problem for each but the name kept (a valid
 * slug if there is one, else the first). Files with exactly the same name in two folders are a different
 * problem (two notes, one slug), reported by the garden's rules.
 */
export function nameCollisions(files: string[]): Problem[] {
  const groups = new Map<string, string[]>();
  for (const file of files) {
    const key = lookAlikeKey(stemOf(file));
    groups.set(key, [...(groups.get(key) ?? []), file]);
  }
  return [...groups.values()].flatMap((group) => {
    const kept = group.find((file) => SLUG.test(stemOf(file))) ?? group[0];
    return group
      .filter((file) => stemOf(file) !== stemOf(kept))
      .map((file) => ({
        file,
        message: `file name "${shown(stemOf(file))}" collides with ${kept}: ${howTheyDiffer(stemOf(file), stemOf(kept))}`,
        hint: 'rename one of them, so that each note has its own address',
      }));
  });
}
