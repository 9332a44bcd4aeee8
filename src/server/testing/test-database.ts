import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Database } from '../platform/config.js';
import { openDatabase, type Db } from '../platform/db/database.js';
import { migrateToLatest } from '../platform/db/migrate.js';

export interface TestDatabase {
  db: Db;
  database: Database;
  /** Closes the connection and removes the database. */
  drop(): Promise<void>;
}

/** The dialect an integration test runs on, chosen by the vitest project (sqlite or postgres). */
export function testDialect(): 'sqlite' | 'postgres' {
  return process.env.REGIE_TEST_DIALECT === 'postgres' ? 'postgres' : 'sqlite';
}

/**
 * A fresh, migrated database of its own for one test file: a SQLite file in a temporary folder, or
 * a new PostgreSQL database on the server named by TEST_POSTGRES_URL, dropped afterwards.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (testDialect() === 'sqlite') {
    const folder = mkdtempSync(join(tmpdir(), 'regie-test-'));
    const database: Database = { dialect: 'sqlite', path: join(folder, 'regie.sqlite') };
    const db = openDatabase(database);
    await migrateToLatest(db);
    return {
      db,
      database,
      drop: async () => {
        await closeQuietly(db);
        rmSync(folder, { recursive: true, force: true });
      },
    };
  }

  const serverUrl = process.env.TEST_POSTGRES_URL;
  if (!serverUrl) throw new Error('TEST_POSTGRES_URL is not set; e.g. TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres');
  const name = `regie_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database: Database = { dialect: 'postgres', url: url.toString() };
  const db = openDatabase(database);
  await migrateToLatest(db);
  return {
    db,
    database,
    drop: async () => {
      await closeQuietly(db);
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

// A test may have closed the connection itself (to see how Regie copes); removal must still happen.
async function closeQuietly(db: Db): Promise<void> {
  try {
    await db.destroy();
  } catch {
    // already closed
  }
}
