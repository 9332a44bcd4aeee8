import type { Selectable } from 'kysely';
import type { DbExecutor } from '../../platform/db/database.js';
import type { QualityActionTable } from '../../platform/db/schema.js';
import { newId, nowIso } from '../../platform/ids/ids.js';

/** An action with the names of its owner and of whoever wrote it first and last. */
export type QualityActionRow = Selectable<QualityActionTable> & {
  ownerName: string | null;
  createdByName: string | null;
  updatedByName: string | null;
};

/** What a body sets of an action: everything but its team and its history. */
export type QualityActionValues = Pick<
  QualityActionTable,
  'theme' | 'what' | 'why' | 'owner_professional_id' | 'due_on' | 'check_result' | 'checked_on' | 'decision' | 'decision_note'
>;

export function createQualityActionsRepository(db: DbExecutor) {
  const actions = () =>
    db
      .selectFrom('quality_actions as q')
      .leftJoin('professionals as owner', 'owner.id', 'q.owner_professional_id')
      .leftJoin('professionals as creator', 'creator.account_id', 'q.created_by_account_id')
      .leftJoin('professionals as updater', 'updater.account_id', 'q.updated_by_account_id')
      .selectAll('q')
      .select(['owner.name as ownerName', 'creator.name as createdByName', 'updater.name as updatedByName']);

  return {
    /** The team's actions, newest first. */
    list(teamId: string): Promise<QualityActionRow[]> {
      return actions().where('q.team_id', '=', teamId).orderBy('q.created_at', 'desc').orderBy('q.id').execute();
    },

    /** An action of this team; another team's is not found here. */
    find(teamId: string, actionId: string): Promise<QualityActionRow | undefined> {
      return actions().where('q.team_id', '=', teamId).where('q.id', '=', actionId).executeTakeFirst();
    },

    /** The professionals of the team, by name: who may own an action. */
    listTeamProfessionals(teamId: string): Promise<{ id: string; name: string }[]> {
      return db
        .selectFrom('professionals')
        .select(['id', 'name'])
        .where('team_id', '=', teamId)
        .orderBy('name')
        .orderBy('id')
        .execute();
    },

    async insert(teamId: string, values: QualityActionValues, byAccountId: string): Promise<string> {
      const id = newId();
      const now = nowIso();
      await db
        .insertInto('quality_actions')
        .values({
          id,
          team_id: teamId,
          ...values,
          created_at: now,
          created_by_account_id: byAccountId,
          updated_at: now,
          updated_by_account_id: byAccountId,
        })
        .execute();
      return id;
    },

    async update(teamId: string, actionId: string, values: QualityActionValues, byAccountId: string): Promise<void> {
      await db
        .updateTable('quality_actions')
        .set({ ...values, updated_at: nowIso(), updated_by_account_id: byAccountId })
        .where('team_id', '=', teamId)
        .where('id', '=', actionId)
        .execute();
    },
  };
}
export type QualityActionsRepository = ReturnType<typeof createQualityActionsRepository>;
