import { templateLeftovers } from '../../new-note.ts';
import type { Rule } from '../rule.ts';

export const templateLeftover: Rule = {
  id: 'template-leftover',
  scope: 'note',
  description: "A note created with npm run new no longer holds the template's summary or instructions.",
  check: templateLeftovers,
};
