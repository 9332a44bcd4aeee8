import { PostgresAdapter, type Kysely } from 'kysely';

/**
 * Which dialect a Kysely instance (or transaction) runs on, for the few places that must write
 * dialect-specific SQL: migrations (triggers) and nothing else so far. Everything else stays portable.
 */
export function dialectOf<Schema>(db: Kysely<Schema>): 'sqlite' | 'postgres' {
  // getExecutor() is marked internal in Kysely's types but is the one way to reach the adapter.
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
