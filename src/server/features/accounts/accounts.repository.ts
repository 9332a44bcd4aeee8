import type { DbExecutor } from '../../platform/db/database.js';

export interface AccountForLogin {
  id: string;
  kind: string;
  passwordHash: string | null;
  disabled: boolean;
  secondFactorConfirmed: boolean;
}

export interface SecondFactorState {
  secret: string | null;
  confirmed: boolean;
}

export function createAccountsRepository(db: DbExecutor) {
  return {
    async findForLogin(email: string): Promise<AccountForLogin | undefined> {
      const row = await db
        .selectFrom('accounts')
        .select(['id', 'kind', 'password_hash', 'disabled_at', 'totp_confirmed_at'])
        .where('email', '=', email)
        .executeTakeFirst();
      return (
        row && {
          id: row.id,
          kind: row.kind,
          passwordHash: row.password_hash,
          disabled: row.disabled_at !== null,
          secondFactorConfirmed: row.totp_confirmed_at !== null,
        }
      );
    },

    async passwordHashOf(accountId: string): Promise<string | null> {
      const row = await db.selectFrom('accounts').select('password_hash').where('id', '=', accountId).executeTakeFirst();
      return row?.password_hash ?? null;
    },

    async setPasswordHash(accountId: string, passwordHash: string): Promise<void> {
      await db.updateTable('accounts').set({ password_hash: passwordHash }).where('id', '=', accountId).execute();
    },

    async secondFactorOf(accountId: string): Promise<SecondFactorState> {
      const row = await db
        .selectFrom('accounts')
        .select(['totp_secret', 'totp_confirmed_at'])
        .where('id', '=', accountId)
        .executeTakeFirstOrThrow();
      return { secret: row.totp_secret, confirmed: row.totp_confirmed_at !== null && row.totp_secret !== null };
    },

    /** Stores a secret to be confirmed; never replaces a confirmed one. False when there was one. */
    async setUnconfirmedSecret(accountId: string, secret: string): Promise<boolean> {
      const result = await db
        .updateTable('accounts')
        .set({ totp_secret: secret, totp_last_step: null })
        .where('id', '=', accountId)
        .where('totp_confirmed_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    /** Confirms the secret set up, at the step of the code that confirmed it. False when already confirmed. */
    async confirmSecret(accountId: string, step: number, at: string): Promise<boolean> {
      const result = await db
        .updateTable('accounts')
        .set({ totp_confirmed_at: at, totp_last_step: step })
        .where('id', '=', accountId)
        .where('totp_confirmed_at', 'is', null)
        .where('totp_secret', 'is not', null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    /**
     * Claims a TOTP time step for the account: true only when it is newer than the last one used.
     * One conditional update, so that the same code sent twice at once is accepted once.
     */
    async claimTotpStep(accountId: string, step: number): Promise<boolean> {
      const result = await db
        .updateTable('accounts')
        .set({ totp_last_step: step })
        .where('id', '=', accountId)
        .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    /** Uses up a recovery code of the account: true when it existed and was not used before. */
    async useRecoveryCode(accountId: string, codeHash: string, at: string): Promise<boolean> {
      const result = await db
        .updateTable('recovery_codes')
        .set({ used_at: at })
        .where('code_hash', '=', codeHash)
        .where('account_id', '=', accountId)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    /** The old recovery codes stop working; the new ones (hashes) take their place. */
    async replaceRecoveryCodes(accountId: string, hashes: readonly string[], at: string): Promise<void> {
      await db.deleteFrom('recovery_codes').where('account_id', '=', accountId).execute();
      await db
        .insertInto('recovery_codes')
        .values(hashes.map((code_hash) => ({ code_hash, account_id: accountId, created_at: at, used_at: null })))
        .execute();
    },

    /** A professional of the organisation, or undefined for one elsewhere (or none). */
    async professionalInOrganisation(professionalId: string, organisationId: string) {
      return db
        .selectFrom('professionals')
        .select(['id', 'account_id as accountId'])
        .where('id', '=', professionalId)
        .where('organisation_id', '=', organisationId)
        .executeTakeFirst();
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
