import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from '../config.js';
import type { DatabaseSchema } from './schema.js';
import { withStatementCache } from './statement-cache.js';

export type Db = Kysely<DatabaseSchema>;
export type DbTransaction = Transaction<DatabaseSchema>;
/** Either the database or an open transaction: repositories accept both. */
export type DbExecutor = Db | DbTransaction;

/**
 * Opens the configured database. This file and the migrations' dialect helpers are the only places
 * that know which dialect runs.
 */
export function openDatabase(database: Database): Db {
  if (database.dialect === 'sqlite') {
    if (database.path !== ':memory:') mkdirSync(dirname(database.path), { recursive: true });
    const connection = new SqliteDatabase(database.path);
    // WAL with synchronous=FULL: a committed write survives a power cut (SECURITY.md, durability).
    connection.pragma('journal_mode = WAL');
    connection.pragma('synchronous = FULL');
    connection.pragma('foreign_keys = ON');
    connection.pragma('busy_timeout = 5000');
    return new Kysely<DatabaseSchema>({ dialect: new SqliteDialect({ database: withStatementCache(connection) }) });
  }
  const pool = new pg.Pool({ connectionString: database.url, max: 10 });
  // An idle connection the server ends (restart, failover, an administrator) is dropped from the pool
  // and replaced on the next query. Without a listener, pg would let that error end the process.
  pool.on('error', () => undefined);
  return new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
}

/** True when the database answers a trivial query. */
export async function isDatabaseReachable(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}

/** True when a write failed on a unique constraint, in either dialect. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const code = error.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
