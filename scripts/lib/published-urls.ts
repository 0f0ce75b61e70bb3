/**
 * Every address the site has ever published must keep answering: as a page, or as a forwarding page (a note
 * merged into another) whose target is a page. The list of addresses only grows (tests/fixtures/published-urls.txt).
 */

/** The addresses in a published-URL list: one site-relative path per line ("" is the home page, written as "/"). */
export function parsePublishedList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.replace(/^\//, ''));
}

/** The list with the site's current addresses added; nothing already listed is ever dropped. */
export function withCurrentAddresses(listed: string[], current: string[]): string[] {
  const known = new Set(listed);
  return [...listed, ...current.filter((path) => !known.has(path)).sort()];
}

/** Where a forwarding page sends the reader (its meta refresh URL), if it is one. */
export function forwardTarget(html: string): string | undefined {
  return /<meta http-equiv="refresh" content="\d+;\s*url=([^"]+)"/i.exec(html)?.[1];
}

/**
 * The listed addresses that no longer answer: missing, or forwarding to something that is not a page of
 * the site (a missing one, or another forwarding page). `htmlAt` reads the page at a site-relative address.
 */
export function unansweredAddresses(listed: string[], base: string, htmlAt: (path: string) => string | undefined): string[] {
  return listed.flatMap((path) => {
    const html = htmlAt(path);
    if (html === undefined) return [`/${path} is gone`];
    const target = forwardTarget(html);
    if (target === undefined) return [];
    if (!target.startsWith(base)) return [`/${path} forwards outside the site, to ${target}`];
    const targetHtml = htmlAt(target.slice(base.length));
    if (targetHtml === undefined) return [`/${path} forwards to ${target}, which is gone`];
    return forwardTarget(targetHtml) === undefined ? [] : [`/${path} forwards to ${target}, which forwards again`];
  });
}
