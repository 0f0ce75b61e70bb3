import type { Garden, Problem } from '../content/model.ts';
import { ruleContext } from './context.ts';
import { DEFAULT_RULES, READ_LEVELS, type ReadLevel, type Rule, type RuleContext, type ValidationOptions } from './rule.ts';
import { brokenLink } from './rules/broken-link.ts';
import { citation } from './rules/citation.ts';
import { codeInBody } from './rules/code-in-body.ts';
import { duplicateSlug } from './rules/duplicate-slug.ts';
import { hubCoverage } from './rules/hub-coverage.ts';
import { hubDuplicateEntry } from './rules/hub-duplicate-entry.ts';
import { hubEntry } from './rules/hub-entry.ts';
import { hubLink } from './rules/hub-link.ts';
import { missingHub } from './rules/missing-hub.ts';
import { oneInterpretation } from './rules/one-interpretation.ts';
import { orphan } from './rules/orphan.ts';
import { outgoingLinks } from './rules/outgoing-links.ts';
import { pathStep } from './rules/path-step.ts';
import { replacesEntry } from './rules/replaces-entry.ts';
import { sectionIdInProse } from './rules/section-id-in-prose.ts';
import { sharedName } from './rules/shared-name.ts';
import { tableLinkLabel } from './rules/table-link-label.ts';
import { templateLeftover } from './rules/template-leftover.ts';
import { uncitedSection } from './rules/uncited-section.ts';
import { wordCount } from './rules/word-count.ts';

/** Every rule of the content check, in the order their problems are listed. */
export const RULES: readonly Rule[] = [
  codeInBody,
  templateLeftover,
  duplicateSlug,
  replacesEntry,
  sharedName,
  citation,
  brokenLink,
  outgoingLinks,
  orphan,
  wordCount,
  oneInterpretation,
  tableLinkLabel,
  sectionIdInProse,
  uncitedSection,
  missingHub,
  hubLink,
  hubEntry,
  hubDuplicateEntry,
  hubCoverage,
  pathStep,
];

/** Rules next to each other in the list that look at the same kind of record. */
function runsOfOneScope(rules: readonly Rule[]): Rule[][] {
  const runs: Rule[][] = [];
  for (const rule of rules) {
    const last = runs.at(-1);
    if (last?.[0].scope === rule.scope) last.push(rule);
    else runs.push([rule]);
  }
  return runs;
}

const naming = (rule: Rule, problems: Problem[]): Problem[] => problems.map((problem) => ({ ...problem, rule: rule.id }));

/** A run's problems record by record, each record's in the order of the rules. */
function checkRun(run: Rule[], context: RuleContext): Problem[] {
  const { garden } = context;
  switch (run[0].scope) {
    case 'note':
      return garden.notes.flatMap((note) => run.flatMap((rule) => (rule.scope === 'note' ? naming(rule, rule.check(note, context)) : [])));
    case 'hub':
      return garden.hubs.flatMap((hub) => run.flatMap((rule) => (rule.scope === 'hub' ? naming(rule, rule.check(hub, context)) : [])));
    case 'garden':
      return run.flatMap((rule) => (rule.scope === 'garden' ? naming(rule, rule.check(context)) : []));
  }
}

/**
 * Every problem the rules find, at once so a contributor sees them all in one run. Rules of one scope that stand
 * together run record by record, so a note's problems are listed together. When some records could not be read,
 * `recordsUnreadable` says whether any is a source, hub or path (and not a note only); a rule runs only when what
 * it needs is read.
 */
export function runRules(garden: Garden, options: ValidationOptions = DEFAULT_RULES, { recordsUnreadable = false } = {}): Problem[] {
  const read: ReadLevel = recordsUnreadable ? 'files' : garden.unreadable?.length ? 'sources-hubs-paths' : 'every-note';
  const runnable = RULES.filter((rule) => READ_LEVELS.indexOf(rule.needs ?? 'sources-hubs-paths') <= READ_LEVELS.indexOf(read));
  const context = ruleContext(garden, options);
  return runsOfOneScope(runnable).flatMap((run) => checkRun(run, context));
}
