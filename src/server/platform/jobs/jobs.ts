import type { Selectable } from 'kysely';
import type { Db, DbExecutor } from '../db/database.js';
import { dialectOf } from '../db/dialect.js';
import type { JobTable } from '../db/schema.js';
import { newId } from '../ids/ids.js';

// The durable job queue (STACK.md, scheduled work). A job is a row: enqueued inside the caller's
// transaction, claimed by one worker at a time under a lease, then done, retried later or failed.
// Delivery is at least once: a worker that dies after its handler's effect but before marking the
// job done leaves it to be taken again when the lease runs out. Handlers check before they act.

/** 'pending' waits for `run_at`; 'running' is leased to a worker; the other three are final. */
export type JobStatus = 'pending' | 'running' | 'done' | 'failed' | 'cancelled';

/** A job as a handler receives it. */
export interface Job {
  id: string;
  kind: string;
  payload: unknown;
  runAt: string;
  /** This claim's number, from 1: also the lease's fencing token. */
  attempts: number;
  maxAttempts: number;
  dedupeKey: string | null;
}

export interface EnqueueRequest {
  /** The handler's name, e.g. 'meeting.reminder'. */
  kind: string;
  /** JSON with ids only: no names, addresses or content (the table is not audited nor erased). */
  payload: unknown;
  /** Not before this moment. */
  runAt: Date;
  /** At most one job ever carries this key: a second enqueue returns the first job. */
  dedupeKey?: string;
  /** Claims before the job is given up as failed; 5 unless given. */
  maxAttempts?: number;
}

/**
 * Thrown by a handler to record a chosen code; `retry: false` fails the job at once (the meeting
 * is gone, the address bounced). Any other error is recorded by its `code`, or as 'handler_error'.
 */
export class JobError extends Error {
  readonly retry: boolean;
  constructor(
    readonly code: string,
    options: { retry?: boolean } = {},
  ) {
    super(`Job failed: ${code}`);
    this.name = 'JobError';
    this.retry = options.retry ?? true;
  }
}

/** Time as the queue sees it; tests pass a fixed clock. */
export type Clock = () => Date;
const systemClock: Clock = () => new Date();

export const defaultMaxAttempts = 5;
const kindPattern = /^[a-z][a-z0-9_.:-]{0,63}$/;
const maxPayloadLength = 4096;
const maxDedupeKeyLength = 200;

/**
 * Adds a job. Pass the caller's transaction so the job exists only if the caller's change commits.
 * With a `dedupeKey` already taken (by any job, finished or not), nothing is added and the existing
 * job's id is returned with `created: false`: asking twice for the same reminder is not an error.
 */
export async function enqueue(db: DbExecutor, request: EnqueueRequest): Promise<{ id: string; created: boolean }> {
  if (!kindPattern.test(request.kind)) throw new Error('A job kind is a short lower-case code');
  if (Number.isNaN(request.runAt.getTime())) throw new Error('A job needs a valid runAt');
  const payload = JSON.stringify(request.payload);
  // JSON.stringify gives undefined for undefined and functions, whatever its type says.
  if (typeof payload !== 'string' || payload.length > maxPayloadLength) throw new Error('A job payload is small JSON: ids only');
  const dedupeKey = request.dedupeKey ?? null;
  if (dedupeKey !== null && (dedupeKey.length === 0 || dedupeKey.length > maxDedupeKeyLength)) throw new Error('Bad dedupeKey');
  const maxAttempts = request.maxAttempts ?? defaultMaxAttempts;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new Error('maxAttempts is a whole number from 1');

  const id = newId();
  const now = new Date().toISOString();
  // ON CONFLICT DO NOTHING rather than catching the unique violation: on PostgreSQL a failed
  // statement aborts the caller's whole transaction. A concurrent enqueue of the same key waits for
  // the other transaction and then does nothing, so the key stays single.
  const inserted = await db
    .insertInto('jobs')
    .values({
      id,
      kind: request.kind,
      payload,
      status: 'pending',
      run_at: request.runAt.toISOString(),
      attempts: 0,
      max_attempts: maxAttempts,
      dedupe_key: dedupeKey,
      locked_by: null,
      locked_until: null,
      last_error: null,
      created_at: now,
      updated_at: now,
      finished_at: null,
    })
    .onConflict((conflict) => conflict.column('dedupe_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, created: true };
  const existing = await db.selectFrom('jobs').select('id').where('dedupe_key', '=', dedupeKey).executeTakeFirstOrThrow();
  return { id: existing.id, created: false };
}

/**
 * Cancels the pending job with this key (a meeting called off); a job already running or finished
 * is left alone. True when one was cancelled. Usable inside the caller's transaction.
 */
export async function cancelJob(db: DbExecutor, dedupeKey: string): Promise<boolean> {
  const now = new Date().toISOString();
  const result = await db
    .updateTable('jobs')
    .set({ status: 'cancelled', finished_at: now, updated_at: now })
    .where('dedupe_key', '=', dedupeKey)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Takes up again the cancelled job with this key, due at `runAt` with its attempts reset: a key is
 * unique for ever, so work asked for again under a key that was called off (a meeting moved away and
 * back) revives that job. True when one was. Usable inside the caller's transaction.
 */
export async function reviveJob(db: DbExecutor, dedupeKey: string, runAt: Date): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({
      status: 'pending',
      run_at: runAt.toISOString(),
      attempts: 0,
      last_error: null,
      locked_by: null,
      locked_until: null,
      finished_at: null,
      updated_at: new Date().toISOString(),
    })
    .where('dedupe_key', '=', dedupeKey)
    .where('status', '=', 'cancelled')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export interface ClaimOptions {
  workerId: string;
  /** Only these kinds: a worker takes only what it has a handler for. */
  kinds: readonly string[];
  /** How long the lease lasts; after it another worker may take the job. */
  leaseMs: number;
  limit?: number;
  now?: Clock;
}

/**
 * Leases up to `limit` due jobs to `workerId`: pending jobs whose time has come, and running jobs
 * whose lease ran out (their worker died) with attempts left. One statement: on PostgreSQL its
 * subquery locks the rows it picks with FOR UPDATE SKIP LOCKED, so concurrent workers pick different
 * jobs and never wait for each other; on SQLite the UPDATE takes the write lock before it reads (what
 * BEGIN IMMEDIATE would do), so claims from several connections take turns.
 */
export async function claimJobs(db: Db, options: ClaimOptions): Promise<Job[]> {
  if (options.kinds.length === 0) return [];
  const now = (options.now ?? systemClock)();
  const nowIso = now.toISOString();
  await failExhaustedLeases(db, nowIso);
  const onPostgres = dialectOf(db) === 'postgres';
  const rows = await db
    .with(
      (cte) => cte('claimable').materialized(),
      (query) =>
        query
          .selectFrom('jobs')
          .select('id')
          .where('kind', 'in', options.kinds)
          .where((eb) =>
            eb.or([
              eb.and([eb('status', '=', 'pending'), eb('run_at', '<=', nowIso)]),
              eb.and([
                eb('status', '=', 'running'),
                eb('locked_until', '<=', nowIso),
                eb('attempts', '<', eb.ref('max_attempts')),
              ]),
            ]),
          )
          .orderBy('run_at')
          .orderBy('id')
          .limit(options.limit ?? 1)
          .$if(onPostgres, (query) => query.forUpdate().skipLocked()),
    )
    .updateTable('jobs')
    .set((eb) => ({
      status: 'running',
      attempts: eb('attempts', '+', 1),
      locked_by: options.workerId,
      locked_until: new Date(now.getTime() + options.leaseMs).toISOString(),
      updated_at: nowIso,
    }))
    .where('id', 'in', (eb) => eb.selectFrom('claimable').select('claimable.id'))
    .returningAll()
    .execute();
  return rows.map(toJob).sort((a, b) => a.runAt.localeCompare(b.runAt) || a.id.localeCompare(b.id));
}

// A job whose worker died on its last attempt would otherwise stay 'running' for ever.
async function failExhaustedLeases(db: Db, nowIso: string): Promise<void> {
  await db
    .updateTable('jobs')
    .set({
      status: 'failed',
      last_error: 'lease_expired',
      locked_by: null,
      locked_until: null,
      finished_at: nowIso,
      updated_at: nowIso,
    })
    .where('status', '=', 'running')
    .where('locked_until', '<=', nowIso)
    .where((eb) => eb('attempts', '>=', eb.ref('max_attempts')))
    .execute();
}

/** Where a lease is still this worker's: same worker, same claim (attempt), still running. */
function leased(db: Db, job: Job, workerId: string) {
  return db
    .updateTable('jobs')
    .where('id', '=', job.id)
    .where('status', '=', 'running')
    .where('locked_by', '=', workerId)
    .where('attempts', '=', job.attempts);
}

/** Marks a leased job done. False when the lease was lost (expired and taken by another). */
export async function completeJob(db: Db, job: Job, workerId: string, now: Clock = systemClock): Promise<boolean> {
  const nowIso = now().toISOString();
  const result = await leased(db, job, workerId)
    .set({ status: 'done', locked_by: null, locked_until: null, finished_at: nowIso, updated_at: nowIso })
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Delay before attempt `attempts + 1`: 30 s, 1 min, 2 min, … up to an hour. */
export function defaultBackoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

/**
 * Records a failed attempt under its code: the job waits `backoffMs(attempts)` and is tried again,
 * or is failed for good when its attempts are used up or `retry` is false. Returns what became of
 * it, or 'lost' when the lease was no longer this worker's.
 */
export async function failJob(
  db: Db,
  job: Job,
  workerId: string,
  failure: { code: string; retry: boolean },
  options: { now?: Clock; backoffMs?: (attempts: number) => number } = {},
): Promise<'retry' | 'failed' | 'lost'> {
  const now = (options.now ?? systemClock)();
  const nowIso = now.toISOString();
  const final = !failure.retry || job.attempts >= job.maxAttempts;
  const runAt = new Date(now.getTime() + (options.backoffMs ?? defaultBackoffMs)(job.attempts)).toISOString();
  const result = await leased(db, job, workerId)
    .set(
      final
        ? {
            status: 'failed',
            last_error: failure.code,
            locked_by: null,
            locked_until: null,
            finished_at: nowIso,
            updated_at: nowIso,
          }
        : { status: 'pending', last_error: failure.code, locked_by: null, locked_until: null, run_at: runAt, updated_at: nowIso },
    )
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) return 'lost';
  return final ? 'failed' : 'retry';
}

/** Hands a leased job back untried (the worker is stopping): due at once, the attempt not counted. */
export async function releaseJob(db: Db, job: Job, workerId: string, now: Clock = systemClock): Promise<boolean> {
  const result = await leased(db, job, workerId)
    .set((eb) => ({
      status: 'pending',
      attempts: eb('attempts', '-', 1),
      locked_by: null,
      locked_until: null,
      updated_at: now().toISOString(),
    }))
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Extends a lease while its handler still works. False when the lease was lost. */
export async function extendLease(
  db: Db,
  job: Job,
  workerId: string,
  leaseMs: number,
  now: Clock = systemClock,
): Promise<boolean> {
  const at = now();
  const result = await leased(db, job, workerId)
    .set({ locked_until: new Date(at.getTime() + leaseMs).toISOString(), updated_at: at.toISOString() })
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** What is logged and stored of an error: its code if it has a plain one, never its message. */
export function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = error.code;
    if (typeof code === 'string' && /^[A-Za-z0-9_.:-]{1,64}$/.test(code)) return code;
  }
  return 'handler_error';
}

function toJob(row: Selectable<JobTable>): Job {
  return {
    id: row.id,
    kind: row.kind,
    payload: JSON.parse(row.payload) as unknown,
    runAt: row.run_at,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    dedupeKey: row.dedupe_key,
  };
}
