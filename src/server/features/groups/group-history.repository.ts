import type { DbExecutor } from '../../platform/db/database.js';

/** The group's history as it was written: phase moves, membership steps, and who took them. */
export function createGroupHistoryRepository(db: DbExecutor) {
  return {
    phaseChanges(groupId: string) {
      return db
        .selectFrom('group_phase_changes')
        .select(['id', 'from_phase', 'to_phase', 'changed_at', 'changed_by_account_id'])
        .where('group_id', '=', groupId)
        .execute();
    },

    memberEvents(groupId: string) {
      return db
        .selectFrom('member_events')
        .innerJoin('group_members', 'group_members.id', 'member_events.member_id')
        .select([
          'member_events.id as id',
          'member_events.member_id as memberId',
          'group_members.name as memberName',
          'member_events.from_status as fromStatus',
          'member_events.to_status as toStatus',
          'member_events.occurred_at as occurredAt',
          'member_events.by_account_id as byAccountId',
          'member_events.reason as reason',
        ])
        .where('member_events.group_id', '=', groupId)
        .execute();
    },

    /**
     * The names of the people behind these accounts as this client knows them: a professional, the
     * client themself, or a relative of this client.
     */
    async namesOf(clientId: string, accountIds: readonly string[]): Promise<Map<string, string>> {
      const names = new Map<string, string>();
      if (accountIds.length === 0) return names;
      const professionals = await db
        .selectFrom('professionals')
        .select(['account_id', 'name'])
        .where('account_id', 'in', accountIds)
        .execute();
      const clients = await db
        .selectFrom('clients')
        .select(['account_id', 'name'])
        .where('account_id', 'in', accountIds)
        .execute();
      const relatives = await db
        .selectFrom('relatives')
        .select(['account_id', 'name'])
        .where('client_id', '=', clientId)
        .where('account_id', 'in', accountIds)
        .orderBy('created_at')
        .execute();
      for (const row of [...relatives, ...clients, ...professionals])
        if (row.account_id !== null) names.set(row.account_id, row.name);
      return names;
    },
  };
}
