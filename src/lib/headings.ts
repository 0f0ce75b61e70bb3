import GithubSlugger from 'github-slugger';
import { blankOutCode } from './wikilinks.ts';

/** A `##`–`######` heading of a note body: the id the page gives it and its text as a reader sees it. */
export interface NoteHeading {
  id: string;
  text: string;
  depth: number;
}

/**
 * The headings of a note body, in order, with the ids the site gives them. They follow the same
 * GitHub-style slugging as Astro's heading ids, so `[[note#heading]]` links can be checked before rendering.
 */
export function noteHeadings(markdown: string): NoteHeading[] {
  const slugger = new GithubSlugger();
  return [...blankOutCode(markdown).matchAll(/^(#{2,6})[ \t]+(.+?)[ \t#]*$/gm)].map((match) => {
    const text = match[2].replace(/[*_`]/g, '').replace(/\[\[([^\]|#]*)(?:#[^\]|]*)?(?:\|([^\]]*))?\]\]/g, (_, target, label) => label ?? target);
    return { id: slugger.slug(text), text, depth: match[1].length };
  });
}

export function headingIds(markdown: string): string[] {
  return noteHeadings(markdown).map((heading) => heading.id);
}
