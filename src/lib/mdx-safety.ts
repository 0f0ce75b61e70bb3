import type { Node as EstreeNode } from 'estree';
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * The components every note may use without importing them. The note page passes exactly these to MDX
 * (it checks that against this list), so a name outside it would fail at build time anyway.
 */
export const APPROVED_COMPONENTS = ['Timeline', 'Spectrum', 'Matrix'] as const;
export type ApprovedComponent = (typeof APPROVED_COMPONENTS)[number];

/** Elements that run code, load other documents or restyle the page: never allowed in content. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'style', 'frame', 'frameset', 'applet', 'base', 'link', 'meta', 'form', 'svg', 'math', 'template', 'portal']);

/** URL schemes that run code or smuggle whole documents; control characters and spaces hide nothing. */
const UNSAFE_URL = /^(?:javascript|data|vbscript):/i;
const isUnsafeUrl = (url: string) => UNSAFE_URL.test(url.replace(/[\u0000-\u0020]+/g, ''));

/** Notes without components are plain Markdown, which builds much faster than MDX; both are checked. */
export type ContentFormat = 'md' | 'mdx';

export const formatOfFile = (file: string): ContentFormat => (file.endsWith('.mdx') ? 'mdx' : 'md');

export interface MdxSafetyIssue {
  line: number;
  column: number;
  message: string;
  hint: string;
}

const BRACES_HINT = 'MDX runs text in braces as JavaScript: write the brace as \\{ if you mean the character, or remove the expression';

/** True when an attribute expression is plain data (arrays, objects, strings, numbers, booleans), which runs nothing. */
function isPlainData(node: EstreeNode): boolean {
  switch (node.type) {
    case 'Program':
      return node.body.length === 1 && isPlainData(node.body[0]);
    case 'ExpressionStatement':
      return isPlainData(node.expression);
    case 'Literal':
      return !('regex' in node && node.regex);
    case 'TemplateLiteral':
      return node.expressions.length === 0;
    case 'UnaryExpression':
      return node.operator === '-' && node.argument.type === 'Literal' && typeof node.argument.value === 'number';
    case 'ArrayExpression':
      return node.elements.every((element) => element !== null && element.type !== 'SpreadElement' && isPlainData(element));
    case 'ObjectExpression':
      return node.properties.every(
        (property) =>
          property.type === 'Property' &&
          property.kind === 'init' &&
          !property.computed &&
          !property.method &&
          !property.shorthand &&
          isPlainData(property.value),
      );
    default:
      return false;
  }
}

function attributeIssues(attribute: MdxJsxAttribute | MdxJsxExpressionAttribute, element: string, approved: boolean): Omit<MdxSafetyIssue, 'line' | 'column'>[] {
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    return [{ message: `<${element}> spreads a JavaScript expression into its attributes`, hint: 'write each attribute out as name="value"' }];
  }
  const issues: Omit<MdxSafetyIssue, 'line' | 'column'>[] = [];
  if (/^on/i.test(attribute.name)) {
    issues.push({ message: `<${element}> has the event-handler attribute "${attribute.name}"`, hint: 'notes run no scripts: remove the attribute' });
  }
  const value = attribute.value;
  if (typeof value === 'string' && isUnsafeUrl(value)) {
    issues.push({ message: `<${element}> has a ${value.trim().split(':')[0].toLowerCase()}: URL in "${attribute.name}"`, hint: 'link to a page on the web (https://...) or to a note with [[wikilinks]]' });
  }
  if (value && typeof value === 'object') {
    const program = value.data?.estree as EstreeNode | undefined;
    if (!approved || !program || !isPlainData(program)) {
      issues.push({
        message: `<${element}> attribute "${attribute.name}" is a JavaScript expression`,
        hint: approved
          ? 'component data may only be written as plain arrays, objects, strings and numbers, e.g. steps={[{ title: "…", detail: "…" }]}'
          : 'write the value as a quoted string',
      });
    }
  }
  return issues;
}

/**
 * Parsing MDX is the slow part of the content check, and most notes are plain prose. Every construct this
 * module rejects needs a tag, a brace, an import/export line, or a URL scheme (perhaps hidden by a character
 * reference or a backslash escape), so a body with none of those is safe without parsing.
 */
const mayHoldCode = (body: string) => /[<{}&]|(?:script|data)\W*:|^\s*(?:import|export)\b/im.test(body);

/**
 * Everything in an MDX body that would run code or load something at build or read time, with the place
 * (relative to the body; firstLine shifts lines to the file) and how to write it safely instead.
 * A body MDX cannot parse yields one issue at the place of the syntax error.
 */
export function mdxSafetyIssues(body: string, firstLine = 1, format: ContentFormat = 'mdx'): MdxSafetyIssue[] {
  if (!mayHoldCode(body)) return [];
  const shift = firstLine - 1;
  let tree: Root;
  try {
    tree = format === 'mdx' ? unified().use(remarkParse).use(remarkMdx).parse(body) : unified().use(remarkParse).parse(body);
  } catch (error) {
    const place = error as { line?: number; column?: number; reason?: string; message?: string };
    return [
      {
        line: (place.line ?? 1) + shift,
        column: place.column ?? 1,
        message: `is not valid MDX: ${place.reason ?? place.message}`,
        hint: 'MDX reads < and { as the start of a component or expression: close every tag, and write a literal brace or angle bracket as \\{ or &lt;',
      },
    ];
  }
  const issues: MdxSafetyIssue[] = [];
  const add = (node: { position?: { start: { line: number; column: number } } }, issue: Omit<MdxSafetyIssue, 'line' | 'column'>) =>
    issues.push({ line: (node.position?.start.line ?? 1) + shift, column: node.position?.start.column ?? 1, ...issue });

  visit(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm': {
        const keyword = /^\s*export\b/.test(node.value) ? 'export' : 'import';
        add(node, {
          message: `has an ${keyword} statement; notes cannot import or export code`,
          hint: `remove the line: ${APPROVED_COMPONENTS.join(', ')} are available in every note without importing them`,
        });
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(node, { message: `has a JavaScript expression in braces: {${node.value.trim().slice(0, 40)}}`, hint: BRACES_HINT });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const approved = (APPROVED_COMPONENTS as readonly string[]).includes(name);
        if (!name) {
          add(node, { message: 'has a fragment (<>…</>)', hint: 'remove the empty tags' });
        } else if (FORBIDDEN_ELEMENTS.has(name.toLowerCase())) {
          add(node, { message: `uses <${name}>, which notes may not contain`, hint: 'notes hold text, links and the approved components only: remove the element' });
        } else if (/^[A-Z]|[.:]/.test(name) && !approved) {
          add(node, {
            message: `uses the unknown component <${name}>`,
            hint: `use one of the approved components (${APPROVED_COMPONENTS.join(', ')}), or propose a new one in a separate pull request`,
          });
        }
        for (const attribute of node.attributes) {
          for (const issue of attributeIssues(attribute, name, approved)) add(attribute.position ? attribute : node, issue);
        }
        break;
      }
      case 'html': {
        // Plain Markdown passes raw HTML straight to the page, unchecked: .md notes hold none at all.
        // A closing tag is its own node; its opening tag has been reported already.
        if (node.value.startsWith('</')) break;
        const element = /^<\/?([a-z][\w-]*)/i.exec(node.value)?.[1];
        add(node, {
          message: element && FORBIDDEN_ELEMENTS.has(element.toLowerCase()) ? `uses <${element}>, which notes may not contain` : `has raw HTML (${node.value.trim().slice(0, 40)})`,
          hint: `a Markdown (.md) note holds Markdown only: write it as Markdown, or rename the note to .mdx to use the approved components (${APPROVED_COMPONENTS.join(', ')})`,
        });
        break;
      }
      case 'link':
      case 'image':
      case 'definition':
        if (isUnsafeUrl(node.url)) {
          add(node, {
            message: `has ${node.type === 'image' ? 'an image' : 'a link'} to a ${node.url.trim().split(':')[0].toLowerCase()}: URL`,
            hint: 'link to a page on the web (https://...) or to a note with [[wikilinks]]; images go in public/ and are linked by path',
          });
        }
        break;
    }
  });
  return issues;
}
