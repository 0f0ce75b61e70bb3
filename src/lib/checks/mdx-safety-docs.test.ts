import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APPROVED_COMPONENTS } from '../markdown/component-props.ts';
import { ALLOWED_ATTRIBUTES, ALLOWED_ELEMENTS } from './mdx-safety.ts';

const contributing = readFileSync(new URL('../../../CONTRIBUTING.md', import.meta.url), 'utf8');

/** The "Safe MDX" section of CONTRIBUTING.md, up to the next section. */
function safeMdxSection(): string {
  const start = contributing.indexOf('## Safe MDX');
  expect(start, 'CONTRIBUTING.md has a "Safe MDX" section').toBeGreaterThanOrEqual(0);
  const end = contributing.indexOf('\n## ', start + 1);
  return contributing.slice(start, end === -1 ? undefined : end);
}

/** The names in backticks in the list item that starts with the given bold label, in the order written. */
function listedNames(label: string): string[] {
  const lines = safeMdxSection().split('\n');
  const first = lines.findIndex((line) => line.startsWith(`- **${label}`));
  expect(first, `CONTRIBUTING.md lists "${label}"`).toBeGreaterThanOrEqual(0);
  // A list item runs on over its indented continuation lines.
  const rest = lines.slice(first + 1);
  const end = rest.findIndex((line) => !line.startsWith('  '));
  const item = [lines[first], ...rest.slice(0, end === -1 ? undefined : end)];
  return [...item.join(' ').matchAll(/`([^`]+)`/g)].map((match) => match[1]);
}

const sorted = (names: Iterable<string>) => [...names].sort();

describe("CONTRIBUTING.md's Safe MDX lists", () => {
  it('name exactly the elements the safety check allows', () => {
    expect(sorted(listedNames('Allowed elements'))).toEqual(sorted(ALLOWED_ELEMENTS));
  });

  it('name exactly the attributes the safety check allows', () => {
    expect(sorted(listedNames('Allowed attributes'))).toEqual(sorted(ALLOWED_ATTRIBUTES));
  });

  it('name exactly the approved components', () => {
    expect(sorted(listedNames('Approved components'))).toEqual(sorted(APPROVED_COMPONENTS));
  });
});
