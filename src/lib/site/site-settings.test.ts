import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspHash } from './csp.ts';
import { noteChanges } from '../content/recent.ts';
import { DEFAULT_SITE_URL, editUrl, siteSettings } from './site-settings.ts';

describe('siteSettings and editUrl', () => {
  it('defaults to the local preview address and no repository, so no edit link is invented', () => {
    const settings = siteSettings({});
    expect(settings).toEqual({ siteUrl: DEFAULT_SITE_URL, branch: 'main' });
    expect(editUrl(settings, 'content/notes/a.mdx')).toBeUndefined();
  });

  it('links a note to the repository web editor on the configured branch', () => {
    const settings = siteSettings({ SITE_URL: 'https://owner.github.io/', REPOSITORY_URL: 'https://github.com/owner/garden/', REPOSITORY_BRANCH: 'trunk' });
    expect(settings.siteUrl).toBe('https://owner.github.io');
    expect(editUrl(settings, 'content/notes/sub folder/a.mdx')).toBe('https://github.com/owner/garden/edit/trunk/content/notes/sub%20folder/a.mdx');
  });

  it('names the setting when an address is not http(s)', () => {
    expect(() => siteSettings({ REPOSITORY_URL: 'git@github.com:owner/garden.git' })).toThrow(/^REPOSITORY_URL="git@github.com:owner\/garden.git" is not an http\(s\) address/);
    expect(() => siteSettings({ SITE_URL: 'javascript:alert(1)' })).toThrow(/^SITE_URL=/);
  });
});

describe('cspHash', () => {
  it('is the base64 SHA-256 source expression browsers compare inline scripts against', () => {
    expect(cspHash('alert(1)')).toBe(`sha256-${createHash('sha256').update('alert(1)').digest('base64')}`);
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });
});

describe('noteChanges', () => {
  it('lists every note newest first and marks the ones whose last change added them', () => {
    const updated = new Map([['a', '2026-01-01T00:00:00Z'], ['b', '2026-03-01T00:00:00Z'], ['c', '2026-02-01T00:00:00Z']]);
    const added = new Map([['a', '2025-12-01T00:00:00Z'], ['b', '2026-03-01T00:00:00Z']]);
    expect(noteChanges(updated, added)).toEqual([
      { slug: 'b', date: '2026-03-01T00:00:00Z', isNew: true },
      { slug: 'c', date: '2026-02-01T00:00:00Z', isNew: false },
      { slug: 'a', date: '2026-01-01T00:00:00Z', isNew: false },
    ]);
  });
});
