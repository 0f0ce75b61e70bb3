import { stringify } from 'yaml';
import type { NoteKind, SourceRef, Topic } from './schema.ts';

/** What `npm run new` was asked for, checked against the garden before anything is written. */
export interface NewNoteRequest {
  title: string;
  topics: Topic[];
  sources: SourceRef[];
  kind: NoteKind;
}

export const PLACEHOLDER_SUMMARY = 'Replace this with one sentence, in your own words, that states the point of the note.';
export const PLACEHOLDER_BODY = 'Write the idea here in your own words';

/** A new seedling with valid frontmatter and a body that says what to write where. */
export function noteTemplate(request: NewNoteRequest): string {
  const sources = request.sources.map((ref) => `\n  - { doc: ${ref.doc}, section: ${ref.section} }`).join('');
  return `---
title: ${stringify(request.title).trim()}
summary: ${PLACEHOLDER_SUMMARY}
topics: [${request.topics.join(', ')}]
kind: ${request.kind}
stage: seedling
sources:${sources || ' []'}
aliases: []
tags: []
---

${PLACEHOLDER_BODY}: one idea per note, 120 to 500 words, citing the source sections above.

Link the notes this idea depends on or leads to in the running text by file name, title or alias, for
example \`[[growth-mindset]]\` or \`[[growth-mindset|a growth mindset]]\` without the backticks; a note links
to at least three others. Then list the note in its topic hub, content/topics/TOPIC.md, and run npm run check.
`;
}
