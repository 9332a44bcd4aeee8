import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect.js';

// The audit log (NEN 7513, SECURITY.md). Append-only: triggers refuse UPDATE and DELETE (and
// TRUNCATE on PostgreSQL), so that not even a bug or a careless script in the app can change it; each
// row carries the SHA-256 of the previous one, so that a change made below the triggers (by whoever
// can disable them) shows up in `npm run audit:verify`.
//
// Forward-only, and frozen once released: the hash covers these columns, so their meaning never
// changes.

const genesisHash = '0'.repeat(64);
const refusal = 'audit_events is append-only: rows cannot be changed or removed';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('audit_events')
    // The chain order. Assigned by the app under the chain-head lock, so it has no gaps: a missing
    // number is a removed row. bigint: a busy region writes billions of rows within the retention.
    .addColumn('sequence', 'bigint', (c) => c.primaryKey())
    // A random UUID like every id here. Not given a unique index: its keys land on random pages, and
    // measured on SQLite that index alone made a group commit of 180 rows four times as slow.
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    // No foreign keys: the log must outlive the rows it mentions, and record attempts on ids that
    // do not exist.
    .addColumn('actor_account_id', 'text')
    .addColumn('actor_role', 'text')
    .addColumn('actor_organisation_id', 'text')
    .addColumn('on_behalf_of_account_id', 'text')
    .addColumn('client_id', 'text')
    .addColumn('data_category', 'text', (c) => c.notNull())
    .addColumn('object_id', 'text')
    .addColumn('network_address', 'text')
    .addColumn('request_id', 'text')
    .addColumn('previous_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'audit_events_action',
      sql`action in ('create', 'read', 'update', 'delete', 'export', 'sign_in', 'sign_in_failed', 'sign_out', 'access_refused')`,
    )
    .addCheckConstraint('audit_events_outcome', sql`outcome in ('success', 'refused', 'failed')`)
    .execute();
  // "Who looked at my data?" and "what did this professional do?", newest first.
  await db.schema.createIndex('audit_events_client').on('audit_events').columns(['client_id', 'sequence']).execute();
  await db.schema.createIndex('audit_events_actor').on('audit_events').columns(['actor_account_id', 'sequence']).execute();

  // One row: the end of the chain. Appends lock it, so that instances never chain onto the same row.
  await db.schema
    .createTable('audit_chain_head')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('last_sequence', 'bigint', (c) => c.notNull())
    .addColumn('last_hash', 'text', (c) => c.notNull())
    .execute();
  await sql`insert into audit_chain_head (id, last_sequence, last_hash) values (1, 0, ${genesisHash})`.execute(db);

  if (dialectOf(db) === 'postgres') {
    await sql
      .raw(
        `create function audit_append_only() returns trigger language plpgsql as $$
         begin
           raise exception '% is append-only: rows cannot be changed or removed', tg_table_name
             using errcode = 'insufficient_privilege';
         end $$`,
      )
      .execute(db);
    await sql`create trigger audit_events_append_only before update or delete on audit_events for each row execute function audit_append_only()`.execute(
      db,
    );
    await sql`create trigger audit_events_no_truncate before truncate on audit_events for each statement execute function audit_append_only()`.execute(
      db,
    );
    // The head may only move forward; removing it or winding it back would hide removed rows.
    await sql
      .raw(
        `create function audit_chain_head_forward() returns trigger language plpgsql as $$
         begin
           if tg_op <> 'UPDATE' or new.last_sequence < old.last_sequence then
             raise exception 'audit_chain_head only moves forward' using errcode = 'insufficient_privilege';
           end if;
           return new;
         end $$`,
      )
      .execute(db);
    await sql`create trigger audit_chain_head_forward before update or delete on audit_chain_head for each row execute function audit_chain_head_forward()`.execute(
      db,
    );
    await sql`create trigger audit_chain_head_no_truncate before truncate on audit_chain_head for each statement execute function audit_append_only()`.execute(
      db,
    );
  } else {
    await sql
      .raw(`create trigger audit_events_no_update before update on audit_events begin select raise(abort, '${refusal}'); end`)
      .execute(db);
    await sql
      .raw(`create trigger audit_events_no_delete before delete on audit_events begin select raise(abort, '${refusal}'); end`)
      .execute(db);
    await sql
      .raw(
        `create trigger audit_chain_head_forward before update on audit_chain_head
         when new.last_sequence < old.last_sequence begin select raise(abort, 'audit_chain_head only moves forward'); end`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger audit_chain_head_no_delete before delete on audit_chain_head begin select raise(abort, 'audit_chain_head only moves forward'); end`,
      )
      .execute(db);
  }
}
