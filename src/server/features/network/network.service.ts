import type {
  CreateSnapshotBody,
  MoveNetworkPersonBody,
  NetworkMap,
  NetworkPerson,
  NetworkPersonBody,
  Snapshot,
  SnapshotList,
  SnapshotSummary,
} from '../../../shared/network.js';
import type { AuditLog } from '../../platform/audit/audit-log.js';
import type { Actor } from '../../platform/context.js';
import type { Db, DbTransaction } from '../../platform/db/database.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../platform/http/errors.js';
import { newId, nowIso } from '../../platform/ids/ids.js';
import { canSeeClient } from '../clients/index.js';
import { createSharingPolicy } from '../sharing/index.js';
import { mayEditMap } from './network.policy.js';
import {
  compareByName,
  presentPerson,
  type MapView,
  presentSnapshot,
  presentSnapshotSummary,
  snapshotEntryOf,
} from './network.presenter.js';
import {
  createNetworkRepository,
  type MapClient,
  type NetworkRepository,
  type PersonRow,
  type PersonValues,
} from './network.repository.js';

const personInGroup = () =>
  new ConflictError(
    'person_in_group',
    'This person takes part in the group, or is on the way in. End their membership of the group first (they leave, or their no is recorded); then you can remove them from the map.',
  );

/** The body as stored: what is left out or left empty is stored as nothing. */
function personValues(body: NetworkPersonBody): PersonValues {
  return {
    name: body.name,
    relation: body.relation,
    formality: body.formality,
    life_area: body.lifeArea,
    ring: body.ring,
    wish: body.wish,
    email: body.email ?? null,
    phone: body.phone ?? null,
    notes: body.notes ? body.notes : null,
  };
}

// Reads are logged before they are answered, changes inside their own transaction as its last step;
// refusals by platform/audit's route hook (SECURITY.md, NEN 7513). The coordinator works on the map
// with the client, in their own name: this is not a task the client hands over (domain/direction.ts).
export function createNetworkService(db: Db, audit: AuditLog) {
  const network = createNetworkRepository(db);

  /**
   * The client, if the actor may see their map: the client, their coordinator, and a relative the
   * client shares it with (sharing policy). The rest of the team sees the client but not the map
   * (403); anyone else, and a relative it is not shared with, is told "not found".
   */
  async function readableClient(actor: Actor, clientId: string): Promise<MapClient> {
    const client = await network.findClient(clientId);
    if (!client) throw new NotFoundError();
    if (await createSharingPolicy(db).canSeeCategory(actor, clientId, 'network_map')) return client;
    if (canSeeClient(actor, client)) throw new ForbiddenError('The network map stays between the client and their coordinator.');
    throw new NotFoundError();
  }

  /** The client, if the actor may change their map: 404 for who may not see the client, then 403. */
  async function editableClient(actor: Actor, clientId: string, repository: NetworkRepository): Promise<MapClient> {
    const client = await repository.findClient(clientId);
    if (!client || !canSeeClient(actor, client)) throw new NotFoundError();
    if (!mayEditMap(actor, client)) throw new ForbiddenError('The client makes their network map, with their coordinator.');
    return client;
  }

  /** A person on the map now; a removed one is, to a change, not there. */
  async function currentPerson(repository: NetworkRepository, clientId: string, personId: string): Promise<PersonRow> {
    const person = await repository.findPerson(clientId, personId);
    if (!person || person.removed_at !== null) throw new NotFoundError();
    return person;
  }

  async function presentOne(repository: NetworkRepository, clientId: string, person: PersonRow): Promise<NetworkPerson> {
    const memberships = await repository.newestMemberships(clientId, [person.id]);
    return presentPerson(person, memberships.get(person.id));
  }

  /** The people on the map now, sorted by name, each with their membership of the active group. */
  async function currentPeople(
    repository: NetworkRepository,
    clientId: string,
    view: MapView = 'full',
  ): Promise<NetworkPerson[]> {
    const rows = await repository.listPeople(clientId);
    const memberships = await repository.newestMemberships(
      clientId,
      rows.map((row) => row.id),
    );
    return rows.map((row) => presentPerson(row, memberships.get(row.id), view)).sort(compareByName);
  }

  const inTransaction = <T>(work: (trx: DbTransaction, repository: NetworkRepository) => Promise<T>) =>
    db.transaction().execute((trx) => work(trx, createNetworkRepository(trx)));

  /** A change to one person: checked, stored and logged in one transaction; the person as they are now. */
  const changePerson = (actor: Actor, clientId: string, personId: string, values: Partial<PersonValues>) =>
    inTransaction(async (trx, repository) => {
      await editableClient(actor, clientId, repository);
      await currentPerson(repository, clientId, personId);
      await repository.updatePerson(personId, { ...values, updated_at: nowIso() });
      const changed = await presentOne(repository, clientId, await currentPerson(repository, clientId, personId));
      await audit.append(trx, actor, [{ action: 'update', dataCategory: 'network_map', clientId, objectId: personId }]);
      return changed;
    });

  return {
    /** The map: the people on it now, and what the actor may do with it. */
    async map(actor: Actor, clientId: string): Promise<NetworkMap> {
      const client = await readableClient(actor, clientId);
      const edit = mayEditMap(actor, client);
      const people = await currentPeople(network, clientId, edit ? 'full' : 'shared');
      // Nominating needs a group to nominate for, and is the client's decision (degrees of direction).
      const nominate =
        (await network.hasActiveGroup(clientId)) &&
        (await createSharingPolicy(db).performerFor(actor, clientId, 'invite_members')).kind !== 'nobody';
      await audit.record(actor, [{ action: 'read', dataCategory: 'network_map', clientId }]);
      return { client: { id: client.id, name: client.name }, people, abilities: { edit, nominate } };
    },

    async addPerson(actor: Actor, clientId: string, body: NetworkPersonBody): Promise<NetworkPerson> {
      return inTransaction(async (trx, repository) => {
        await editableClient(actor, clientId, repository);
        const now = nowIso();
        const row = {
          id: newId(),
          client_id: clientId,
          ...personValues(body),
          created_at: now,
          updated_at: now,
          removed_at: null,
        };
        await repository.insertPerson(row);
        await audit.append(trx, actor, [{ action: 'create', dataCategory: 'network_map', clientId, objectId: row.id }]);
        // New on the map: no membership yet.
        return presentPerson(row, undefined);
      });
    },

    /** Everything about a person at once, as the form shows it: what is left out is cleared. */
    replacePerson(actor: Actor, clientId: string, personId: string, body: NetworkPersonBody): Promise<NetworkPerson> {
      return changePerson(actor, clientId, personId, personValues(body));
    },

    /** Only where the person stands: a drag on the drawing, or a key press in the list. */
    movePerson(actor: Actor, clientId: string, personId: string, body: MoveNetworkPersonBody): Promise<NetworkPerson> {
      return changePerson(actor, clientId, personId, { ring: body.ring, life_area: body.lifeArea });
    },

    /**
     * Takes a person off the map. Their row stays (memberships and history name them); someone still
     * in the group, or on the way in, is refused until that membership has ended. Removing someone
     * already removed changes nothing and answers the same.
     */
    async removePerson(actor: Actor, clientId: string, personId: string): Promise<void> {
      await inTransaction(async (trx, repository) => {
        await editableClient(actor, clientId, repository);
        const person = await repository.findPerson(clientId, personId);
        if (!person) throw new NotFoundError();
        if (person.removed_at === null) {
          if (await repository.openMembership(clientId, personId)) throw personInGroup();
          await repository.removePerson(personId, nowIso());
        }
        await audit.append(trx, actor, [{ action: 'delete', dataCategory: 'network_map', clientId, objectId: personId }]);
      });
    },

    async snapshots(actor: Actor, clientId: string): Promise<SnapshotList> {
      await readableClient(actor, clientId);
      const rows = await network.listSnapshots(clientId);
      await audit.record(actor, [{ action: 'read', dataCategory: 'network_map', clientId }]);
      return { snapshots: rows.map((row) => presentSnapshotSummary(row)) };
    },

    /** Saves the map as it is now: a copy of its people, which later changes to the map leave alone. */
    async takeSnapshot(actor: Actor, clientId: string, body: CreateSnapshotBody): Promise<SnapshotSummary> {
      return inTransaction(async (trx, repository) => {
        await editableClient(actor, clientId, repository);
        const entries = (await currentPeople(repository, clientId)).map(snapshotEntryOf);
        const row = {
          id: newId(),
          client_id: clientId,
          taken_at: nowIso(),
          label: body.label ? body.label : null,
          entries: JSON.stringify(entries),
          created_by_account_id: actor.accountId,
        };
        await repository.insertSnapshot(row);
        await audit.append(trx, actor, [{ action: 'create', dataCategory: 'network_map', clientId, objectId: row.id }]);
        return presentSnapshotSummary(row, entries);
      });
    },

    async snapshot(actor: Actor, clientId: string, snapshotId: string): Promise<Snapshot> {
      await readableClient(actor, clientId);
      const row = await network.findSnapshot(clientId, snapshotId);
      if (!row) throw new NotFoundError();
      await audit.record(actor, [{ action: 'read', dataCategory: 'network_map', clientId, objectId: snapshotId }]);
      return presentSnapshot(row);
    },
  };
}
export type NetworkService = ReturnType<typeof createNetworkService>;
