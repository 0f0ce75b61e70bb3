import type { Node as EstreeNode } from 'estree';
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { APPROVED_COMPONENTS, COMPONENT_PROPS, type ApprovedComponent } from '../markdown/component-props.ts';
import { parseBody, type ContentFormat } from '../markdown/markdown-tree.ts';

/**
 * The HTML elements an MDX note may write: text structure only. Anything else may run code, load other
 * documents or media, or restyle the page (script, iframe, object, embed, style, meta, base, form, video…).
 */
export const ALLOWED_ELEMENTS: ReadonlySet<string> = new Set(
  'a abbr b blockquote br caption cite code dd del details dfn div dl dt em figcaption figure h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s samp small span strong sub summary sup table tbody td tfoot th thead tr u ul var'.split(' '),
);

/** URL schemes that run code or smuggle whole documents; control characters and spaces hide nothing. */
const UNSAFE_URL = /^(?:javascript|data|vbscript):/i;
const isUnsafeUrl = (url: string) => UNSAFE_URL.test(url.replace(/[\u0000-\u0020]+/g, ''));
/** Images load without a click, so they must come from the site itself (public/), never another origin. */
const isRemoteUrl = (url: string) => /^(?:[a-z][a-z\d+.-]*:|[\\/]{2})/i.test(url.replace(/[\u0000-\u0020]+/g, ''));

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

/** Attributes an HTML element in a note may carry: none of them runs code, loads a document or restyles the page. */
// No id, and no ARIA attribute that points at one: a note's element could take over the name or description of
// the site's own controls (the link preview is described by id), or collide with a heading's anchor.
export const ALLOWED_ATTRIBUTES: ReadonlySet<string> = new Set(
  'href title alt src width height lang dir colspan rowspan scope open cite datetime aria-label aria-hidden'.split(' '),
);

type Issue = Omit<MdxSafetyIssue, 'line' | 'column'>;

const REMOTE_IMAGE_HINT = 'the site loads nothing from other sites: put the image in public/ and link it by path, e.g. /images/chart.png';

function attributeIssues(attribute: MdxJsxAttribute | MdxJsxExpressionAttribute, element: string, approved: boolean): Issue[] {
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    return [{ message: `<${element}> spreads a JavaScript expression into its attributes`, hint: 'write each attribute out as name="value"' }];
  }
  const issues: Issue[] = [];
  const { name, value } = attribute;
  if (/^on/i.test(name)) {
    issues.push({ message: `<${element}> has the event-handler attribute "${name}"`, hint: 'notes run no scripts: remove the attribute' });
  } else if (name.includes(':')) {
    issues.push({ message: `<${element}> has the directive "${name}", which can write raw HTML or run code`, hint: 'notes hold text: remove the attribute' });
  } else if (!approved && /^[a-z]/.test(element) && !ALLOWED_ATTRIBUTES.has(name)) {
    issues.push({
      message: `<${element}> has the attribute "${name}", which notes may not use`,
      hint: name === 'style' ? "the site's stylesheet styles every note: remove the attribute" : `keep to ${[...ALLOWED_ATTRIBUTES].join(', ')}`,
    });
  }
  if (typeof value === 'string' && isUnsafeUrl(value)) {
    issues.push({ message: `<${element}> has a ${value.trim().split(':')[0].toLowerCase()}: URL in "${name}"`, hint: 'link to a page on the web (https://...) or to a note with [[wikilinks]]' });
  } else if (typeof value === 'string' && element === 'img' && name === 'src' && isRemoteUrl(value)) {
    issues.push({ message: `<${element}> loads "${value.trim().slice(0, 60)}" from another site`, hint: REMOTE_IMAGE_HINT });
  }
  if (value && typeof value === 'object') {
    const program = value.data?.estree as EstreeNode | undefined;
    if (!approved || !program || !isPlainData(program)) {
      issues.push({
        message: `<${element}> attribute "${name}" is a JavaScript expression`,
        hint: approved
          ? 'component data may only be written as plain arrays, objects, strings and numbers, e.g. steps={[{ title: "…", detail: "…" }]}'
          : 'write the value as a quoted string',
      });
    }
  }
  return issues;
}

/** The value of an expression isPlainData accepted. */
function plainValue(node: EstreeNode): unknown {
  switch (node.type) {
    case 'Program':
      return plainValue(node.body[0]);
    case 'ExpressionStatement':
      return plainValue(node.expression);
    case 'Literal':
      return node.value;
    case 'TemplateLiteral':
      return node.quasis[0]?.value.cooked ?? '';
    case 'UnaryExpression':
      return -(plainValue(node.argument) as number);
    case 'ArrayExpression':
      return node.elements.map((element) => (element && element.type !== 'SpreadElement' ? plainValue(element) : undefined));
    case 'ObjectExpression':
      return Object.fromEntries(
        node.properties.flatMap((property) =>
          property.type === 'Property' ? [[property.key.type === 'Identifier' ? property.key.name : String(plainValue(property.key)), plainValue(property.value)]] : [],
        ),
      );
    default:
      return undefined;
  }
}

/**
 * Problems with the data an approved component is given, checked against its props schema (component-props.ts),
 * each at the attribute it concerns. Expressions that are not plain data are reported by attributeIssues.
 */
function componentPropIssues(component: ApprovedComponent, attributes: (MdxJsxAttribute | MdxJsxExpressionAttribute)[]): { attribute?: MdxJsxAttribute; issue: Issue }[] {
  const props: Record<string, unknown> = {};
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute') return [];
    // Directives are reported as such by attributeIssues.
    if (attribute.name.includes(':')) continue;
    const { value } = attribute;
    const program = value && typeof value === 'object' ? (value.data?.estree as EstreeNode | undefined) : undefined;
    if (value === null || value === undefined) props[attribute.name] = true;
    else if (typeof value === 'string') props[attribute.name] = value;
    else if (program && isPlainData(program)) props[attribute.name] = plainValue(program);
    else return [];
  }
  const parsed = COMPONENT_PROPS[component].safeParse(props);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    // An unknown attribute is named in the issue's keys; of two attributes with one name, the last one counts.
    const name = String(issue.path[0] ?? ('keys' in issue ? issue.keys[0] : ''));
    const attribute = attributes.findLast((candidate): candidate is MdxJsxAttribute => candidate.type === 'mdxJsxAttribute' && candidate.name === name);
    return {
      attribute,
      issue: {
        message: `<${component}> ${field ? `"${field}"` : 'data'}: ${issue.message}`,
        hint: `give ${component} exactly these attributes: ${Object.keys(COMPONENT_PROPS[component].shape).join(', ')} (see CONTRIBUTING.md)`,
      },
    };
  });
}

/**
 * Parsing MDX is the slow part of the content check, and most notes are plain prose. Every construct this
 * module rejects needs a tag, a brace, an image, an import/export line, or a URL scheme (perhaps hidden by a
 * character reference or a backslash escape), so a body with none of those is safe without parsing.
 */
const mayHoldCode = (body: string) => /[<{}&]|!\[|(?:script|data)\W*:|^\s*(?:import|export)\b/im.test(body);

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
    // GFM as the build reads it: footnote definitions and tables hold content of their own.
    tree = parseBody(body, format);
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

  const definitions = new Map<string, string>();
  visit(tree, 'definition', (definition) => {
    // As CommonMark reads it: the first definition of a label wins.
    if (!definitions.has(definition.identifier)) definitions.set(definition.identifier, definition.url);
  });
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
        } else if (/^[A-Z]|[.:]/.test(name) && !approved) {
          add(node, {
            message: `uses the unknown component <${name}>`,
            hint: `use one of the approved components (${APPROVED_COMPONENTS.join(', ')}), or propose a new one in a separate pull request`,
          });
        } else if (!approved && !ALLOWED_ELEMENTS.has(name)) {
          add(node, { message: `uses <${name}>, which notes may not contain`, hint: 'notes hold text, links and the approved components only: remove the element' });
        }
        for (const attribute of node.attributes) {
          for (const issue of attributeIssues(attribute, name, approved)) add(attribute.position ? attribute : node, issue);
        }
        if (approved) {
          for (const { attribute, issue } of componentPropIssues(name as ApprovedComponent, node.attributes)) add(attribute?.position ? attribute : node, issue);
        }
        break;
      }
      case 'html': {
        // Plain Markdown passes raw HTML straight to the page, unchecked: .md notes hold none at all.
        // A lone closing tag is its own node, whose opening tag has been reported already; anything more after
        // a closing tag (an HTML block runs on to the next blank line) is checked like any other raw HTML.
        if (/^<\/[A-Za-z][\w-]*\s*>\s*$/.test(node.value)) break;
        const element = /^<\/?([a-z][\w-]*)/i.exec(node.value)?.[1];
        add(node, {
          message: element && !ALLOWED_ELEMENTS.has(element.toLowerCase()) ? `uses <${element}>, which notes may not contain` : `has raw HTML (${node.value.trim().slice(0, 40)})`,
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
        } else if (node.type === 'image' && isRemoteUrl(node.url)) {
          add(node, { message: `has an image loaded from another site (${node.url.trim().slice(0, 60)})`, hint: REMOTE_IMAGE_HINT });
        }
        break;
      case 'imageReference': {
        const url = definitions.get(node.identifier);
        if (url !== undefined && !isUnsafeUrl(url) && isRemoteUrl(url)) add(node, { message: `has an image loaded from another site (${url.trim().slice(0, 60)})`, hint: REMOTE_IMAGE_HINT });
        break;
      }
    }
  });
  return issues;
}
