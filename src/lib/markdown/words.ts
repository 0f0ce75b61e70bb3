/** Words of a note body as a reader counts them: prose only, without component markup or link syntax. */
export function countWords(markdown: string): number {
  const prose = markdown
    .replace(/^\s*import\s.*$/gm, '')
    .replace(/<[A-Z][\s\S]*?\/>/g, ' ')
    .replace(/\[\[([^\]|]*\|)?([^\]]*)\]\]/g, '$2')
    .replace(/[#*_>`|-]/g, ' ');
  return prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’&/.-]*/gu)?.length ?? 0;
}
