import { fileNamesClash, normaliseName } from '../../links/link-resolution.ts';
import { at } from '../report.ts';
import type { Rule } from '../rule.ts';

export const sharedName: Rule = {
  id: 'shared-name',
  scope: 'garden',
  description: 'A slug, title or alias names one note only, so that a [[link]] by name is never ambiguous.',
  check: ({ resolver, notesBySlug }) =>
    resolver.conflicts.flatMap((conflict) =>
      conflict.slugs.flatMap((slug) => {
        const note = notesBySlug.get(slug);
        if (!note) return [];
        const alias = note.data.aliases.findIndex((candidate) => normaliseName(candidate) === conflict.key);
        return [
          {
            file: note.file,
            ...at(note, alias >= 0 ? ['aliases', alias] : ['title']),
            message: `"${conflict.key}" is the slug, title or alias of several notes: ${conflict.slugs.join(', ')}`,
            hint: fileNamesClash(conflict.slugs)
              ? `rename one of the files ${conflict.slugs.join(' and ')}: their names differ only by case, which no [[link]] can tell apart`
              : 'give each note a distinct title and aliases, so [[links]] by name stay unambiguous',
          },
        ];
      }),
    ),
};
