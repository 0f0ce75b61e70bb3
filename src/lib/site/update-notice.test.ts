import { describe, expect, it } from 'vitest';
import { newerVersionReady } from './update-notice.ts';

describe('newer version notice', () => {
  const previous = { scriptURL: 'https://garden.example/sw.js', state: 'activated' };
  const next = { scriptURL: 'https://garden.example/sw.js', state: 'activating' };

  it('shows when a new worker takes over a page an earlier worker served', () => {
    expect(newerVersionReady(previous, next)).toBe(true);
  });

  it('stays away on the first visit, when the first worker claims a page loaded from the network', () => {
    expect(newerVersionReady(null, next)).toBe(false);
    expect(newerVersionReady(undefined, next)).toBe(false);
  });

  it('stays away when no worker controls the page now or the controller did not change', () => {
    expect(newerVersionReady(previous, null)).toBe(false);
    expect(newerVersionReady(previous, previous)).toBe(false);
  });
});
