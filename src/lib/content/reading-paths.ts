export interface PathPlace {
  /** 1-based step of the note in the path. */
  position: number;
  previous?: string;
  next?: string;
}

/** Where a note stands in an ordered reading path, with its neighbours; undefined if it is not on it. */
export function pathNeighbours(steps: string[], slug: string): PathPlace | undefined {
  const index = steps.indexOf(slug);
  if (index === -1) return undefined;
  return {
    position: index + 1,
    ...(index > 0 ? { previous: steps[index - 1] } : {}),
    ...(index < steps.length - 1 ? { next: steps[index + 1] } : {}),
  };
}
