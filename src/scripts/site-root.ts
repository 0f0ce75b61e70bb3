// Where the garden lives, online (under its base path) or opened from disk (the portable edition). Kept apart
// from the search code so that every page can use it without loading search.

/** The URL parameter that carries the searched words to a result page, where they are highlighted. */
export const HIGHLIGHT_PARAM = 'highlight';
/** Where the portable edition keeps Pagefind as classic scripts, relative to the bundle folder. */
export const PORTABLE_FOLDER = 'portable/';

/** The garden's root URL, from the page's own meta tag: the base path online, a relative path on disk. */
export function siteRoot(): URL {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="garden-root"]');
  return new URL(meta?.content ?? '/', location.href);
}

export const isPortable = () => location.protocol === 'file:';

/**
 * Whether the page comes from `npm run dev`, which adds Vite's client to every page. Not told by
 * import.meta.env.DEV: test builds run with NODE_ENV=test, where Vite sets it too.
 */
export const isDevServer = () => document.querySelector('script[src$="/@vite/client"]') !== null;

/** A result URL a reader can open: files on disk have no directory index, so name index.html. */
export function openableUrl(url: string): string {
  if (!isPortable()) return url;
  const target = new URL(url, location.href);
  if (target.pathname.endsWith('/')) target.pathname += 'index.html';
  return target.href;
}

/** Loads a classic script; the only way a page opened from disk can load more code or data. */
export function loadClassicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Could not load ${src}`));
    document.head.append(script);
  });
}
