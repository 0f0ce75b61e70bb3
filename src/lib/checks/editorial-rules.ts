// Rules that keep notes readable rather than merely valid: how long a note of each kind may run, how much of it
// may be labelled interpretation, and that the ids of source sections stay out of the prose readers see.
import type { NoteKind } from '../content/schema.ts';

/** Most words of body prose per kind: a note answers one question; syntheses and glossaries gather several. */
export const WORD_CAPS: Record<NoteKind, number> = { note: 250, synthesis: 400, glossary: 500, person: 250 };

/** The phrases that label the garden's own reading; a note carries at most one such label. */
const INTERPRETATION_MARKER = /\b(?:our (?:own )?reading|in the garden['’]s view|our interpretation)\b/gi;

/** A place in a note body found by a rule, and the text found there. */
export interface BodyFinding {
  offset: number;
  text: string;
}

const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/**
 * The body as readers see its words: link targets, URLs and component markup blanked out with spaces of the same
 * length, so offsets still point into the original. Link labels stay, since readers see those.
 */
export function readerVisibleText(body: string): string {
  return body
    .replace(/^\s*import\s.*$/gm, blank)
    .replace(/<[A-Z][\s\S]*?\/>/g, blank)
    .replace(/\[\[[^[\]\n]*\]\]/g, (link) => {
      // Readers see a wikilink's label, or the linked note's title: never its target.
      const pipe = link.indexOf('|');
      return pipe < 0 ? blank(link) : blank(link.slice(0, pipe + 1)) + link.slice(pipe + 1, -2) + '  ';
    })
    .replace(/\]\(([^)\s]*)\)/g, (match) => `]${blank(match.slice(1))}`);
}

/** Every interpretation label in the body after the first: the ones a note has too many of. */
export function extraInterpretationMarkers(body: string): BodyFinding[] {
  const found = [...readerVisibleText(body).matchAll(INTERPRETATION_MARKER)].map((match) => ({ offset: match.index, text: match[0] }));
  return found.slice(1);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Section ids written as text, e.g. "(challenges-at-faang)": an id is a machine name, and readers need the section's
 * heading instead. A hyphenated id counts anywhere; a one-word id ("background") only alone in parentheses or code,
 * since elsewhere it is an ordinary word.
 */
export function rawSectionIds(body: string, sectionIds: Iterable<string>): BodyFinding[] {
  const ids = [...new Set(sectionIds)].sort((a, b) => b.length - a.length);
  const hyphenated = ids.filter((id) => id.includes('-')).map(escape);
  const single = ids.filter((id) => !id.includes('-')).map(escape);
  const patterns = [
    ...(hyphenated.length ? [new RegExp(`(?<![\\w/#-])(?:${hyphenated.join('|')})(?![\\w-])`, 'g')] : []),
    ...(single.length ? [new RegExp(`(?<=[(\`])(?:${single.join('|')})(?=[)\`])`, 'g')] : []),
  ];
  const text = readerVisibleText(body);
  return patterns
    .flatMap((pattern) => [...text.matchAll(pattern)].map((match) => ({ offset: match.index, text: match[0] })))
    .sort((a, b) => a.offset - b.offset);
}
