import { parseArgs } from 'node:util';
import type { NewNoteRequest } from '../../src/lib/content/note-template.ts';
import { NOTE_KINDS, TOPICS, type NoteKind, type Topic } from '../../src/lib/content/schema.ts';
import { slugify } from '../../src/lib/content/urls.ts';

/** The names a note already claims: its file name, title and aliases. */
export interface ExistingNote {
  slug: string;
  file: string;
  names: string[];
}

export const USAGE = 'npm run new -- "Title of the note" [--topic skills] [--source meta-director-ama#mistakes-made] [--kind note] (a missing topic or source is asked for in a terminal)';

const normalise = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Reads and checks the command line; returns every reason it cannot be turned into a valid note
 * (unknown topic, kind or section, a name another note has) rather than the first one only.
 */
export function planNewNote(
  args: string[],
  garden: { sections: string[]; notes: ExistingNote[] },
): { request: NewNoteRequest; slug: string } | { errors: string[] } {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { topic: { type: 'string', multiple: true }, source: { type: 'string', multiple: true }, kind: { type: 'string' } },
    });
  } catch (error) {
    return { errors: [`${(error as Error).message}. Usage: ${USAGE}`] };
  }
  const errors: string[] = [];
  const { positionals, values } = parsed;
  const title = positionals.join(' ').trim();
  const slug = slugify(title);
  if (title.length < 3 || !slug) errors.push(`give the note a title of at least three characters with letters or digits. Usage: ${USAGE}`);

  const kind = values.kind ?? 'note';
  if (!(NOTE_KINDS as readonly string[]).includes(kind)) errors.push(`unknown kind "${kind}": use one of ${NOTE_KINDS.join(', ')}`);

  const topics = values.topic ?? [];
  if (!topics.length) errors.push(`say which topic hub the note belongs to with --topic (one of ${TOPICS.join(', ')}; repeat it for more)`);
  for (const topic of topics) {
    if (!(TOPICS as readonly string[]).includes(topic)) errors.push(`unknown topic "${topic}": use one of ${TOPICS.join(', ')}`);
  }

  const sources = values.source ?? [];
  if (!sources.length && kind !== 'synthesis') {
    errors.push(`say which source section the note restructures with --source doc#section (repeat it for more); the sections are: ${garden.sections.join(', ')}`);
  }
  for (const source of sources) {
    if (!garden.sections.includes(source)) errors.push(`unknown source section "${source}": use one of ${garden.sections.join(', ')}`);
  }

  if (slug) {
    const sameFile = garden.notes.find((note) => note.slug === slug);
    if (sameFile) errors.push(`a note with the file name "${slug}" already exists: ${sameFile.file}. Edit that note, or choose a different title`);
    const sameName = garden.notes.find((note) => note !== sameFile && note.names.some((name) => normalise(name) === normalise(title) || normalise(name) === slug));
    if (sameName) errors.push(`the title "${title}" is already the title or alias of ${sameName.file}: link to that note, or choose a different title`);
  }

  if (errors.length) return { errors };
  return {
    slug,
    request: {
      title,
      kind: kind as NoteKind,
      topics: topics as Topic[],
      sources: sources.map((source) => {
        const [doc, section] = source.split('#');
        return { doc, section };
      }),
    },
  };
}
