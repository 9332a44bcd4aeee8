import type { DbExecutor } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/ids/ids.js';

export interface ClientRow {
  id: string;
  name: string;
  teamId: string;
  teamName: string;
  coordinatorId: string;
  coordinatorName: string;
  accountId: string | null;
}

export interface RelativeRow {
  id: string;
  client_id: string;
  name: string;
  email: string | null;
  relation: string;
  account_id: string | null;
  ended_at: string | null;
}

export function createClientsRepository(db: DbExecutor) {
  const relativeQuery = () =>
    db.selectFrom('relatives').select(['id', 'client_id', 'name', 'email', 'relation', 'account_id', 'ended_at']);

  const clientQuery = () =>
    db
      .selectFrom('clients')
      .innerJoin('teams', 'teams.id', 'clients.team_id')
      .innerJoin('professionals', 'professionals.id', 'clients.coordinator_id')
      .select([
        'clients.id as id',
        'clients.name as name',
        'clients.team_id as teamId',
        'teams.name as teamName',
        'clients.coordinator_id as coordinatorId',
        'professionals.name as coordinatorName',
        'clients.account_id as accountId',
      ]);

  return {
    listByTeam(teamId: string): Promise<ClientRow[]> {
      return clientQuery().where('clients.team_id', '=', teamId).orderBy('clients.name').execute();
    },

    findById(clientId: string): Promise<ClientRow | undefined> {
      return clientQuery().where('clients.id', '=', clientId).executeTakeFirst();
    },

    findCoordinatorInTeam(teamId: string, professionalId: string) {
      return db
        .selectFrom('professionals')
        .select(['id', 'name'])
        .where('id', '=', professionalId)
        .where('team_id', '=', teamId)
        .where('role', '=', 'coordinator')
        .executeTakeFirst();
    },

    async findAccountByEmail(email: string) {
      return db.selectFrom('accounts').select(['id', 'kind']).where('email', '=', email).executeTakeFirst();
    },

    async insertAccount(email: string, kind: 'client' | 'relative'): Promise<string> {
      const id = newId();
      await db
        .insertInto('accounts')
        .values({ id, email, password_hash: null, kind, locale: 'nl', disabled_at: null, created_at: nowIso() })
        .execute();
      return id;
    },

    async insertClient(client: { name: string; teamId: string; coordinatorId: string; accountId: string | null }): Promise<string> {
      const id = newId();
      await db
        .insertInto('clients')
        .values({
          id,
          name: client.name,
          team_id: client.teamId,
          coordinator_id: client.coordinatorId,
          account_id: client.accountId,
          created_at: nowIso(),
        })
        .execute();
      return id;
    },

    /** Relatives whose place is live first, then those whose place ended (most recent first). */
    async listRelatives(clientId: string): Promise<RelativeRow[]> {
      const rows = await relativeQuery().where('client_id', '=', clientId).orderBy('name').orderBy('created_at').execute();
      const live = rows.filter((row) => row.ended_at === null);
      const ended = rows.filter((row) => row.ended_at !== null).sort((a, b) => (b.ended_at ?? '').localeCompare(a.ended_at ?? ''));
      return [...live, ...ended];
    },

    findRelative(clientId: string, relativeId: string): Promise<RelativeRow | undefined> {
      return relativeQuery().where('client_id', '=', clientId).where('id', '=', relativeId).executeTakeFirst();
    },

    /** A live place only: someone whose place ended can be added again, as a new relative. */
    async relativeExists(clientId: string, accountId: string): Promise<boolean> {
      const row = await db
        .selectFrom('relatives')
        .select('id')
        .where('client_id', '=', clientId)
        .where('account_id', '=', accountId)
        .where('ended_at', 'is', null)
        .executeTakeFirst();
      return row !== undefined;
    },

    async endRelative(relativeId: string, end: { endedAt: string; byAccountId: string; reason: string | null }): Promise<void> {
      await db
        .updateTable('relatives')
        .set({ ended_at: end.endedAt, ended_by_account_id: end.byAccountId, ended_reason: end.reason })
        .where('id', '=', relativeId)
        .where('ended_at', 'is', null)
        .execute();
    },

    async insertRelative(relative: { clientId: string; name: string; email: string | null; relation: string; accountId: string | null }) {
      const row = {
        id: newId(),
        client_id: relative.clientId,
        name: relative.name,
        email: relative.email,
        relation: relative.relation,
        account_id: relative.accountId,
        created_at: nowIso(),
        ended_at: null,
      };
      await db.insertInto('relatives').values(row).execute();
      return row;
    },
  };
}
export type ClientsRepository = ReturnType<typeof createClientsRepository>;
