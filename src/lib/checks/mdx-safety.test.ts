import { describe, expect, it } from 'vitest';
import { mdxSafetyIssues } from './mdx-safety.ts';

const only = (body: string, firstLine?: number) => {
  const issues = mdxSafetyIssues(body, firstLine);
  expect(issues).toHaveLength(1);
  return issues[0];
};

describe('mdxSafetyIssues', () => {
  it('accepts prose, wikilinks, plain HTML and approved components with plain data', () => {
    const body = [
      'Some *prose* with [[a-link|a label]] and <abbr title="Technical Program Manager">TPM</abbr>.',
      '',
      '<Timeline caption="Steps" steps={[{ title: "One", detail: "First" }, { title: `Two`, detail: "-1" }]} />',
      '',
      '<Matrix caption="c" corner="k" columns={["a", "b"]} rows={[{ label: "x", cells: ["1", "2"] }]} />',
      '',
      '[a page](https://example.org/page) and ![a picture](/picture.png)',
    ].join('\n');
    expect(mdxSafetyIssues(body)).toEqual([]);
  });

  it('rejects import and export statements at their line, shifted to the file', () => {
    expect(only('import Timeline from "../../x.astro";\n\nText.', 9)).toMatchObject({ line: 9, column: 1, message: expect.stringContaining('import statement') });
    expect(only('Text.\n\nexport const x = 1;')).toMatchObject({ line: 3, column: 1, message: expect.stringContaining('export statement') });
  });

  it('rejects expressions in braces, in flow and in text', () => {
    expect(only('{1 + 1}')).toMatchObject({ line: 1, column: 1, message: expect.stringContaining('JavaScript expression in braces') });
    expect(only('A sum: {process.env.HOME} here.')).toMatchObject({ line: 1, column: 8, message: expect.stringContaining('{process.env.HOME}') });
  });

  it.each(['script', 'iframe', 'object', 'embed', 'style'])('rejects <%s>', (element) => {
    expect(only(`Text.\n\n<${element}>x</${element}>`)).toMatchObject({ line: 3, column: 1, message: `uses <${element}>, which notes may not contain` });
  });

  it('rejects any raw HTML in a Markdown note, naming forbidden elements, but not autolinks or wikilinks', () => {
    const markdown = (body: string) => mdxSafetyIssues(body, 5, 'md');
    expect(markdown('Text.\n\n<script>alert(1)</script>')).toMatchObject([{ line: 7, column: 1, message: 'uses <script>, which notes may not contain' }]);
    expect(markdown('An <abbr title="x">TPM</abbr> here.')).toMatchObject([{ line: 5, column: 4, message: 'has raw HTML (<abbr title="x">)', hint: expect.stringContaining('rename the note to .mdx') }]);
    expect(markdown('See <https://example.org/> & [[a-note]], {braces} and [x](javascript:alert(1)).')).toMatchObject([{ message: 'has a link to a javascript: URL' }]);
  });

  it('rejects event-handler attributes at the attribute', () => {
    expect(only('Text <span onClick="alert(1)">x</span>.')).toMatchObject({ line: 1, column: 12, message: expect.stringContaining('event-handler attribute "onClick"') });
  });

  it('rejects javascript: and data: URLs in links, images, definitions and attributes', () => {
    expect(only('[x](javascript:alert(1))')).toMatchObject({ line: 1, column: 1, message: 'has a link to a javascript: URL' });
    expect(only('![x](data:image/png;base64,AAAA)')).toMatchObject({ message: 'has an image to a data: URL' });
    expect(only('[x][r]\n\n[r]: JavaScript:alert(1)')).toMatchObject({ line: 3, message: expect.stringContaining('javascript: URL') });
    expect(only('<a href=" javascript:alert(1)">x</a>')).toMatchObject({ message: expect.stringContaining('javascript: URL in "href"') });
    // Markdown decodes character references and backslash escapes in URLs: hidden schemes are still found.
    expect(only('[x](&#106;avascript:alert(1))')).toMatchObject({ message: 'has a link to a javascript: URL' });
    expect(only('[x](javascript\\:alert(1))')).toMatchObject({ message: 'has a link to a javascript: URL' });
    expect(only('[x](DATA:text/html,hi)')).toMatchObject({ message: 'has a link to a data: URL' });
  });

  it('rejects unknown components, and code in the attributes of approved ones', () => {
    expect(only('<Chart data="x" />')).toMatchObject({ message: 'uses the unknown component <Chart>', hint: expect.stringContaining('Timeline, Spectrum, Matrix') });
    expect(only('<Timeline steps={fetch("/x")} />')).toMatchObject({ message: expect.stringContaining('attribute "steps" is a JavaScript expression') });
    expect(only('<Timeline steps={[{ title: x }]} />')).toMatchObject({ message: expect.stringContaining('"steps"') });
    expect(only('<Timeline {...props} />')).toMatchObject({ message: expect.stringContaining('spreads') });
    expect(only('<span title={"x"}>y</span>')).toMatchObject({ hint: 'write the value as a quoted string' });
  });

  it('reads footnotes as the build does, so code and raw HTML cannot hide in a footnote definition', () => {
    expect(only('Text[^1].\n\n[^1]: {process.env.HOME}')).toMatchObject({ line: 3, message: expect.stringContaining('JavaScript expression in braces') });
    expect(only('Text[^1].\n\n[^1]: <iframe src="https://example.org/" />')).toMatchObject({ line: 3, message: 'uses <iframe>, which notes may not contain' });
    const markdown = mdxSafetyIssues('Text[^1].\n\n[^1]: <meta http-equiv="refresh" content="0;url=https://example.org/">', 1, 'md');
    expect(markdown).toEqual([expect.objectContaining({ line: 3, message: 'uses <meta>, which notes may not contain' })]);
  });

  it('allows only text elements with harmless attributes: no directives, styles, media or custom elements', () => {
    expect(only('<div set:html="<script>x()</script>" />')).toMatchObject({ message: expect.stringContaining('directive "set:html"') });
    expect(only('<p is:raw>x</p>')).toMatchObject({ message: expect.stringContaining('directive "is:raw"') });
    expect(only('<p style="position:fixed">x</p>')).toMatchObject({ message: '<p> has the attribute "style", which notes may not use' });
    expect(only('<p class="skip-link">x</p>')).toMatchObject({ message: '<p> has the attribute "class", which notes may not use' });
    for (const element of ['video', 'audio', 'source', 'x-widget', 'canvas', 'dialog']) {
      expect(only(`<${element}>x</${element}>`)).toMatchObject({ message: `uses <${element}>, which notes may not contain` });
    }
    expect(mdxSafetyIssues('<p title="Fine" lang="en" aria-label="Fine">Text <abbr title="Key performance indicator">KPI</abbr></p>')).toEqual([]);
  });

  it('checks raw HTML that follows a closing tag in a Markdown note, which runs on to the next blank line', () => {
    const markdown = (body: string) => mdxSafetyIssues(body, 1, 'md');
    expect(markdown('</div>\n<meta http-equiv="refresh" content="0;url=https://example.org/">')).toEqual([expect.objectContaining({ message: expect.stringContaining('raw HTML') })]);
    expect(markdown('- </span>\n  <meta http-equiv="refresh" content="0">')).toHaveLength(1);
    expect(markdown('Text <em>x</em> and <em>y</em>.')).toHaveLength(2);
  });

  it('allows no id and no ARIA attribute that points at one', () => {
    expect(only('<p id="link-preview">x</p>')).toMatchObject({ message: '<p> has the attribute "id", which notes may not use' });
    expect(only('<span aria-describedby="site-search">x</span>')).toMatchObject({ message: expect.stringContaining('"aria-describedby"') });
  });

  it('rejects images from other sites, in Markdown and in elements', () => {
    expect(only('![A chart](https://example.org/chart.png)')).toMatchObject({ message: expect.stringContaining('image loaded from another site') });
    expect(only('![A chart][chart]\n\n[chart]: //example.org/chart.png')).toMatchObject({ message: expect.stringContaining('image loaded from another site') });
    expect(only('<img src="https://example.org/chart.png" alt="A chart" />')).toMatchObject({ message: expect.stringContaining('from another site') });
    expect(only('<img src="/\\example.org/chart.png" alt="A chart" />')).toMatchObject({ message: expect.stringContaining('from another site') });
    expect(only('![x][a]\n\n[a]: https://example.org/x.png\n[a]: /ok.png')).toMatchObject({ message: expect.stringContaining('image loaded from another site') });
    expect(mdxSafetyIssues('![A chart](/images/chart.png) and [a page](https://example.org/)')).toEqual([]);
  });

  it("checks an approved component's data against its props, at the attribute", () => {
    expect(only('<Timeline caption="Path" steps={{ a: 1 }} />')).toMatchObject({ column: 26, message: expect.stringMatching(/^<Timeline> "steps": /) });
    expect(only('<Timeline caption="Path" steps={[{ title: "A" }]} />')).toMatchObject({ message: expect.stringContaining('"steps.0.detail"') });
    expect(only('<Spectrum caption="c" left="l" right="r" label="x" />')).toMatchObject({ message: expect.stringContaining('"description"') });
    expect(only('<Spectrum caption="c" left="l" right="r" label="x" description="d" colour="red" />')).toMatchObject({ column: 68, message: expect.stringContaining("colour") });
    expect(only('<Spectrum caption="c" left="l" right="r" label="x" description="d" client:load />')).toMatchObject({ message: expect.stringContaining('directive "client:load"') });
    expect(only('<Timeline caption="Path" steps={[{ title: "A", detail: "B" }]} caption="" />')).toMatchObject({ column: 64, message: expect.stringContaining('"caption"') });
    expect(only('<Matrix caption="c" corner="k" columns={["A", "B"]} rows={[{ label: "r", cells: ["1"] }]} />')).toMatchObject({ message: expect.stringContaining('one cell per column') });
    expect(mdxSafetyIssues('<Timeline caption="Path" steps={[{ title: "A", detail: "B" }]} />')).toEqual([]);
  });

  it('reports an MDX syntax error at its place instead of throwing', () => {
    const issue = only('Text.\n\n<Timeline caption="x"\n\nMore text.', 5);
    expect(issue.message).toMatch(/^is not valid MDX: /);
    expect(issue.line).toBeGreaterThanOrEqual(7);
  });
});
