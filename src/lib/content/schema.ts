import { z } from 'astro/zod';

/** The four topics every note belongs to at least one of; hubs exist for exactly these. */
export const TOPICS = ['role', 'skills', 'pitfalls', 'career-transitions'] as const;
export const NOTE_KINDS = ['note', 'synthesis', 'glossary', 'person'] as const;
export const STAGES = ['seedling', 'budding', 'evergreen'] as const;

export type Topic = (typeof TOPICS)[number];
export type NoteKind = (typeof NOTE_KINDS)[number];
export type Stage = (typeof STAGES)[number];

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = z.string().regex(slugPattern, 'a lowercase slug such as "growth-mindset" (letters, digits, hyphens)');
const oneSentence = z
  .string()
  .trim()
  .min(20, 'one full sentence of at least 20 characters')
  .refine((text) => !/[.!?]\s+[A-Z]/.test(text), 'exactly one sentence (split longer summaries into the body)');

export const sourceRefSchema = z.object({
  doc: slug.describe('the id of a record in content/sources/'),
  section: slug.describe('the id of a section in that record'),
});

export const noteSchema = z
  .object({
    title: z.string().trim().min(3),
    summary: oneSentence,
    topics: z.array(z.enum(TOPICS)).min(1, 'at least one of: ' + TOPICS.join(', ')),
    kind: z.enum(NOTE_KINDS),
    stage: z.enum(STAGES),
    sources: z.array(sourceRefSchema),
    aliases: z.array(z.string().trim().min(1)).default([]),
    tags: z.array(slug).default([]),
    /** Questions the note answers, in the words a newcomer would type; shown as "Answers: …" and weighted high in search. */
    questions: z
      .array(
        z
          .string()
          .trim()
          .min(8, 'a question of at least 8 characters')
          .max(120, 'at most 120 characters: a question as a reader would type it')
          .refine((text) => text.endsWith('?'), 'a question ending with "?"'),
      )
      .max(6, 'at most six questions per note')
      .default([]),
    /** File names of removed notes this one absorbed: their URLs redirect here (see CONTRIBUTING.md, "Merging notes"). */
    replaces: z.array(slug).default([]),
    /** When the note last changed in substance, for notes read outside git history (which takes precedence). */
    updated: z.coerce.date().optional(),
  })
  .strict()
  .refine((note) => note.kind === 'synthesis' || note.sources.length > 0, {
    message: 'a note needs at least one source section (only kind: synthesis may have an empty list)',
    path: ['sources'],
  });

export const sourceSectionSchema = z
  .object({
    id: slug,
    title: z.string().trim().min(3),
    summary: z.string().trim().min(20),
    promotional: z.boolean().default(false),
    views: z.number().int().nonnegative().optional(),
    requests: z.number().int().nonnegative().optional(),
  })
  .strict();

export const sourceSchema = z
  .object({
    id: slug,
    title: z.string().trim().min(3),
    /** true when the document has no headline and the title is the garden's own label. */
    titleIsOurs: z.boolean().default(false),
    author: z.string().trim().min(2),
    affiliation: z.string().trim().min(2),
    kind: z.enum(['AMA', 'article']),
    published: z.string().trim().min(2),
    description: z.string().trim().min(40),
    /** What a reader should keep in mind when trusting the document; shown where readers start (home and hubs). */
    caveats: z.array(z.string().trim().min(10)).min(1, 'name at least one caveat a reader should know about this source'),
    sections: z.array(sourceSectionSchema).min(1),
  })
  .strict();

export const hubSchema = z
  .object({
    title: z.string().trim().min(3),
    summary: oneSentence,
    groups: z
      .array(
        z
          .object({
            heading: z.string().trim().min(3),
            description: z.string().trim().min(10).optional(),
            notes: z.array(slug).min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export const pathSchema = z
  .object({
    title: z.string().trim().min(3),
    summary: oneSentence,
    notes: z.array(slug).min(2, 'a reading path needs at least two notes'),
  })
  .strict();

export type SourceRef = z.infer<typeof sourceRefSchema>;
export type NoteData = z.infer<typeof noteSchema>;
export type SourceRecord = z.infer<typeof sourceSchema>;
export type SourceSection = z.infer<typeof sourceSectionSchema>;
export type HubData = z.infer<typeof hubSchema>;
export type PathData = z.infer<typeof pathSchema>;
