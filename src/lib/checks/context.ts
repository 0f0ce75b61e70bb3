import { buildLinkGraph, type Garden, type GardenNote } from '../garden.ts';
import { createResolver, linkIndexOf } from '../link-resolution.ts';
import { mergedInto } from '../merged-notes.ts';
import type { RuleContext, SourceSection, ValidationOptions } from './rule.ts';

/** A value worked out on first use: when only the rules about single files can run, the link graph is never built. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

export function ruleContext(garden: Garden, options: ValidationOptions): RuleContext {
  const unreadable = garden.unreadable ?? [];
  const named = [...garden.notes, ...unreadable];
  const resolver = once(() => createResolver(named));
  const index = once(() => linkIndexOf(named, resolver()));
  const graph = once(() => buildLinkGraph(garden.notes, resolver()));
  const notesBySlug = once(() => new Map<string, GardenNote>(garden.notes.map((note) => [note.slug, note])));
  const merged = once(() => mergedInto(garden.notes));
  const sections = once(
    () =>
      new Map<string, SourceSection>(
        garden.sources.flatMap((source) =>
          source.data.sections.map((section, position) => [
            `${source.data.id}#${section.id}`,
            { source, position, promotional: section.promotional, title: section.title },
          ]),
        ),
      ),
  );
  const sectionTitles = once(() => new Map(garden.sources.flatMap((source) => source.data.sections.map((section) => [section.id, section.title] as const))));
  return {
    garden,
    options,
    get resolver() {
      return resolver();
    },
    get index() {
      return index();
    },
    get graph() {
      return graph();
    },
    get notesBySlug() {
      return notesBySlug();
    },
    isNote: (slug) => notesBySlug().has(slug) || unreadable.some((note) => note.slug === slug),
    get merged() {
      return merged();
    },
    get sections() {
      return sections();
    },
    get sectionTitles() {
      return sectionTitles();
    },
  };
}
