import { HIGHLIGHT_PARAM, isPortable, loadClassicScript, PORTABLE_FOLDER, siteRoot } from './site-root.ts';

declare global {
  interface Window {
    PagefindHighlight?: new (options: object) => unknown;
  }
}

/** Marks the searched words on a page opened from a search result (the words travel in ?highlight=). */
export async function highlightSearchedWords(): Promise<void> {
  if (!new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
  const bundle = new URL('pagefind/', siteRoot()).href;
  if (isPortable()) await loadClassicScript(`${bundle}${PORTABLE_FOLDER}pagefind-highlight.js`);
  else await import(/* @vite-ignore */ `${bundle}pagefind-highlight.js`);
  if (!window.PagefindHighlight) return;
  // addStyles would inject an inline <style>, which the site's Content-Security-Policy forbids; global.css styles it.
  new window.PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
  const mark = await firstMark();
  // A match among a note's further questions sits in a closed disclosure: open it, or the reader sees no mark.
  mark?.closest('details:not([open])')?.setAttribute('open', '');
  mark?.scrollIntoView({ block: 'center' });
}

/**
 * Pagefind marks the words asynchronously: waits up to about a second of frames for the first visible mark
 * (the hidden search synonyms of a page can be marked too).
 */
async function firstMark(framesLeft = 60): Promise<Element | null> {
  const mark = [...document.querySelectorAll('mark.pagefind-highlight')].find((element) => !element.closest('[hidden]')) ?? null;
  if (mark || framesLeft === 0) return mark;
  await new Promise(requestAnimationFrame);
  return firstMark(framesLeft - 1);
}
