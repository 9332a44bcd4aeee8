import type { Selectable } from 'kysely';
import type { DbExecutor } from '../../platform/db/database.js';
import type { StartEvaluationTable } from '../../platform/db/schema.js';
import { nowIso } from '../../platform/ids/ids.js';

export type StartEvaluationRow = Selectable<StartEvaluationTable>;

// The start meeting's evaluation, and the group's checklist item it completes.
export function createStartEvaluationRepository(db: DbExecutor) {
  return {
    findStartEvaluation(meetingId: string): Promise<StartEvaluationRow | undefined> {
      return db
        .selectFrom('start_evaluations')
        .select([
          'meeting_id',
          'how_did_it_go',
          'what_to_keep',
          'what_to_change',
          'recorded_at',
          'recorded_by_account_id',
          'on_behalf_of_account_id',
        ])
        .where('meeting_id', '=', meetingId)
        .executeTakeFirst();
    },

    async saveStartEvaluation(row: StartEvaluationRow): Promise<void> {
      await db
        .insertInto('start_evaluations')
        .values(row)
        .onConflict((conflict) =>
          conflict.column('meeting_id').doUpdateSet({
            how_did_it_go: row.how_did_it_go,
            what_to_keep: row.what_to_keep,
            what_to_change: row.what_to_change,
            recorded_at: row.recorded_at,
            recorded_by_account_id: row.recorded_by_account_id,
            on_behalf_of_account_id: row.on_behalf_of_account_id,
          }),
        )
        .execute();
    },

    /** Ticks a manual item of the group's checklist; false when it was ticked already. */
    async tick(groupId: string, itemId: string, byAccountId: string): Promise<boolean> {
      const result = await db
        .insertInto('checklist_ticks')
        .values({ group_id: groupId, item_id: itemId, ticked_at: nowIso(), ticked_by_account_id: byAccountId })
        .onConflict((conflict) => conflict.columns(['group_id', 'item_id']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },
  };
}
