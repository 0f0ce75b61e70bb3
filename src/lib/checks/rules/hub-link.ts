import { formatOfFile } from '../../markdown/markdown-tree.ts';
import { noteLinksInMarkdown } from '../../markdown/note-syntax.ts';
import { brokenLinkProblems } from '../report.ts';
import type { Rule } from '../rule.ts';

export const hubLink: Rule = {
  id: 'hub-link',
  scope: 'hub',
  // A hub's introduction links to notes like a note does, and the build renders those links the same way.
  description: "Every link of a hub's introduction names exactly one note, and a heading that note has.",
  check: (hub, { index }) => brokenLinkProblems(hub, noteLinksInMarkdown(hub.body, formatOfFile(hub.file)), index),
};
