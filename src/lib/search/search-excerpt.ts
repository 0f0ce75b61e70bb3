/**
 * Pagefind's excerpt starts where the best match is, and for a match in the title that is the page's heading, so
 * results repeated their own title under it. The result shows the title as its link already: drop it from the excerpt.
 * A match near the end of a page could also reach into the hidden search terms that end it (a note's aliases, then
 * its synonyms, see search-synonyms.ts), which read as a list of stray words: the excerpt stops where they start.
 */

/** Starts each hidden block of search terms, so that an excerpt can tell where the page's own words end. */
export const HIDDEN_TERMS_MARK = '⁂';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/**
 * The excerpt (HTML: escaped text and <mark> tags) without the part that comes from the hidden search terms. When
 * no matched word comes before them (the page was found by an alias or a synonym alone), the page's summary,
 * escaped, stands in for it, or without one the words before them.
 */
export function excerptWithoutHiddenTerms(excerptHtml: string, summary?: string): string {
  const at = excerptHtml.indexOf(HIDDEN_TERMS_MARK);
  if (at < 0) return excerptHtml;
  const before = excerptHtml.slice(0, at);
  if (!before.includes('<mark>') && summary?.trim()) return escapeHtml(summary.trim());
  const open = (before.match(/<mark>/g) ?? []).length > (before.match(/<\/mark>/g) ?? []).length;
  const text = before.replace(/(?:\s|<mark>)+$/, '');
  return open && !text.endsWith('</mark>') ? `${text}</mark>` : text;
}

const comparable = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').replace(/[’‘]/g, "'");
const ENTITY = /^&(?:#\d+|#x[\da-f]+|[a-z]+);/i;

/**
 * The excerpt (HTML: escaped text and <mark> tags) without a leading copy of the title, or of its last words (two
 * at least): Pagefind's window often starts partway into the heading. Tags inside the removed part are dropped, a
 * <mark> still open there is reopened, and the excerpt stays as it was when it does not start so or would be
 * empty without it.
 */
export function excerptWithoutTitle(excerptHtml: string, title: string): string {
  const words = title.trim().split(/\s+/);
  for (let first = 0; first === 0 || words.length - first >= 2; first++) {
    const stripped = withoutLeading(excerptHtml, words.slice(first).join(' '));
    if (stripped !== excerptHtml) return stripped;
  }
  return excerptHtml;
}

/** The excerpt without `lead` at its start (compared as a reader reads it), or as it was. */
function withoutLeading(excerptHtml: string, lead: string): string {
  const wanted = comparable(lead);
  if (!wanted) return excerptHtml;
  let seen = '';
  let markOpen = false;
  let at = 0;
  while (at < excerptHtml.length && seen.length < wanted.length) {
    if (excerptHtml[at] === '<') {
      const close = excerptHtml.indexOf('>', at);
      if (close < 0) return excerptHtml;
      markOpen = !excerptHtml.slice(at, close).startsWith('</');
      at = close + 1;
      continue;
    }
    const entity = ENTITY.exec(excerptHtml.slice(at));
    const text = entity ? decode(entity[0]) : excerptHtml[at];
    at += entity ? entity[0].length : 1;
    if (/\s/.test(text) && (!seen || seen.endsWith(' '))) continue;
    seen += comparable(text);
    if (!wanted.startsWith(seen)) return excerptHtml;
  }
  if (seen !== wanted) return excerptHtml;
  // The lead has to end where a word ends: "to tech" does not lead "to technology".
  if (/^(?:<\/?mark>)*[\p{L}\p{N}]/u.test(excerptHtml.slice(at))) return excerptHtml;
  const rest = excerptHtml.slice(at).replace(/^(?:<\/mark>)/, () => ((markOpen = false), '')).replace(/^[\s.:,;–—-]+/, '');
  if (!rest.replace(/<[^>]*>/g, '').trim()) return excerptHtml;
  return markOpen ? `<mark>${rest}` : rest;
}

function decode(entity: string): string {
  const named: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&apos;': "'" };
  if (named[entity]) return named[entity];
  const code = entity.startsWith('&#x') ? parseInt(entity.slice(3, -1), 16) : entity.startsWith('&#') ? Number(entity.slice(2, -1)) : NaN;
  return Number.isNaN(code) ? entity : String.fromCodePoint(code);
}
