import type { DbExecutor } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/ids/ids.js';

export interface VersionRow {
  number: number;
  changed_at: string;
  author_account_id: string;
  on_behalf_of_account_id: string | null;
  change: string;
  content: string;
}

export interface AdoptionRow {
  version: number;
  meeting_on: string;
  meeting_id: string | null;
  adopted_at: string;
}

/** The plan's versions (its content after each change) and its adoptions at meetings. Written once, never changed. */
export function createPlanVersionsRepository(db: DbExecutor) {
  return {
    async insertVersion(version: {
      planId: string;
      number: number;
      authorAccountId: string;
      onBehalfOfAccountId: string | null;
      change: string;
      content: string;
    }): Promise<void> {
      await db
        .insertInto('plan_versions')
        .values({
          id: newId(),
          plan_id: version.planId,
          number: version.number,
          changed_at: nowIso(),
          author_account_id: version.authorAccountId,
          on_behalf_of_account_id: version.onBehalfOfAccountId,
          change: version.change,
          content: version.content,
        })
        .execute();
    },

    listVersions(planId: string): Promise<VersionRow[]> {
      return db
        .selectFrom('plan_versions')
        .select(['number', 'changed_at', 'author_account_id', 'on_behalf_of_account_id', 'change', 'content'])
        .where('plan_id', '=', planId)
        .orderBy('number', 'desc')
        .execute();
    },

    findVersion(planId: string, number: number): Promise<VersionRow | undefined> {
      return db
        .selectFrom('plan_versions')
        .select(['number', 'changed_at', 'author_account_id', 'on_behalf_of_account_id', 'change', 'content'])
        .where('plan_id', '=', planId)
        .where('number', '=', number)
        .executeTakeFirst();
    },

    async insertAdoption(adoption: {
      planId: string;
      version: number;
      meetingOn: string;
      meetingId: string | null;
      byAccountId: string;
      onBehalfOfAccountId: string | null;
    }): Promise<AdoptionRow> {
      const row = {
        version: adoption.version,
        meeting_on: adoption.meetingOn,
        meeting_id: adoption.meetingId,
        adopted_at: nowIso(),
      };
      await db
        .insertInto('plan_adoptions')
        .values({
          id: newId(),
          plan_id: adoption.planId,
          ...row,
          adopted_by_account_id: adoption.byAccountId,
          on_behalf_of_account_id: adoption.onBehalfOfAccountId,
        })
        .execute();
      return row;
    },

    /** Every adoption, the newest first. */
    listAdoptions(planId: string): Promise<AdoptionRow[]> {
      return db
        .selectFrom('plan_adoptions')
        .select(['version', 'meeting_on', 'meeting_id', 'adopted_at'])
        .where('plan_id', '=', planId)
        .orderBy('adopted_at', 'desc')
        .orderBy('id')
        .execute();
    },
  };
}
export type PlanVersionsRepository = ReturnType<typeof createPlanVersionsRepository>;
