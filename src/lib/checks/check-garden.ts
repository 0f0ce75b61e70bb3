import type { Garden, Problem } from '../content/model.ts';
import { ContentError, loadGarden } from '../content/load-content.ts';
import { runRules } from './registry.ts';
import { DEFAULT_RULES } from './rule.ts';

/** Every content problem under root: unreadable files, and every rule the garden breaks that can be checked on the rest. */
export function checkGarden(root: string): { garden?: Garden; problems: Problem[] } {
  try {
    const garden = loadGarden(root);
    return { garden, problems: runRules(garden) };
  } catch (error) {
    // Links to unreadable notes still resolve by file name; which rules wait for the unreadable files is the rules' own say.
    if (error instanceof ContentError) {
      return { problems: [...error.problems, ...runRules(error.readable, DEFAULT_RULES, { recordsUnreadable: !error.onlyNotesUnreadable })] };
    }
    throw error;
  }
}
