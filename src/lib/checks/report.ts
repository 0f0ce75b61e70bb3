// How rules place and word their problems, where several rules do it the same way.
import type { GardenNote, Locate, Position, Problem } from '../content/model.ts';
import { checkLink, type LinkIndex, type LinkReference } from '../links/link-resolution.ts';
import { placesIn } from '../markdown/text-places.ts';

/** The place of a record's field, or the start of the file when the record was not read with positions. */
export const at = (record: { locate?: Locate }, path: PropertyKey[]): Position => record.locate?.(path) ?? { line: 1, column: 1 };

/** Turns offsets in a record's body into places in its file; the body's lines are only counted once one is asked for. */
export function placesInBody(record: { body: string; bodyLine: number }): (offset: number) => Position {
  let placeInBody: ReturnType<typeof placesIn> | undefined;
  return (offset) => {
    const place = (placeInBody ??= placesIn(record.body))(offset);
    return { line: record.bodyLine + place.line - 1, column: place.column };
  };
}

/** A seedling is work in progress: its missing links and words are shown, but do not stop the build. */
export const workInProgressSeverity = (note: Pick<GardenNote, 'data'>): 'warning' | 'error' => (note.data.stage === 'seedling' ? 'warning' : 'error');

/** The links of a record's body that name no note, several, or a missing heading, at their place in its file. */
export function brokenLinkProblems(record: { file: string; bodyLine: number }, links: (LinkReference & { line: number; column: number })[], index: LinkIndex, from?: string): Problem[] {
  return links.flatMap((link) => {
    const check = checkLink(link, index, from);
    return check.ok ? [] : [{ file: record.file, line: record.bodyLine + link.line - 1, column: link.column, message: check.message, hint: check.hint }];
  });
}

/** Why a hub entry or path step naming a slug names no note: it was merged into another, or never was one. */
export function notANote(what: string, slug: string, merged: Map<string, string>): { message: string; hint: string } {
  const into = merged.get(slug);
  return into
    ? { message: `${what}, a note that was merged into "${into}"`, hint: `use "${into}" instead` }
    : { message: `${what}, which is not a note`, hint: 'use the file name of a note in content/notes/' };
}
