import { describe, expect, it } from 'vitest';
import { portablePage, relativeRoot, relativeUrl } from './portable.ts';

describe('relativeUrl', () => {
  it('names index.html for directory URLs and walks up from the page', () => {
    expect(relativeUrl('notes/a/index.html', '/notes/b/')).toBe('../b/index.html');
    expect(relativeUrl('notes/a/index.html', '/')).toBe('../../index.html');
    expect(relativeUrl('index.html', '/topics/skills/')).toBe('topics/skills/index.html');
  });

  it('keeps queries and fragments, and leaves file URLs as files', () => {
    expect(relativeUrl('notes/a/index.html', '/notes/a/#growth')).toBe('index.html#growth');
    expect(relativeUrl('search/index.html', '/search/?q=tpm')).toBe('index.html?q=tpm');
    expect(relativeUrl('404.html', '/_astro/site.css')).toBe('_astro/site.css');
    expect(relativeUrl('notes/a/index.html', '/favicon.svg')).toBe('../../favicon.svg');
  });
});

describe('relativeRoot', () => {
  it('climbs one folder per level', () => {
    expect(relativeRoot('index.html')).toBe('./');
    expect(relativeRoot('notes/a/index.html')).toBe('../../');
  });
});

describe('portablePage', () => {
  const page = [
    '<link rel="manifest" href="/manifest.webmanifest" />',
    '<meta name="garden-root" content="/">',
    '<link rel="stylesheet" href="/_astro/site.css">',
    '<a href="/notes/b/">b</a> <a href="https://example.org/">out</a> <a href="#main">skip</a>',
    '<form action="/search/" method="get"></form>',
    '<script type="module" src="/_astro/Base.js"></script>',
    '<meta http-equiv="refresh" content="0; url=/notes/b/">',
  ].join('');
  const rewritten = portablePage(page, 'notes/a/index.html', (src) => src.replace('/_astro/', '/_astro/portable/'));

  it('makes internal URLs relative and leaves external links and fragments alone', () => {
    expect(rewritten).toContain('href="../../_astro/site.css"');
    expect(rewritten).toContain('<a href="../b/index.html">b</a>');
    expect(rewritten).toContain('href="https://example.org/"');
    expect(rewritten).toContain('href="#main"');
    expect(rewritten).toContain('action="../../search/index.html"');
  });

  it("points a merged note's forwarding meta refresh at the absorbing note's file", () => {
    expect(rewritten).toContain('<meta http-equiv="refresh" content="0; url=../b/index.html">');
  });

  it('swaps module scripts for classic ones, drops the manifest and points the scripts at the root', () => {
    expect(rewritten).toContain('<script defer src="../../_astro/portable/Base.js"></script>');
    expect(rewritten).not.toContain('manifest');
    expect(rewritten).toContain('<meta name="garden-root" content="../../">');
  });
});
