/** 1-based line and column of a place in a text. */
export interface TextPlace {
  line: number;
  column: number;
}

/**
 * Finds the line and column of offsets in one text. The line starts are collected once and each offset is
 * found among them by binary search, so placing every link of a long note stays linear in its length.
 */
export function placesIn(text: string): (offset: number) => TextPlace {
  const lineStarts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low] + 1 };
  };
}
