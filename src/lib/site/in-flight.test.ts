import { describe, expect, it } from 'vitest';
import { forEachInFlight } from './in-flight.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('forEachInFlight', () => {
  it('runs the task once on every item, never more than the limit at a time', async () => {
    const seen: number[] = [];
    let running = 0;
    let most = 0;
    await forEachInFlight([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
      running += 1;
      most = Math.max(most, running);
      await tick();
      seen.push(item);
      running -= 1;
    });
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it('rejects with the first failure', async () => {
    await expect(
      forEachInFlight(['a', 'b'], 2, async (item) => {
        if (item === 'b') throw new Error(`cannot write ${item}`);
      }),
    ).rejects.toThrow('cannot write b');
  });

  it('finishes at once when there is nothing to do', async () => {
    await expect(forEachInFlight([], 4, async () => undefined)).resolves.toBeUndefined();
  });
});
