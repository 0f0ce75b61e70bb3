// The portable edition: a built garden rewritten so that it works when opened straight from disk
// (file:// URLs), where there is no server to turn "/notes/a/" into "/notes/a/index.html" and absolute
// paths point at the root of the disk. See scripts/build-portable.ts.

/**
 * The relative URL from a page (its path inside the site, e.g. "notes/a/index.html") to a site-absolute URL
 * ("/notes/b/#x" -> "../b/index.html#x"); directory URLs name their index.html.
 */
export function relativeUrl(fromPage: string, target: string): string {
  const [pathAndQuery, fragment] = splitOnce(target, '#');
  const [path, query] = splitOnce(pathAndQuery, '?');
  const to = (path.endsWith('/') ? `${path}index.html` : path).replace(/^\/+/, '').split('/');
  const from = fromPage.split('/').slice(0, -1);
  let shared = 0;
  while (shared < from.length && shared < to.length - 1 && from[shared] === to[shared]) shared += 1;
  const relative = [...from.slice(shared).map(() => '..'), ...to.slice(shared)].join('/');
  return relative + (query === undefined ? '' : `?${query}`) + (fragment === undefined ? '' : `#${fragment}`);
}

/** The relative path from a page to the site root: "" at the top, "../../" two folders down. */
export function relativeRoot(fromPage: string): string {
  return '../'.repeat(fromPage.split('/').length - 1) || './';
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/**
 * Rewrites one built page (of a site built at the root, base "/") for reading from disk: site-absolute links,
 * sources and form targets become relative, module scripts become the classic scripts named by
 * classicScript (browsers refuse module scripts from file://), and the manifest link goes (a disk copy is
 * not installable). The garden-root meta tag then tells the scripts where the root is.
 */
export function portablePage(html: string, page: string, classicScript: (src: string) => string): string {
  return html
    .replace(/<link rel="manifest"[^>]*>/g, '')
    .replace(/<script type="module" src="([^"]+)"><\/script>/g, (_, src: string) => `<script defer src="${relativeUrl(page, classicScript(src))}"></script>`)
    .replace(/<meta name="garden-root" content="\/">/, `<meta name="garden-root" content="${relativeRoot(page)}">`)
    // A merged note's old page forwards with a meta refresh, whose URL is not an attribute of its own.
    .replace(/<meta http-equiv="refresh" content="0; url=(\/(?!\/)[^"]*)">/g, (_, url: string) => `<meta http-equiv="refresh" content="0; url=${relativeUrl(page, url)}">`)
    .replace(/\s(href|src|action)="(\/(?!\/)[^"]*)"/g, (_, attribute: string, url: string) => ` ${attribute}="${relativeUrl(page, url)}"`);
}
