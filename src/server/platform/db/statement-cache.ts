import type { Database as SqliteConnection, Statement } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

const defaultLimit = 500;

/**
 * Gives Kysely a connection that prepares each SQL text once. Preparing costs more than running a
 * simple lookup, and Kysely prepares for every query. It holds SQL and compiled statements, never
 * data. Kysely's SQLite driver runs one query at a time on its one connection, so a statement is
 * never in use twice at once. The oldest statements are dropped past `limit`, for queries whose text
 * varies (lists of different lengths).
 */
export function withStatementCache(connection: SqliteConnection, limit = defaultLimit): SqliteDatabase {
  const statements = new Map<string, Statement>();
  return {
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (statement === undefined) {
        statement = connection.prepare(sql);
        statements.set(sql, statement);
        if (statements.size > limit) statements.delete(statements.keys().next().value ?? sql);
      }
      return statement;
    },
    close() {
      statements.clear();
      connection.close();
    },
  };
}
