import type { Insertable, Selectable } from 'kysely';
import { endedStatuses } from '../../../domain/membership.js';
import type { DbExecutor } from '../../platform/db/database.js';
import type { NetworkPersonTable, NetworkSnapshotTable } from '../../platform/db/schema.js';

/** The client as the network map needs them: whose team and whose coordinator, for the access rules. */
export interface MapClient {
  id: string;
  name: string;
  teamId: string;
  coordinatorId: string;
}

export type PersonRow = Selectable<NetworkPersonTable>;
export type SnapshotRow = Selectable<NetworkSnapshotTable>;

/** What the client says about a person; the repository stores it as it is given. */
export interface PersonValues {
  name: string;
  relation: string;
  formality: string;
  life_area: string;
  ring: string;
  wish: string;
  email: string | null;
  phone: string | null;
  notes: string | null;
}

export interface MembershipRow {
  id: string;
  network_person_id: string | null;
  status: string;
}

/** Memberships that have not ended: the person still takes part in the group, or is on the way in. */
const openStatuses = (status: string) => !(endedStatuses as readonly string[]).includes(status);

export function createNetworkRepository(db: DbExecutor) {
  /** The client's active group, if they have one (at most one: groups_one_active_per_client). */
  const activeGroupId = async (clientId: string): Promise<string | undefined> => {
    const group = await db
      .selectFrom('groups')
      .select('id')
      .where('client_id', '=', clientId)
      .where('closed_at', 'is', null)
      .executeTakeFirst();
    return group?.id;
  };

  /** Memberships of the active group that name one of these people, newest first. */
  const membershipsOf = async (clientId: string, personIds: readonly string[]): Promise<MembershipRow[]> => {
    if (personIds.length === 0) return [];
    const groupId = await activeGroupId(clientId);
    if (groupId === undefined) return [];
    return db
      .selectFrom('group_members')
      .select(['id', 'network_person_id', 'status'])
      .where('group_id', '=', groupId)
      .where('network_person_id', 'in', personIds)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
  };

  return {
    /** True when the client has an active group to nominate people for. */
    async hasActiveGroup(clientId: string): Promise<boolean> {
      return (await activeGroupId(clientId)) !== undefined;
    },

    findClient(clientId: string): Promise<MapClient | undefined> {
      return db
        .selectFrom('clients')
        .select(['id', 'name', 'team_id as teamId', 'coordinator_id as coordinatorId'])
        .where('id', '=', clientId)
        .executeTakeFirst();
    },

    /** The people on the map now (not removed); the caller sorts them for people to read. */
    listPeople(clientId: string): Promise<PersonRow[]> {
      return db
        .selectFrom('network_people')
        .selectAll()
        .where('client_id', '=', clientId)
        .where('removed_at', 'is', null)
        .execute();
    },

    /** A person of this client's map, removed ones included (they are asked for by id). */
    findPerson(clientId: string, personId: string): Promise<PersonRow | undefined> {
      return db
        .selectFrom('network_people')
        .selectAll()
        .where('client_id', '=', clientId)
        .where('id', '=', personId)
        .executeTakeFirst();
    },

    async insertPerson(row: Insertable<NetworkPersonTable>): Promise<void> {
      await db.insertInto('network_people').values(row).execute();
    },

    async updatePerson(personId: string, values: Partial<PersonValues> & { updated_at: string }): Promise<void> {
      await db.updateTable('network_people').set(values).where('id', '=', personId).execute();
    },

    async removePerson(personId: string, at: string): Promise<void> {
      await db
        .updateTable('network_people')
        .set({ removed_at: at, updated_at: at })
        .where('id', '=', personId)
        .where('removed_at', 'is', null)
        .execute();
    },

    /** Each person's newest membership of the client's active group, by person id. */
    async newestMemberships(clientId: string, personIds: readonly string[]): Promise<Map<string, MembershipRow>> {
      const newest = new Map<string, MembershipRow>();
      for (const row of await membershipsOf(clientId, personIds)) {
        if (row.network_person_id !== null && !newest.has(row.network_person_id)) newest.set(row.network_person_id, row);
      }
      return newest;
    },

    /** A membership of the active group naming this person that has not ended, if any. */
    async openMembership(clientId: string, personId: string): Promise<MembershipRow | undefined> {
      return (await membershipsOf(clientId, [personId])).find((row) => openStatuses(row.status));
    },

    /** The client's snapshots, newest first. */
    listSnapshots(clientId: string): Promise<SnapshotRow[]> {
      return db
        .selectFrom('network_snapshots')
        .selectAll()
        .where('client_id', '=', clientId)
        .orderBy('taken_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
    },

    findSnapshot(clientId: string, snapshotId: string): Promise<SnapshotRow | undefined> {
      return db
        .selectFrom('network_snapshots')
        .selectAll()
        .where('client_id', '=', clientId)
        .where('id', '=', snapshotId)
        .executeTakeFirst();
    },

    async insertSnapshot(row: Insertable<NetworkSnapshotTable>): Promise<void> {
      await db.insertInto('network_snapshots').values(row).execute();
    },
  };
}
export type NetworkRepository = ReturnType<typeof createNetworkRepository>;
