import type { Garden, GardenHub, GardenNote, GardenSource, Problem } from '../content/model.ts';
import type { LinkGraph } from '../content/model.ts';
import type { LinkIndex, Resolver } from '../links/link-resolution.ts';
import type { NoteKind } from '../content/schema.ts';
import { WORD_CAPS } from './editorial-rules.ts';

export interface ValidationOptions {
  minOutgoingLinks: number;
  /** Fewest words of any note's body, and the most for each kind. */
  words: { min: number; max: Record<NoteKind, number> };
  /** How the readability rules report: the word caps, one interpretation label, no section ids in prose. */
  editorial: 'error' | 'warning';
}

export const DEFAULT_RULES: ValidationOptions = { minOutgoingLinks: 3, words: { min: 60, max: WORD_CAPS }, editorial: 'error' };

/** A section of a source record, under its key "doc#section". */
export interface SourceSection {
  source: GardenSource;
  /** Its place in the source's list of sections. */
  position: number;
  promotional: boolean;
  title: string;
}

/** What the rules share, each part worked out once for every rule that asks for it. */
export interface RuleContext {
  garden: Garden;
  options: ValidationOptions;
  /** Resolves names to notes, unreadable notes included (they still claim their file names). */
  resolver: Resolver;
  index: LinkIndex;
  graph: LinkGraph;
  /** Each slug's note; of two notes with one slug, the later. */
  notesBySlug: Map<string, GardenNote>;
  /** Whether a slug names a note, readable or not. */
  isNote: (slug: string) => boolean;
  /** Each removed note's slug and the note that absorbed it. */
  merged: Map<string, string>;
  /** Every section of every source, by "doc#section". */
  sections: Map<string, SourceSection>;
  /** Each section id and its heading. */
  sectionTitles: Map<string, string>;
}

/**
 * What must have been read for a rule to report only true problems, from least to most:
 * 'files': the records it looks at (code in a body is a matter of that file alone);
 * 'sources-hubs-paths': every source, hub and path record (a note that cannot be read still resolves links by file name);
 * 'every-note': every record, notes too (whether a note is an orphan depends on all the others).
 */
export const READ_LEVELS = ['files', 'sources-hubs-paths', 'every-note'] as const;
export type ReadLevel = (typeof READ_LEVELS)[number];

interface RuleInfo {
  /** Kebab-case, unique: the name problems carry in their `rule` field. */
  id: string;
  description: string;
  /** What the rule needs read; 'sources-hubs-paths' when not given. */
  needs?: ReadLevel;
}

/** A rule of the content check: one looks at a note, at a hub, or at the whole garden at a time. */
export type Rule =
  | (RuleInfo & { scope: 'note'; check: (note: GardenNote, context: RuleContext) => Problem[] })
  | (RuleInfo & { scope: 'hub'; check: (hub: GardenHub, context: RuleContext) => Problem[] })
  | (RuleInfo & { scope: 'garden'; check: (context: RuleContext) => Problem[] });
