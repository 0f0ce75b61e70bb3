import { type Garden, type GardenNote } from '../content/model.ts';
import { buildLinkGraph } from '../links/link-graph.ts';
import { createResolver, linkIndexOf } from '../links/link-resolution.ts';
import { mergedInto } from '../content/merged-notes.ts';
import type { RuleContext, SourceSection, ValidationOptions } from './rule.ts';

/**
 * An object whose every value is worked out on first use, then kept: when only the rules about single files can
 * run, the link graph is never built.
 */
function lazily<T extends object>(makers: { [K in keyof T]: () => T[K] }): T {
  const made = {} as T;
  for (const key of Object.keys(makers) as (keyof T)[]) {
    let value: { of: T[typeof key] } | undefined;
    Object.defineProperty(made, key, { enumerable: true, get: () => (value ??= { of: makers[key]() }).of });
  }
  return made;
}

export function ruleContext(garden: Garden, options: ValidationOptions): RuleContext {
  const unreadable = garden.unreadable ?? [];
  const named = [...garden.notes, ...unreadable];
  const context: RuleContext = lazily<RuleContext>({
    garden: () => garden,
    options: () => options,
    resolver: () => createResolver(named),
    index: () => linkIndexOf(named, context.resolver),
    graph: () => buildLinkGraph(garden.notes, context.resolver),
    notesBySlug: () => new Map<string, GardenNote>(garden.notes.map((note) => [note.slug, note])),
    isNote: () => (slug) => context.notesBySlug.has(slug) || unreadable.some((note) => note.slug === slug),
    merged: () => mergedInto(garden.notes),
    sections: () =>
      new Map<string, SourceSection>(
        garden.sources.flatMap((source) =>
          source.data.sections.map((section, position) => [`${source.data.id}#${section.id}`, { source, position, promotional: section.promotional, title: section.title }]),
        ),
      ),
    sectionTitles: () => new Map(garden.sources.flatMap((source) => source.data.sections.map((section) => [section.id, section.title] as const))),
  });
  return context;
}
