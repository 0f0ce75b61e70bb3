/** Slugs of the most recently changed notes, newest first; ties keep a stable alphabetical order. */
export function recentlyUpdated(updated: Map<string, string>, count: number): string[] {
  return [...updated]
    .sort(([slugA, dateA], [slugB, dateB]) => Date.parse(dateB) - Date.parse(dateA) || slugA.localeCompare(slugB))
    .slice(0, count)
    .map(([slug]) => slug);
}
