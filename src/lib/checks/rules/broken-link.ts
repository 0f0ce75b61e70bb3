import { brokenLinkProblems } from '../report.ts';
import type { Rule } from '../rule.ts';

export const brokenLink: Rule = {
  id: 'broken-link',
  scope: 'note',
  description: 'Every link of a note names exactly one note, and a heading that note has.',
  check: (note, { graph, index }) => brokenLinkProblems(note, graph.links.get(note.slug) ?? [], index, note.slug),
};
