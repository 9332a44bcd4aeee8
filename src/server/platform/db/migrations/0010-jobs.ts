import type { Kysely } from 'kysely';

// The durable job table (STACK.md, scheduled work): work the system does later, such as a meeting's
// reminder. A job is a row, written in the transaction of the change that asks for it, so it exists
// only if that change committed, and a restart loses none. Workers claim a due job by setting a lease
// (`locked_by`, `locked_until`); a lease that runs out, because its worker died, lets another take
// the job again. `payload` is JSON holding ids only: this table is neither audited nor erased with a
// client's data, so it never holds names, addresses or content. `last_error` is a code, never a
// message. Forward-only.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    // 'pending' | 'running' | 'done' | 'failed' | 'cancelled' (platform/jobs/jobs.ts).
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('run_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('max_attempts', 'integer', (c) => c.notNull())
    // The same reminder is asked for once: a second job with this key is refused by the database.
    .addColumn('dedupe_key', 'text', (c) => c.unique())
    .addColumn('locked_by', 'text')
    .addColumn('locked_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  // Workers look for pending jobs that are due and running jobs whose lease ran out.
  await db.schema.createIndex('jobs_status_run_at').on('jobs').columns(['status', 'run_at']).execute();
}
