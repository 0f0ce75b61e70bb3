/** The frontmatter (the YAML between the opening and closing --- lines) and the body of a Markdown or MDX file, with the line where the body starts. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string; bodyLine: number } | undefined {
  // A byte order mark is invisible in editors; files read as 'utf8' (rather than through decodeUtf8) still carry it.
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  return { frontmatter: match[1], body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}
