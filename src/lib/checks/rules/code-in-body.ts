import { formatOfFile } from '../../markdown/markdown-tree.ts';
import { mdxSafetyIssues } from '../mdx-safety.ts';
import type { Rule } from '../rule.ts';

export const codeInBody: Rule = {
  id: 'code-in-body',
  scope: 'garden',
  description: 'Note and hub bodies run no code: no raw HTML in Markdown; in MDX no imports, expressions, scripts, unknown components or unsafe URLs.',
  // Code in a body is a matter of that file, so it is reported even while other files cannot be read.
  needs: 'files',
  check: ({ garden }) =>
    [...garden.notes, ...(garden.unreadable ?? []), ...garden.hubs].flatMap((record) =>
      mdxSafetyIssues(record.body, record.bodyLine, formatOfFile(record.file)).map((issue) => ({ file: record.file, ...issue })),
    ),
};
