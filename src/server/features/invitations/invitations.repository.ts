import type { DbExecutor } from '../../platform/db/database.js';
import type { LinkPurpose } from './invitation-mail.js';

/** An account as an invitation or reset sees it. */
export interface AccountStanding {
  id: string;
  email: string;
  kind: string;
  locale: string;
  hasPassword: boolean;
  /** A confirmed second factor: whoever sets a password must still give it to sign in. */
  hasSecondFactor: boolean;
  disabled: boolean;
}

/** The person behind an account: what an invitation shows and the audit log records. */
export interface AccountPerson {
  name: string;
  role: string;
  organisationId: string | null;
  /** Set for a client: their own record. */
  clientId: string | null;
}

export interface TokenRow {
  id: string;
  accountId: string;
  purpose: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

interface AccountRow {
  id: string;
  email: string;
  kind: string;
  locale: string;
  password_hash: string | null;
  totp_confirmed_at: string | null;
  disabled_at: string | null;
}

const standing = (row: AccountRow): AccountStanding => ({
  id: row.id,
  email: row.email,
  kind: row.kind,
  locale: row.locale,
  hasPassword: row.password_hash !== null,
  hasSecondFactor: row.totp_confirmed_at !== null,
  disabled: row.disabled_at !== null,
});

export function createInvitationsRepository(db: DbExecutor) {
  const accountColumns = [
    'accounts.id',
    'accounts.email',
    'accounts.kind',
    'accounts.locale',
    'accounts.password_hash',
    'accounts.totp_confirmed_at',
    'accounts.disabled_at',
  ] as const;

  return {
    findClient(clientId: string) {
      return db
        .selectFrom('clients')
        .select(['id', 'team_id as teamId', 'account_id as accountId'])
        .where('id', '=', clientId)
        .executeTakeFirst();
    },

    findRelative(clientId: string, relativeId: string) {
      return db
        .selectFrom('relatives')
        .select(['id', 'account_id as accountId', 'ended_at as endedAt'])
        .where('client_id', '=', clientId)
        .where('id', '=', relativeId)
        .executeTakeFirst();
    },

    listRelatives(clientId: string) {
      return db
        .selectFrom('relatives')
        .select(['id', 'account_id as accountId', 'ended_at as endedAt'])
        .where('client_id', '=', clientId)
        .execute();
    },

    findProfessional(professionalId: string) {
      return db
        .selectFrom('professionals')
        .select(['id', 'organisation_id as organisationId', 'account_id as accountId'])
        .where('id', '=', professionalId)
        .executeTakeFirst();
    },

    async findAccount(accountId: string): Promise<AccountStanding | undefined> {
      const row = await db.selectFrom('accounts').select(accountColumns).where('id', '=', accountId).executeTakeFirst();
      return row && standing(row);
    },

    async findAccounts(accountIds: readonly string[]): Promise<AccountStanding[]> {
      if (accountIds.length === 0) return [];
      const rows = await db.selectFrom('accounts').select(accountColumns).where('id', 'in', accountIds).execute();
      return rows.map(standing);
    },

    async findAccountByEmail(email: string): Promise<AccountStanding | undefined> {
      const row = await db.selectFrom('accounts').select(accountColumns).where('email', '=', email).executeTakeFirst();
      return row && standing(row);
    },

    /**
     * The person an account belongs to, or undefined when it stands for nobody any more: a client
     * record gone, a professional removed, a relative whose every place in a client's circle ended.
     */
    async personOf(account: AccountStanding): Promise<AccountPerson | undefined> {
      if (account.kind === 'client') {
        const client = await db
          .selectFrom('clients')
          .select(['id', 'name'])
          .where('account_id', '=', account.id)
          .executeTakeFirst();
        return client && { name: client.name, role: 'client', organisationId: null, clientId: client.id };
      }
      if (account.kind === 'relative') {
        const relative = await db
          .selectFrom('relatives')
          .select('name')
          .where('account_id', '=', account.id)
          .where('ended_at', 'is', null)
          .orderBy('created_at')
          .executeTakeFirst();
        return relative && { name: relative.name, role: 'relative', organisationId: null, clientId: null };
      }
      if (account.kind === 'professional') {
        const professional = await db
          .selectFrom('professionals')
          .select(['name', 'role', 'organisation_id'])
          .where('account_id', '=', account.id)
          .executeTakeFirst();
        return (
          professional && {
            name: professional.name,
            role: professional.role,
            organisationId: professional.organisation_id,
            clientId: null,
          }
        );
      }
      return undefined;
    },

    async insertToken(row: {
      id: string;
      tokenHash: string;
      accountId: string;
      purpose: LinkPurpose;
      createdByAccountId: string | null;
      onBehalfOfAccountId: string | null;
      createdAt: string;
      expiresAt: string;
    }): Promise<void> {
      await db
        .insertInto('account_tokens')
        .values({
          id: row.id,
          token_hash: row.tokenHash,
          account_id: row.accountId,
          purpose: row.purpose,
          created_by_account_id: row.createdByAccountId,
          on_behalf_of_account_id: row.onBehalfOfAccountId,
          created_at: row.createdAt,
          expires_at: row.expiresAt,
          used_at: null,
        })
        .execute();
    },

    /** Takes back a link whose mail could not be sent, so that it does not replace the one before. */
    async deleteToken(id: string): Promise<void> {
      await db.deleteFrom('account_tokens').where('id', '=', id).where('used_at', 'is', null).execute();
    },

    findTokenByHash(tokenHash: string): Promise<TokenRow | undefined> {
      return db
        .selectFrom('account_tokens')
        .select([
          'id',
          'account_id as accountId',
          'purpose',
          'created_at as createdAt',
          'expires_at as expiresAt',
          'used_at as usedAt',
        ])
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
    },

    /** True when a later link of the same purpose was made for the account: only the newest works. */
    async isSuperseded(token: TokenRow): Promise<boolean> {
      const newer = await db
        .selectFrom('account_tokens')
        .select('id')
        .where('account_id', '=', token.accountId)
        .where('purpose', '=', token.purpose)
        .where((eb) =>
          eb.or([
            eb('created_at', '>', token.createdAt),
            eb.and([eb('created_at', '=', token.createdAt), eb('id', '>', token.id)]),
          ]),
        )
        .executeTakeFirst();
      return newer !== undefined;
    },

    /** Marks the link used; false when it already was (two tabs, or a replay). */
    async markUsed(tokenId: string, usedAt: string): Promise<boolean> {
      const result = await db
        .updateTable('account_tokens')
        .set({ used_at: usedAt })
        .where('id', '=', tokenId)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async setPassword(accountId: string, passwordHash: string): Promise<void> {
      await db.updateTable('accounts').set({ password_hash: passwordHash }).where('id', '=', accountId).execute();
    },

    /** Per account: until when its newest unused, unexpired invitation works. */
    async openInvitations(accountIds: readonly string[], now: string): Promise<Map<string, string>> {
      if (accountIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('account_tokens')
        .select(['account_id', (eb) => eb.fn.max('expires_at').as('expires_at')])
        .where('account_id', 'in', accountIds)
        .where('purpose', '=', 'invitation')
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .groupBy('account_id')
        .execute();
      return new Map(rows.map((row) => [row.account_id, row.expires_at]));
    },
  };
}
export type InvitationsRepository = ReturnType<typeof createInvitationsRepository>;
