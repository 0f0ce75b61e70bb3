import { describe, expect, it } from 'vitest';
import { forwardTarget, parsePublishedList, unansweredAddresses, withCurrentAddresses } from './published-urls.ts';

const forwarding = (url: string) => `<head><meta http-equiv="refresh" content="0; url=${url}"></head>`;

describe('published URLs', () => {
  it('reads one address per line, skipping comments and blank lines, home as "/"', () => {
    expect(parsePublishedList('# header\n/\n\nnotes/a/\n/notes/b/\n')).toEqual(['', 'notes/a/', 'notes/b/']);
  });

  it('only adds addresses, in order, and never drops one the site no longer has', () => {
    expect(withCurrentAddresses(['notes/old/', 'notes/a/'], ['notes/c/', 'notes/a/', 'notes/b/'])).toEqual(['notes/old/', 'notes/a/', 'notes/b/', 'notes/c/']);
  });

  it("finds a forwarding page's target", () => {
    expect(forwardTarget(forwarding('/notes/b/'))).toBe('/notes/b/');
    expect(forwardTarget('<p>a page</p>')).toBeUndefined();
  });

  it('reports addresses that are gone, forward nowhere, forward twice or leave the site', () => {
    const site: Record<string, string> = {
      'notes/a/': '<p>a</p>',
      'notes/merged/': forwarding('/base/notes/a/'),
      'notes/dangling/': forwarding('/base/notes/missing/'),
      'notes/twice/': forwarding('/base/notes/merged/'),
      'notes/away/': forwarding('https://example.org/'),
    };
    const listed = ['notes/a/', 'notes/merged/', 'notes/dangling/', 'notes/twice/', 'notes/away/', 'notes/deleted/'];
    expect(unansweredAddresses(listed, '/base/', (path) => site[path])).toEqual([
      '/notes/dangling/ forwards to /base/notes/missing/, which is gone',
      '/notes/twice/ forwards to /base/notes/merged/, which forwards again',
      '/notes/away/ forwards outside the site, to https://example.org/',
      '/notes/deleted/ is gone',
    ]);
  });
});
