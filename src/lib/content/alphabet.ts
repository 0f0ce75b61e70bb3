/** Groups items under the first letter of their label (digits and symbols under "#"), letters in order. */
export function groupByInitial<T>(items: T[], label: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  const sorted = [...items].sort((a, b) => label(a).localeCompare(label(b), 'en', { sensitivity: 'base' }));
  for (const item of sorted) {
    const first = label(item).replace(/^[^\p{L}\p{N}]+/u, '').charAt(0).toUpperCase();
    const key = /\p{L}/u.test(first) ? first : '#';
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups].sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b)));
}
