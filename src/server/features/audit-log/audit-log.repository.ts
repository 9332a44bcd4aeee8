import type { DbExecutor } from '../../platform/db/database.js';

export interface AuditEventFilter {
  /** ISO instants: from included, until excluded. */
  from?: string;
  until?: string;
  /** Only events before this sequence number (the previous page's last). */
  before?: number;
  limit: number;
}

// Reading only: the audit log has no update or delete path in the app (and the database refuses them).
export function createAuditLogRepository(db: DbExecutor) {
  const events = (filter: AuditEventFilter) => {
    let query = db
      .selectFrom('audit_events')
      .select([
        'sequence',
        'id',
        'occurred_at',
        'action',
        'outcome',
        'actor_account_id',
        'actor_role',
        'actor_organisation_id',
        'on_behalf_of_account_id',
        'data_category',
      ]);
    if (filter.from !== undefined) query = query.where('occurred_at', '>=', filter.from);
    if (filter.until !== undefined) query = query.where('occurred_at', '<', filter.until);
    if (filter.before !== undefined) query = query.where('sequence', '<', filter.before);
    return query.orderBy('sequence', 'desc').limit(filter.limit);
  };

  return {
    /** Events concerning one client, newest first. */
    concerningClient(clientId: string, filter: AuditEventFilter) {
      return events(filter).where('client_id', '=', clientId).execute();
    },

    /** Events done by one account, newest first. */
    byAccount(accountId: string, filter: AuditEventFilter) {
      return events(filter).where('actor_account_id', '=', accountId).execute();
    },

    findProfessional(professionalId: string) {
      return db
        .selectFrom('professionals')
        .select(['id', 'account_id', 'organisation_id'])
        .where('id', '=', professionalId)
        .executeTakeFirst();
    },

    /**
     * Today's names of the accounts in a page (the name lives on the professional, client or relative
     * record). Professionals are named. A client or relative is named only in the log of the client
     * they are or belong to: anywhere else their name would tell that they are someone's client or
     * relative, which is client data in its own right.
     */
    async accountNames(accountIds: string[], clientId?: string): Promise<Map<string, string>> {
      const names = new Map<string, string>();
      if (accountIds.length === 0) return names;
      const [professionals, clients, relatives] = await Promise.all([
        db.selectFrom('professionals').select(['account_id', 'name']).where('account_id', 'in', accountIds).execute(),
        clientId === undefined
          ? []
          : db
              .selectFrom('clients')
              .select(['account_id', 'name'])
              .where('id', '=', clientId)
              .where('account_id', 'in', accountIds)
              .execute(),
        clientId === undefined
          ? []
          : db
              .selectFrom('relatives')
              .select(['account_id', 'name'])
              .where('client_id', '=', clientId)
              .where('account_id', 'in', accountIds)
              .execute(),
      ]);
      for (const row of [...relatives, ...clients, ...professionals]) {
        if (row.account_id !== null) names.set(row.account_id, row.name);
      }
      return names;
    },

    async organisationNames(organisationIds: string[]): Promise<Map<string, string>> {
      if (organisationIds.length === 0) return new Map();
      const rows = await db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', organisationIds).execute();
      return new Map(rows.map((row) => [row.id, row.name]));
    },
  };
}
export type AuditLogRepository = ReturnType<typeof createAuditLogRepository>;
