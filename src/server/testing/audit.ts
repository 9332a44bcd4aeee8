import { sql } from 'kysely';
import type { Db } from '../platform/db/database.js';
import { testDialect } from './test-database.js';

/** The sequence number of the newest audit row, to look at what a test step added after it. */
export async function lastAuditSequence(db: Db): Promise<number> {
  const head = await db.selectFrom('audit_chain_head').select('last_sequence').executeTakeFirstOrThrow();
  return Number(head.last_sequence);
}

/** The audit rows written after `sequence`, oldest first, with the sequence as a number. */
export async function auditRowsAfter(db: Db, sequence: number) {
  const rows = await db.selectFrom('audit_events').selectAll().where('sequence', '>', sequence).orderBy('sequence').execute();
  return rows.map((row) => ({ ...row, sequence: Number(row.sequence) }));
}

/**
 * Runs raw SQL below the append-only triggers, as a database administrator could: on PostgreSQL by
 * disabling the table's triggers, on SQLite by dropping them (the test database is thrown away after).
 */
export async function asDatabaseAdministrator(db: Db, work: () => Promise<void>): Promise<void> {
  if (testDialect() === 'postgres') {
    await sql`alter table audit_events disable trigger user`.execute(db);
    await sql`alter table audit_chain_head disable trigger user`.execute(db);
    try {
      await work();
    } finally {
      await sql`alter table audit_events enable trigger user`.execute(db);
      await sql`alter table audit_chain_head enable trigger user`.execute(db);
    }
    return;
  }
  for (const trigger of [
    'audit_events_no_update',
    'audit_events_no_delete',
    'audit_chain_head_forward',
    'audit_chain_head_no_delete',
  ]) {
    await sql`drop trigger if exists ${sql.id(trigger)}`.execute(db);
  }
  await work();
}
