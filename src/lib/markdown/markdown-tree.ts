import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Notes without components are plain Markdown, which builds much faster than MDX; both are checked. */
export type ContentFormat = 'md' | 'mdx';

export const formatOfFile = (file: string): ContentFormat => (file.endsWith('.mdx') ? 'mdx' : 'md');

// The syntax the site renders with (see astro.config.mjs): GFM, plus MDX for .mdx files, where for instance an
// indented block is prose rather than code.
const markdownParser = unified().use(remarkParse).use(remarkGfm).freeze();
const mdxParser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).freeze();

/** The syntax tree of a note body as the build reads it. Throws on a body MDX cannot parse. */
export function parseBody(body: string, format: ContentFormat): Root {
  return (format === 'mdx' ? mdxParser : markdownParser).parse(body);
}
