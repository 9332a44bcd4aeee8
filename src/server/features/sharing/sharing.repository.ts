import type { DelegableTask } from '../../../domain/direction.js';
import { isSharingCategory, type SharingCategory, type SharingChoice } from '../../../domain/sharing.js';
import type { DbExecutor } from '../../platform/db/database.js';

/** The client as sharing and direction need them: whose team, whose coordinator, with an account or not. */
export interface ClientScope {
  id: string;
  name: string;
  teamId: string;
  coordinatorId: string;
  coordinatorName: string;
  accountId: string | null;
}

export interface LiveRelative {
  id: string;
  name: string;
  relation: string;
}

// Nothing here is cached: a change of consent or of a relative's place must count from the very next
// request, on whichever instance serves it (SECURITY.md, "Access control").
export function createSharingRepository(db: DbExecutor) {
  const liveRelatives = (clientId: string) =>
    db.selectFrom('relatives').select(['id', 'name', 'relation']).where('client_id', '=', clientId).where('ended_at', 'is', null);

  const delegatedTasks = async (clientId: string): Promise<string[]> => {
    const rows = await db.selectFrom('delegations').select('task').where('client_id', '=', clientId).execute();
    return rows.map((row) => row.task);
  };

  return {
    findClient(clientId: string): Promise<ClientScope | undefined> {
      return db
        .selectFrom('clients')
        .innerJoin('professionals', 'professionals.id', 'clients.coordinator_id')
        .select([
          'clients.id as id',
          'clients.name as name',
          'clients.team_id as teamId',
          'clients.coordinator_id as coordinatorId',
          'professionals.name as coordinatorName',
          'clients.account_id as accountId',
        ])
        .where('clients.id', '=', clientId)
        .executeTakeFirst();
    },

    listLiveRelatives(clientId: string): Promise<LiveRelative[]> {
      return liveRelatives(clientId).orderBy('name').orderBy('created_at').execute();
    },

    findLiveRelative(clientId: string, relativeId: string): Promise<LiveRelative | undefined> {
      return liveRelatives(clientId).where('id', '=', relativeId).executeTakeFirst();
    },

    /** The live place of the person behind `accountId` among the client's relatives, if any. */
    findLiveRelativeByAccount(clientId: string, accountId: string): Promise<LiveRelative | undefined> {
      return liveRelatives(clientId).where('account_id', '=', accountId).executeTakeFirst();
    },

    /** The client's stored choices for these relatives, by relative. Unknown categories are ignored. */
    async choicesFor(clientId: string, relativeIds: readonly string[]): Promise<Map<string, SharingChoice[]>> {
      const byRelative = new Map<string, SharingChoice[]>(relativeIds.map((id) => [id, []]));
      if (relativeIds.length === 0) return byRelative;
      const rows = await db
        .selectFrom('sharing_settings')
        .select(['relative_id', 'category', 'shared'])
        .where('client_id', '=', clientId)
        .where('relative_id', 'in', relativeIds)
        .execute();
      for (const row of rows) {
        if (isSharingCategory(row.category)) byRelative.get(row.relative_id)?.push({ category: row.category, shared: row.shared === 1 });
      }
      return byRelative;
    },

    async saveChoice(choice: { clientId: string; relativeId: string; category: SharingCategory; shared: boolean; byAccountId: string; at: string }) {
      const values = { shared: choice.shared ? 1 : 0, updated_at: choice.at, updated_by_account_id: choice.byAccountId };
      await db
        .insertInto('sharing_settings')
        .values({ client_id: choice.clientId, relative_id: choice.relativeId, category: choice.category, ...values })
        .onConflict((conflict) => conflict.columns(['client_id', 'relative_id', 'category']).doUpdateSet(values))
        .execute();
    },

    delegatedTasks,

    /** Switches on exactly `tasks`; a task that stays on keeps the time it was first granted. */
    async replaceDelegations(clientId: string, tasks: readonly DelegableTask[], at: string): Promise<void> {
      const current = new Set(await delegatedTasks(clientId));
      const off = [...current].filter((task) => !(tasks as readonly string[]).includes(task));
      if (off.length > 0) await db.deleteFrom('delegations').where('client_id', '=', clientId).where('task', 'in', off).execute();
      const on = tasks.filter((task) => !current.has(task));
      if (on.length > 0) {
        await db
          .insertInto('delegations')
          .values(on.map((task) => ({ client_id: clientId, task, granted_at: at })))
          .execute();
      }
    },
  };
}
export type SharingRepository = ReturnType<typeof createSharingRepository>;
