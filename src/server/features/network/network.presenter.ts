import { z } from 'zod';
import { memberStatuses } from '../../../domain/membership.js';
import {
  formalitySchema,
  lifeAreaSchema,
  networkRelationSchema,
  ringSchema,
  snapshotEntrySchema,
  wishSchema,
  type NetworkPerson,
  type Snapshot,
  type SnapshotEntryView,
  type SnapshotSummary,
} from '../../../shared/network.js';
import type { MembershipRow, PersonRow, SnapshotRow } from './network.repository.js';

// The database holds text: what it says is checked before it is answered. An unknown value of a
// person reads as the plainest choice (relation "other", the outer ring, no wish to change), so that
// one odd row never takes the whole map down.
const relation = networkRelationSchema.catch('other');
const formality = formalitySchema.catch('informal');
const lifeArea = lifeAreaSchema.catch('friends_neighbours');
const ring = ringSchema.catch('outer');
const wish = wishSchema.catch('keep');
const memberStatus = z.enum(memberStatuses);

// Dutch names with accents and mixed case ("de Vries", "Özil") sort as a Dutch reader expects; the
// id breaks ties so that two people of the same name keep their order between requests.
const byName = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
export const compareByName = (a: { name: string; id: string }, b: { name: string; id: string }): number =>
  byName.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Who looks at the map: `full` for the client and their coordinator, who make it; `shared` for a
 * relative the client shows it to, who sees who is where and the client's wishes, but not other
 * people's contact details, the client's notes, or memberships the group does not show them either
 * (only active members: a nomination or a "no" is not theirs to know).
 */
export type MapView = 'full' | 'shared';

export function presentPerson(row: PersonRow, membership: MembershipRow | undefined, view: MapView = 'full'): NetworkPerson {
  // A membership in a state Regie does not know is left out rather than guessed at.
  const status = membership === undefined ? undefined : memberStatus.safeParse(membership.status).data;
  const shown = membership !== undefined && status !== undefined && (view === 'full' || status === 'active');
  return {
    id: row.id,
    name: row.name,
    relation: relation.parse(row.relation),
    formality: formality.parse(row.formality),
    lifeArea: lifeArea.parse(row.life_area),
    ring: ring.parse(row.ring),
    wish: wish.parse(row.wish),
    email: view === 'full' ? row.email : null,
    phone: view === 'full' ? row.phone : null,
    notes: view === 'full' ? row.notes : null,
    membership: shown ? { memberId: membership.id, status } : null,
  };
}

/** One person as a snapshot keeps them: where they stood, not how to reach them. */
export function snapshotEntryOf(person: NetworkPerson): SnapshotEntryView {
  return {
    personId: person.id,
    name: person.name,
    relation: person.relation,
    formality: person.formality,
    lifeArea: person.lifeArea,
    ring: person.ring,
    wish: person.wish,
  };
}

/** The stored entries, checked one by one: an entry that does not fit is left out, a broken text reads as none. */
function storedEntries(text: string): SnapshotEntryView[] {
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry) => snapshotEntrySchema.safeParse(entry).data ?? []);
}

export function presentSnapshotSummary(
  row: SnapshotRow,
  entries: readonly SnapshotEntryView[] = storedEntries(row.entries),
): SnapshotSummary {
  return { id: row.id, takenAt: row.taken_at, label: row.label, people: entries.length };
}

export function presentSnapshot(row: SnapshotRow): Snapshot {
  const entries = storedEntries(row.entries);
  return { ...presentSnapshotSummary(row, entries), entries };
}
