import type { GardenHub, Position } from '../content/model.ts';
import { at } from './report.ts';

/** Where a hub lists a slug: its first entry in the groups. */
export function placeOfEntry(hub: GardenHub, slug: string): Position {
  const group = hub.data.groups.findIndex((candidate) => candidate.notes.includes(slug));
  return at(hub, ['groups', group, 'notes', hub.data.groups[group]?.notes.indexOf(slug) ?? 0]);
}

export const entriesOf = (hub: GardenHub) => hub.data.groups.flatMap((group) => group.notes);
