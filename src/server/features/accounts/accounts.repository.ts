import type { DbExecutor } from '../../platform/db/database.js';

export interface AccountForLogin {
  id: string;
  passwordHash: string | null;
  disabled: boolean;
}

export function createAccountsRepository(db: DbExecutor) {
  return {
    async findForLogin(email: string): Promise<AccountForLogin | undefined> {
      const row = await db
        .selectFrom('accounts')
        .select(['id', 'password_hash', 'disabled_at'])
        .where('email', '=', email)
        .executeTakeFirst();
      return row && { id: row.id, passwordHash: row.password_hash, disabled: row.disabled_at !== null };
    },

    async setLocale(accountId: string, locale: string): Promise<void> {
      await db.updateTable('accounts').set({ locale }).where('id', '=', accountId).execute();
    },

    async organisationAndTeam(organisationId: string, teamId: string | null) {
      const organisation = await db
        .selectFrom('organisations')
        .select(['id', 'name'])
        .where('id', '=', organisationId)
        .executeTakeFirstOrThrow();
      const team = teamId
        ? await db.selectFrom('teams').select(['id', 'name']).where('id', '=', teamId).executeTakeFirstOrThrow()
        : null;
      return { organisation, team };
    },

    async clientNames(clientIds: string[]) {
      if (clientIds.length === 0) return [];
      return db.selectFrom('clients').select(['id', 'name']).where('id', 'in', clientIds).orderBy('name').execute();
    },
  };
}
export type AccountsRepository = ReturnType<typeof createAccountsRepository>;
