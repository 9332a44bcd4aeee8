import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../platform/db/database.js';
import { testDialect } from './test-database.js';

/**
 * Tables that legitimately change on a request that is refused: sessions are touched, refusals are
 * audited, failed attempts counted. "Nothing changed" means: nothing outside these.
 */
export const bookkeepingTables: readonly string[] = ['sessions', 'audit_events', 'audit_chain_head', 'sign_in_throttle'];

/**
 * A fingerprint of every row of every table but the ones named: equal fingerprints mean that
 * nothing was added, changed or removed. Rows are sorted here, so the order a database returns
 * them in does not matter. Meant for the small databases of tests.
 */
export async function databaseDigest(db: Db, except: readonly string[] = []): Promise<Record<string, string>> {
  const tables =
    testDialect() === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db)
      : await sql<{ name: string }>`select tablename as name from pg_tables where schemaname = current_schema()`.execute(db);
  const digest: Record<string, string> = {};
  for (const { name } of tables.rows.sort((a, b) => a.name.localeCompare(b.name))) {
    if (except.includes(name)) continue;
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(db);
    const lines = rows.rows
      .map((row) => JSON.stringify(row, (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value)))
      .sort();
    digest[name] = `${lines.length}:${createHash('sha256').update(lines.join('\n')).digest('hex')}`;
  }
  return digest;
}
