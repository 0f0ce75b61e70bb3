import GithubSlugger from 'github-slugger';
import { blankOutCode } from './wikilinks.ts';

/**
 * The ids the site gives the `##`–`######` headings of a note body, in order. They follow the same
 * GitHub-style slugging as Astro's heading ids, so `[[note#id]]` links can be checked before rendering.
 */
export function headingIds(markdown: string): string[] {
  const slugger = new GithubSlugger();
  const ids: string[] = [];
  for (const match of blankOutCode(markdown).matchAll(/^#{2,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    const text = match[1].replace(/[*_`]/g, '').replace(/\[\[([^\]|#]*)(?:#[^\]|]*)?(?:\|([^\]]*))?\]\]/g, (_, target, label) => label ?? target);
    ids.push(slugger.slug(text));
  }
  return ids;
}
