import type { Kysely } from 'kysely';

// Sign-in, invitations, sharing and direction (SECURITY.md, PRODUCT.md §1). Forward-only. Booleans
// are integers 0/1 and times ISO text, as everywhere here, so that rows read the same on both dialects.
export async function up(db: Kysely<unknown>): Promise<void> {
  // The second factor. The secret is set at enrolment and confirmed by a first code; until then
  // `totp_confirmed_at` is null and the secret counts for nothing. `totp_last_step` refuses a code
  // that was already used (replay).
  await db.schema.alterTable('accounts').addColumn('totp_secret', 'text').execute();
  await db.schema.alterTable('accounts').addColumn('totp_confirmed_at', 'text').execute();
  await db.schema.alterTable('accounts').addColumn('totp_last_step', 'bigint').execute();

  await db.schema
    .createTable('recovery_codes')
    .addColumn('code_hash', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('recovery_codes_account').on('recovery_codes').column('account_id').execute();

  // A session that has passed the password but not yet the second factor is `second_factor`; a
  // professional without a second factor is held at `enrolment` until they set one up. Only a
  // session at `active` is a signed-in person.
  await db.schema
    .alterTable('sessions')
    .addColumn('stage', 'text', (c) => c.notNull().defaultTo('active'))
    .execute();
  await db.schema
    .alterTable('sessions')
    .addColumn('second_factor_failures', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  // Brute-force limits, shared by every instance: failures per key (an account, an address, an
  // email address hash) within a window, and a lock until a time.
  await db.schema
    .createTable('sign_in_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('window_started_at', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .execute();

  // Invitation and password-reset links. Only the SHA-256 of the token is kept; a link is used once.
  await db.schema
    .createTable('account_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('created_by_account_id', 'text')
    .addColumn('on_behalf_of_account_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('account_tokens_account').on('account_tokens').column('account_id').execute();

  // Mail that Regie sent, kept only where there is no SMTP server (demo mode): the outbox page.
  await db.schema
    .createTable('outbox_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text_body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  // A relative's place in the client's circle can end; their sessions and links stop working then.
  await db.schema.alterTable('relatives').addColumn('ended_at', 'text').execute();

  // The client's sharing choices per member and data category. No row: the method's default
  // (src/domain/sharing.ts).
  await db.schema
    .createTable('sharing_settings')
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('relative_id', 'text', (c) => c.notNull().references('relatives.id'))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('shared', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by_account_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sharing_settings_pk', ['client_id', 'relative_id', 'category'])
    .execute();

  // Degrees of direction: the tasks the client lets their coordinator do on their behalf.
  await db.schema
    .createTable('delegations')
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('task', 'text', (c) => c.notNull())
    .addColumn('granted_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('delegations_pk', ['client_id', 'task'])
    .execute();
}
