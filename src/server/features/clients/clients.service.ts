import {
  relationSchema,
  type Client,
  type ClientList,
  type CreateClientBody,
  type CreateRelativeBody,
  type EndRelativeBody,
  type RelativeRecord,
} from '../../../shared/clients.js';
import type { AuditLog } from '../../platform/audit/audit-log.js';
import type { Actor } from '../../platform/context.js';
import { isUniqueViolation, type Db, type DbTransaction } from '../../platform/db/database.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { nowIso } from '../../platform/ids/ids.js';
import { leaveGroupsOfEndedRelative } from '../groups/index.js';
import { canAddRelative, canDecideForThemself, canEndRelative, canRegisterClients, canSeeClient } from './clients.policy.js';
import { createClientsRepository, type ClientRow, type ClientsRepository, type RelativeRow } from './clients.repository.js';

function presentClient(actor: Actor, row: ClientRow): Client {
  const client = { id: row.id, teamId: row.teamId };
  return {
    id: row.id,
    name: row.name,
    team: { id: row.teamId, name: row.teamName },
    coordinator: { id: row.coordinatorId, name: row.coordinatorName },
    hasAccount: row.accountId !== null,
    abilities: {
      addRelative: canAddRelative(actor, client),
      manageSharing: canDecideForThemself(actor, row.id),
      manageDirection: canDecideForThemself(actor, row.id),
      endRelative: canEndRelative(actor, client),
    },
  };
}

function presentRelative(row: RelativeRow): RelativeRecord {
  return {
    id: row.id,
    clientId: row.client_id,
    name: row.name,
    email: row.email,
    relation: relationSchema.catch('other').parse(row.relation),
    hasAccount: row.account_id !== null,
    endedAt: row.ended_at,
  };
}

const emailTaken = () =>
  new ConflictError('email_in_use', 'This email address already has an account of another kind.', [
    { field: 'email', code: 'email_in_use', message: 'already has an account of another kind' },
  ]);

const relativeExists = () =>
  new ConflictError('relative_exists', 'This person is already a relative of this client.', [
    { field: 'email', code: 'relative_exists', message: 'is already a relative of this client' },
  ]);

/**
 * Adds a relative of the client inside the caller's transaction. A relative with an email address
 * gets an account (they set its password through their invitation), or keeps the relative account
 * they have: one person can be a relative of several clients. A unique violation (the same address
 * registered at the same moment) is the caller's to answer as `email_in_use`.
 */
export async function insertRelativeWithin(
  trx: DbTransaction,
  clientId: string,
  relative: { name: string; email: string | null; relation: string },
): Promise<RelativeRow> {
  const repository = createClientsRepository(trx);
  let accountId: string | null = null;
  if (relative.email) {
    const account = await repository.findAccountByEmail(relative.email);
    if (account && account.kind !== 'relative') throw emailTaken();
    if (account && (await repository.relativeExists(clientId, account.id))) throw relativeExists();
    accountId = account?.id ?? (await repository.insertAccount(relative.email, 'relative'));
  }
  return repository.insertRelative({
    clientId,
    name: relative.name,
    email: relative.email,
    relation: relative.relation,
    accountId,
  });
}

/**
 * Ends a relative's place inside the caller's transaction: from their next request on they see
 * nothing of this client, and their links stop working once no place is left. Returns when it ended.
 */
export async function endRelativePlace(
  trx: DbTransaction,
  relativeId: string,
  end: { byAccountId: string; reason: string | null },
): Promise<string> {
  const endedAt = nowIso();
  await createClientsRepository(trx).endRelative(relativeId, { endedAt, ...end });
  return endedAt;
}

// Every read and change of client data is logged (SECURITY.md, NEN 7513): changes inside their own
// transaction, reads before they are answered. Refusals are logged by platform/audit's route hook.
export function createClientsService(db: Db, audit: AuditLog) {
  const clients = createClientsRepository(db);

  /** The client, if the actor may see them; "not found" and "not yours" answer alike. */
  async function visibleClient(actor: Actor, clientId: string, repository: ClientsRepository = clients): Promise<ClientRow> {
    const row = await repository.findById(clientId);
    if (!row || !canSeeClient(actor, { id: row.id, teamId: row.teamId })) throw new NotFoundError();
    return row;
  }

  return {
    /** The clients of the professional's own team; one audit row per client shown. */
    async list(actor: Actor): Promise<ClientList> {
      const teamId = actor.professional?.teamId;
      const rows = teamId ? await clients.listByTeam(teamId) : [];
      await audit.record(
        actor,
        rows.map((row) => ({ action: 'read', dataCategory: 'client', clientId: row.id, objectId: row.id })),
      );
      return { clients: rows.map((row) => presentClient(actor, row)), abilities: { create: canRegisterClients(actor) } };
    },

    async get(actor: Actor, clientId: string): Promise<Client> {
      const row = await visibleClient(actor, clientId);
      await audit.record(actor, [{ action: 'read', dataCategory: 'client', clientId, objectId: clientId }]);
      return presentClient(actor, row);
    },

    /** Registers a client in the actor's team, with a coordinator of that team. */
    async create(actor: Actor, body: CreateClientBody): Promise<Client> {
      const teamId = actor.professional?.teamId;
      if (!teamId || !canRegisterClients(actor)) throw new ForbiddenError('Only professionals of a team can register clients.');
      const coordinatorId = body.coordinatorId ?? (actor.role === 'coordinator' ? actor.professional?.id : undefined);
      if (coordinatorId === undefined) {
        throw new ValidationError([
          { field: 'coordinatorId', code: 'required', message: 'choose the coordinator of this client' },
        ]);
      }
      try {
        const row = await db.transaction().execute(async (trx) => {
          const repository = createClientsRepository(trx);
          if (!(await repository.findCoordinatorInTeam(teamId, coordinatorId))) {
            throw new ValidationError([
              { field: 'coordinatorId', code: 'unknown_coordinator', message: 'is not a coordinator of your team' },
            ]);
          }
          let accountId: string | null = null;
          if (body.email) {
            if (await repository.findAccountByEmail(body.email)) throw emailTaken();
            accountId = await repository.insertAccount(body.email, 'client');
          }
          const clientId = await repository.insertClient({ name: body.name, teamId, coordinatorId, accountId });
          // Read back inside the transaction: the creator sees what they made, covered by the create row.
          const created = await visibleClient(actor, clientId, repository);
          await audit.append(trx, actor, [{ action: 'create', dataCategory: 'client', clientId, objectId: clientId }]);
          return created;
        });
        return presentClient(actor, row);
      } catch (error) {
        if (isUniqueViolation(error)) throw emailTaken();
        throw error;
      }
    },

    async listRelatives(actor: Actor, clientId: string): Promise<RelativeRecord[]> {
      await visibleClient(actor, clientId);
      const rows = await clients.listRelatives(clientId);
      await audit.record(actor, [{ action: 'read', dataCategory: 'relatives', clientId }]);
      return rows.map(presentRelative);
    },

    /**
     * Adds a relative of the client. A relative with an email address gets an account (they set
     * its password through their invitation); one person can be a relative of several clients.
     */
    async addRelative(actor: Actor, clientId: string, body: CreateRelativeBody): Promise<RelativeRecord> {
      try {
        return await db.transaction().execute(async (trx) => {
          const repository = createClientsRepository(trx);
          const client = await visibleClient(actor, clientId, repository);
          if (!canAddRelative(actor, { id: client.id, teamId: client.teamId })) throw new ForbiddenError();
          const row = await insertRelativeWithin(trx, clientId, {
            name: body.name,
            email: body.email ?? null,
            relation: body.relation,
          });
          await audit.append(trx, actor, [{ action: 'create', dataCategory: 'relatives', clientId, objectId: row.id }]);
          return presentRelative(row);
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw emailTaken();
        throw error;
      }
    },

    /**
     * Ends a relative's place in the client's circle. From their next request on they see nothing
     * of this client (their actor no longer names the client; with no other client, no actor at
     * all). Ending a place that has already ended changes nothing and answers it as it is, so that
     * a repeated click is harmless.
     */
    async endRelative(actor: Actor, clientId: string, relativeId: string, body: EndRelativeBody): Promise<RelativeRecord> {
      const outcome = await db.transaction().execute(async (trx) => {
        const repository = createClientsRepository(trx);
        const client = await visibleClient(actor, clientId, repository);
        if (!canEndRelative(actor, { id: client.id, teamId: client.teamId })) throw new ForbiddenError();
        const relative = await repository.findRelative(clientId, relativeId);
        if (!relative) throw new NotFoundError();
        if (relative.ended_at !== null) return { relative, changed: false };
        const reason = body.reason === undefined || body.reason === null || body.reason === '' ? null : body.reason;
        const endedAt = await endRelativePlace(trx, relativeId, { byAccountId: actor.accountId, reason });
        // Their place in the client's circle was what their membership of the group stood on.
        const left = await leaveGroupsOfEndedRelative(trx, relativeId, actor.accountId);
        await audit.append(trx, actor, [
          { action: 'update', dataCategory: 'relatives', clientId, objectId: relativeId },
          ...left.map((memberId) => ({ action: 'update', dataCategory: 'group', clientId, objectId: memberId }) as const),
        ]);
        return { relative: { ...relative, ended_at: endedAt }, changed: true };
      });
      if (!outcome.changed) {
        await audit.record(actor, [{ action: 'read', dataCategory: 'relatives', clientId, objectId: relativeId }]);
      }
      return presentRelative(outcome.relative);
    },
  };
}
export type ClientsService = ReturnType<typeof createClientsService>;
