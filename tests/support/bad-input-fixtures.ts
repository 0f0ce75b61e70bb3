import { join } from 'node:path';
import { ROOT } from './site.ts';

/**
 * Each fixture in tests/fixtures/bad-input/ is a note with one thing wrong, and where and what the content check
 * reports for it. Messages are matched by their core, so added advice (e.g. "did you mean") keeps the tests valid.
 */
export const BAD_INPUT = join(ROOT, 'tests/fixtures/bad-input');

export type Expected = [line: number, column: number, message: RegExp];

/** Fixtures the loader cannot read into the garden model: reported together, before any garden-wide rule. */
export const UNREADABLE: Record<string, Expected> = {
  'invalid-yaml.mdx': [4, 1, /is not valid YAML/],
  'missing-title.mdx': [2, 1, /field "title"/],
  'unknown-topic.mdx': [4, 18, /field "topics\.1"/],
  'unknown-kind.mdx': [5, 7, /field "kind"/],
  'unknown-stage.mdx': [6, 8, /field "stage"/],
  'empty-note.mdx': [1, 1, /^is empty$/],
};

export const READABLE: Record<string, Expected> = {
  'missing-source.mdx': [8, 12, /cites the document "tpm-handbook", which is not in content\/sources/],
  'missing-section.mdx': [8, 40, /cites section "hiring-advice" of "meta-director-ama", which has no such section/],
  'broken-wikilink.mdx': [13, 10, /\[\[a-note-nobody-wrote\]\]/],
  'ambiguous-wikilink.mdx': [14, 18, /\[\[Growth mindset\]\]/],
  'heading-wikilink.mdx': [13, 5, /\[\[growth-mindset#no-such-heading\|risk\]\].*no-such-heading/],
  'duplicate-title.mdx': [2, 8, /"a growth mindset" is the slug, title or alias of several notes: .*duplicate-title.*growth-mindset/],
  'duplicate-alias.mdx': [7, 25, /"growth mindset" is the slug, title or alias of several notes/],
  'import-statement.mdx': [11, 1, /has an import statement/],
  'export-statement.mdx': [13, 1, /has an export statement/],
  'expression.mdx': [13, 15, /has a JavaScript expression in braces: \{40 \+ 2\}/],
  'script-element.mdx': [13, 1, /uses <script>/],
  'iframe-element.mdx': [13, 1, /uses <iframe>/],
  'object-element.mdx': [13, 1, /uses <object>/],
  'embed-element.mdx': [13, 1, /uses <embed>/],
  'style-element.mdx': [13, 1, /uses <style>/],
  'event-handler.mdx': [13, 9, /event-handler attribute "onMouseOver"/],
  'javascript-url.mdx': [13, 3, /has a link to a javascript: URL/],
  'data-url.mdx': [13, 1, /has an image to a data: URL/],
  'unknown-component.mdx': [13, 1, /uses the unknown component <Chart>/],
  'mdx-syntax-error.mdx': [15, 10, /is not valid MDX/],
  'raw-html.md': [13, 30, /uses <iframe>, which notes may not contain/],
  'template-summary.mdx': [3, 10, /^still has the template's summary$/],
  'replaces-existing-note.mdx': [7, 12, /^replaces "growth-mindset", but content\/notes\/ still holds that note$/],
  'too-few-links.mdx': [10, 1, /^links to 2 other note\(s\); every note links to at least 3$/],
  'labelled-link-in-table.mdx': [15, 14, /^\[\[growth-mindset\|a growth mindset\]\] is in a table, where its "\|" ends the cell and breaks the row$/],
};

/** Fixtures that break a readability rule, reported with the severity the garden's rules give those. */
export const EDITORIAL: Record<string, Expected> = {
  'too-long-note.mdx': [10, 1, /^has 2\d\d words; a note has 60 to 250$/],
  'two-interpretations.mdx': [14, 1, /^labels a second interpretation \("In the garden’s view"\); a note has at most one$/],
  'section-id-in-prose.mdx': [12, 47, /^shows the section id "mistakes-made" to readers$/],
};
