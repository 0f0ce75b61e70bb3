import { describe, expect, it } from 'vitest';
import { placesIn } from './text-places.ts';

describe('placesIn', () => {
  it('gives the 1-based line and column of offsets, at line starts and ends too', () => {
    const placeAt = placesIn('ab\n\ncd\n');
    expect([0, 1, 2, 3, 4, 6, 7].map((offset) => placeAt(offset))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 2 },
      { line: 1, column: 3 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 3, column: 3 },
      { line: 4, column: 1 },
    ]);
  });
});
