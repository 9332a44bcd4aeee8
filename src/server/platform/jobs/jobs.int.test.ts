import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDialect, type TestDatabase } from '../../testing/test-database.js';
import { openDatabase, type Db } from '../db/database.js';
import { newId } from '../ids/ids.js';
import { createJobWorker, runDue, type JobHandler } from './job-worker.js';
import { cancelJob, claimJobs, completeJob, defaultBackoffMs, enqueue, JobError, reviveJob } from './jobs.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

// Every test uses kinds of its own, so jobs left by one test are never claimed by another.
const kindFor = (name: string) => `test.${name}.${newId().slice(0, 8)}`;
const clock = (date: Date) => () => date;
const later = (date: Date, ms: number) => new Date(date.getTime() + ms);

function counting(): { handler: JobHandler; calls: Map<string, number>; payloads: unknown[] } {
  const calls = new Map<string, number>();
  const payloads: unknown[] = [];
  return {
    calls,
    payloads,
    handler: async (job) => {
      calls.set(job.id, (calls.get(job.id) ?? 0) + 1);
      payloads.push(job.payload);
    },
  };
}

const jobRow = (db: Db, id: string) => db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('the job queue', () => {
  it('runs a due job once and marks it done; a job not yet due waits', async () => {
    const kind = kindFor('once');
    const { handler, calls, payloads } = counting();
    const now = new Date();
    const { id, created } = await enqueue(t.db, { kind, payload: { meetingId: 'meeting-1' }, runAt: later(now, 60_000) });
    expect(created).toBe(true);

    expect(await runDue({ db: t.db, handlers: { [kind]: handler }, now: clock(now) })).toEqual([]);
    expect(await runDue({ db: t.db, handlers: { [kind]: handler }, now: clock(later(now, 60_000)) })).toEqual(['done']);
    expect(await runDue({ db: t.db, handlers: { [kind]: handler }, now: clock(later(now, 120_000)) })).toEqual([]);

    expect(calls.get(id)).toBe(1);
    expect(payloads).toEqual([{ meetingId: 'meeting-1' }]);
    expect(await jobRow(t.db, id)).toMatchObject({ status: 'done', attempts: 1, locked_by: null, last_error: null });
    expect((await jobRow(t.db, id)).finished_at).not.toBeNull();
  });

  it('never runs a job enqueued in a transaction that rolled back', async () => {
    const kind = kindFor('rollback');
    const { handler, calls } = counting();
    await expect(
      t.db.transaction().execute(async (trx) => {
        await enqueue(trx, { kind, payload: {}, runAt: new Date() });
        throw new Error('the caller’s change failed');
      }),
    ).rejects.toThrow();
    expect(await runDue({ db: t.db, handlers: { [kind]: handler } })).toEqual([]);
    expect(calls.size).toBe(0);
    expect(await t.db.selectFrom('jobs').select('id').where('kind', '=', kind).execute()).toEqual([]);
  });

  it('retries a failing job with growing backoff, then marks it failed with a code and no message', async () => {
    const kind = kindFor('failing');
    let calls = 0;
    const handlers = {
      [kind]: async () => {
        calls += 1;
        // A message that must never reach the database or the log.
        throw Object.assign(new Error('could not mail jan@example.org about his relapse'), { code: 'ECONNREFUSED' });
      },
    };
    const start = new Date();
    const { id } = await enqueue(t.db, { kind, payload: {}, runAt: start, maxAttempts: 3 });

    expect(await runDue({ db: t.db, handlers, now: clock(start) })).toEqual(['retry']);
    const first = await jobRow(t.db, id);
    expect(first).toMatchObject({ status: 'pending', attempts: 1, last_error: 'ECONNREFUSED' });
    expect(first.run_at).toBe(later(start, defaultBackoffMs(1)).toISOString());
    // Not again before the backoff has passed.
    expect(await runDue({ db: t.db, handlers, now: clock(later(start, defaultBackoffMs(1) - 1)) })).toEqual([]);

    const second = later(start, defaultBackoffMs(1));
    expect(await runDue({ db: t.db, handlers, now: clock(second) })).toEqual(['retry']);
    expect((await jobRow(t.db, id)).run_at).toBe(later(second, defaultBackoffMs(2)).toISOString());
    expect(defaultBackoffMs(2)).toBeGreaterThan(defaultBackoffMs(1));

    expect(await runDue({ db: t.db, handlers, now: clock(later(second, defaultBackoffMs(2))) })).toEqual(['failed']);
    const row = await jobRow(t.db, id);
    expect(row).toMatchObject({ status: 'failed', attempts: 3, last_error: 'ECONNREFUSED', locked_by: null });
    expect(JSON.stringify(row)).not.toContain('jan@example.org');
    expect(calls).toBe(3);
    // A failed job stays failed.
    expect(await runDue({ db: t.db, handlers, now: clock(later(start, 86_400_000)) })).toEqual([]);
  });

  it('fails at once on a JobError without retry, and records an error without a plain code as handler_error', async () => {
    const kind = kindFor('final');
    const plainKind = kindFor('plain');
    const handlers = {
      [kind]: () => Promise.reject(new JobError('meeting_gone', { retry: false })),
      [plainKind]: () => Promise.reject(new Error('Bad thing with Fatima’s plan')),
    };
    const { id } = await enqueue(t.db, { kind, payload: {}, runAt: new Date() });
    const plain = await enqueue(t.db, { kind: plainKind, payload: {}, runAt: new Date() });
    expect((await runDue({ db: t.db, handlers })).sort()).toEqual(['failed', 'retry']);
    expect(await jobRow(t.db, id)).toMatchObject({ status: 'failed', attempts: 1, last_error: 'meeting_gone' });
    expect(await jobRow(t.db, plain.id)).toMatchObject({ status: 'pending', last_error: 'handler_error' });
  });

  it('refuses a second job with the same dedupeKey and returns the first, also inside a transaction', async () => {
    const kind = kindFor('dedupe');
    const key = `meeting-reminder:${newId()}`;
    const first = await enqueue(t.db, { kind, payload: { n: 1 }, runAt: new Date(), dedupeKey: key });
    // In a transaction that goes on to commit more: the conflict must not spoil it (PostgreSQL).
    const second = await t.db.transaction().execute(async (trx) => {
      const again = await enqueue(trx, { kind, payload: { n: 2 }, runAt: new Date(), dedupeKey: key });
      await enqueue(trx, { kind, payload: { n: 3 }, runAt: new Date(), dedupeKey: `${key}:other` });
      return again;
    });
    expect(first.created).toBe(true);
    expect(second).toEqual({ id: first.id, created: false });
    const rows = await t.db
      .selectFrom('jobs')
      .select(['payload', 'dedupe_key'])
      .where('kind', '=', kind)
      .orderBy('dedupe_key')
      .execute();
    expect(rows).toEqual([
      { payload: '{"n":1}', dedupe_key: key },
      { payload: '{"n":3}', dedupe_key: `${key}:other` },
    ]);
    // Still refused once the first has run: a reminder is sent once, ever.
    await runDue({ db: t.db, handlers: { [kind]: async () => undefined } });
    expect((await enqueue(t.db, { kind, payload: {}, runAt: new Date(), dedupeKey: key })).created).toBe(false);
  });

  it('cancels a pending job by its key, and leaves a finished one alone', async () => {
    const kind = kindFor('cancel');
    const { handler, calls } = counting();
    const key = `meeting-reminder:${newId()}`;
    await enqueue(t.db, { kind, payload: {}, runAt: new Date(), dedupeKey: key });
    expect(await cancelJob(t.db, key)).toBe(true);
    expect(await cancelJob(t.db, key)).toBe(false);
    expect(await runDue({ db: t.db, handlers: { [kind]: handler } })).toEqual([]);
    expect(calls.size).toBe(0);
  });

  it('takes up a cancelled job again under its key, due at the new time, and leaves a pending one alone', async () => {
    const kind = kindFor('revive');
    const { handler, calls } = counting();
    const key = `meeting-reminder:${newId()}`;
    const first = new Date();
    const { id } = await enqueue(t.db, { kind, payload: {}, runAt: first, dedupeKey: key });
    // Pending: nothing to take up.
    expect(await reviveJob(t.db, key, later(first, 1_000))).toBe(false);
    await cancelJob(t.db, key);
    const again = later(first, 60_000);
    expect(await reviveJob(t.db, key, again)).toBe(true);
    expect(await jobRow(t.db, id)).toMatchObject({ status: 'pending', run_at: again.toISOString(), attempts: 0 });
    const handlers = { [kind]: handler };
    // Not before its new time; then once.
    expect(await runDue({ db: t.db, handlers, now: clock(first) })).toEqual([]);
    expect(await runDue({ db: t.db, handlers, now: clock(again) })).toEqual(['done']);
    expect(calls.get(id)).toBe(1);
  });

  it('takes a job again when its worker died and the lease ran out; the dead worker cannot finish it', async () => {
    const kind = kindFor('lease');
    const { handler, calls } = counting();
    const start = new Date();
    const leaseMs = 60_000;
    const { id } = await enqueue(t.db, { kind, payload: {}, runAt: start });

    // Worker A claims it and dies without a word.
    const [held] = await claimJobs(t.db, { workerId: 'worker-a', kinds: [kind], leaseMs, now: clock(start) });
    expect(held?.id).toBe(id);
    const handlers = { [kind]: handler };
    // While the lease holds, nobody else takes it.
    expect(await runDue({ db: t.db, handlers, workerId: 'worker-b', leaseMs, now: clock(later(start, leaseMs - 1)) })).toEqual(
      [],
    );
    // Once it has run out, worker B does.
    expect(await runDue({ db: t.db, handlers, workerId: 'worker-b', leaseMs, now: clock(later(start, leaseMs)) })).toEqual([
      'done',
    ]);
    expect(calls.get(id)).toBe(1);
    expect(await jobRow(t.db, id)).toMatchObject({ status: 'done', attempts: 2 });
    // A's late word changes nothing.
    if (held) expect(await completeJob(t.db, held, 'worker-a')).toBe(false);
  });

  it('fails a job whose worker died on its last attempt', async () => {
    const kind = kindFor('poison');
    const start = new Date();
    const { id } = await enqueue(t.db, { kind, payload: {}, runAt: start, maxAttempts: 1 });
    await claimJobs(t.db, { workerId: 'worker-a', kinds: [kind], leaseMs: 1000, now: clock(start) });
    const { handler, calls } = counting();
    expect(await runDue({ db: t.db, handlers: { [kind]: handler }, now: clock(later(start, 1000)) })).toEqual([]);
    expect(calls.size).toBe(0);
    expect(await jobRow(t.db, id)).toMatchObject({ status: 'failed', last_error: 'lease_expired', locked_by: null });
  });
});

describe('the job worker', () => {
  it('polls and runs jobs as they come due', async () => {
    const kind = kindFor('worker');
    const { handler, calls } = counting();
    const worker = createJobWorker({ db: t.db, handlers: { [kind]: handler }, pollMs: 5 });
    worker.start();
    try {
      const ids = await Promise.all(
        [0, 1, 2].map(async () => (await enqueue(t.db, { kind, payload: {}, runAt: new Date() })).id),
      );
      await waitFor(async () => ids.every((id) => calls.get(id) === 1));
      await waitFor(async () => (await Promise.all(ids.map((id) => jobRow(t.db, id)))).every((row) => row.status === 'done'));
    } finally {
      await worker.stop();
    }
  });

  it('on stop, lets the job in hand finish', async () => {
    const kind = kindFor('finish');
    let finish: () => void = () => undefined;
    let started: () => void = () => undefined;
    const running = new Promise<void>((resolve) => (started = resolve));
    const handler: JobHandler = () => {
      started();
      return new Promise((resolve) => (finish = resolve));
    };
    const { id } = await enqueue(t.db, { kind, payload: {}, runAt: new Date() });
    const worker = createJobWorker({ db: t.db, handlers: { [kind]: handler }, pollMs: 5, stopGraceMs: 5_000 });
    worker.start();
    await running;
    const stopped = worker.stop();
    finish();
    await stopped;
    expect(await jobRow(t.db, id)).toMatchObject({ status: 'done', attempts: 1 });
  });

  it('on stop, releases a job whose handler does not finish in time, and a later worker runs it', async () => {
    const kind = kindFor('release');
    let started: () => void = () => undefined;
    const running = new Promise<void>((resolve) => (started = resolve));
    let stuckSignal: AbortSignal | undefined;
    const stuck: JobHandler = (_job, { signal }) => {
      stuckSignal = signal;
      started();
      return new Promise(() => undefined); // ignores its signal
    };
    const { id } = await enqueue(t.db, { kind, payload: {}, runAt: new Date() });
    const first = createJobWorker({ db: t.db, handlers: { [kind]: stuck }, pollMs: 5, stopGraceMs: 20 });
    first.start();
    await running;
    await first.stop();
    expect(stuckSignal?.aborted).toBe(true);
    expect(await jobRow(t.db, id)).toMatchObject({ status: 'pending', attempts: 0, locked_by: null });

    const { handler, calls } = counting();
    expect(await runDue({ db: t.db, handlers: { [kind]: handler } })).toEqual(['done']);
    expect(calls.get(id)).toBe(1);
  });

  it('keeps extending the lease while a slow handler works, so nobody else takes the job', async () => {
    const kind = kindFor('heartbeat');
    const { id } = await enqueue(t.db, { kind, payload: {}, runAt: new Date() });
    let started: () => void = () => undefined;
    let finish: () => void = () => undefined;
    const running = new Promise<void>((resolve) => (started = resolve));
    const finished = new Promise<void>((resolve) => (finish = resolve));
    // The handler works until the test lets it finish, so the check below never races its end.
    const slow: JobHandler = async () => {
      started();
      await finished;
    };
    const leaseMs = 200;
    const worker = createJobWorker({ db: t.db, handlers: { [kind]: slow }, pollMs: 5, leaseMs });
    worker.start();
    try {
      await running;
      const { handler, calls } = counting();
      // Three lease lengths later the first worker still holds it.
      await new Promise((resolve) => setTimeout(resolve, 3 * leaseMs));
      expect(await runDue({ db: t.db, handlers: { [kind]: handler }, workerId: 'worker-b' })).toEqual([]);
      expect(calls.size).toBe(0);
      finish();
      await waitFor(async () => (await jobRow(t.db, id)).status === 'done');
      expect((await jobRow(t.db, id)).attempts).toBe(1);
    } finally {
      finish();
      await worker.stop();
    }
  });

  it('runs a job left pending at shutdown after the database is opened again', async () => {
    const kind = kindFor('restart');
    // The first life: a handle of its own on the same database, a job enqueued, a worker that never
    // got to it (the process stops), the handle closed.
    const before = openDatabase(t.database);
    const { id } = await before
      .transaction()
      .execute((trx) => enqueue(trx, { kind, payload: { meetingId: 'm-7' }, runAt: new Date() }));
    const idle = createJobWorker({ db: before, handlers: {}, pollMs: 5 });
    idle.start();
    await idle.stop();
    await before.destroy();

    // The second life: a new pool or SQLite handle, a new worker.
    const after = openDatabase(t.database);
    const { handler, calls, payloads } = counting();
    const worker = createJobWorker({ db: after, handlers: { [kind]: handler }, pollMs: 5 });
    try {
      worker.start();
      await waitFor(async () => (await jobRow(after, id)).status === 'done');
    } finally {
      await worker.stop();
      await after.destroy();
    }
    expect(calls.get(id)).toBe(1);
    expect(payloads).toEqual([{ meetingId: 'm-7' }]);
  });

  // Two better-sqlite3 connections in one process block each other's event loop while one waits for
  // the write lock (the busy wait is synchronous), and Regie runs one instance per SQLite file: two
  // workers racing on one database is the PostgreSQL deployment, so only PostgreSQL runs these.
  it.runIf(testDialect() === 'postgres')(
    'does each job exactly once with two workers on two connection pools claiming at the same moment',
    async () => {
      const kind = kindFor('race');
      const count = 200;
      await t.db.transaction().execute(async (trx) => {
        for (let i = 0; i < count; i++) await enqueue(trx, { kind, payload: { i }, runAt: new Date() });
      });
      const pools = [openDatabase(t.database), openDatabase(t.database)];
      const calls = new Map<string, number>();
      const byWorker = [0, 0];
      const workers = pools.map((db, index) =>
        createJobWorker({
          db,
          pollMs: 2,
          handlers: {
            [kind]: async (job) => {
              calls.set(job.id, (calls.get(job.id) ?? 0) + 1);
              byWorker[index] = (byWorker[index] ?? 0) + 1;
              await new Promise((resolve) => setTimeout(resolve, 1));
            },
          },
        }),
      );
      try {
        for (const worker of workers) worker.start();
        await waitFor(async () => {
          const row = await t.db
            .selectFrom('jobs')
            .select((eb) => eb.fn.countAll<string | number>().as('n'))
            .where('kind', '=', kind)
            .where('status', '=', 'done')
            .executeTakeFirstOrThrow();
          return Number(row.n) === count;
        }, 20_000);
      } finally {
        await Promise.all(workers.map((worker) => worker.stop()));
        await Promise.all(pools.map((db) => db.destroy()));
      }
      expect(calls.size).toBe(count);
      expect([...calls.values()].every((n) => n === 1)).toBe(true);
      // Both took part: the race was real.
      expect(byWorker.every((n) => n > 0)).toBe(true);
    },
  );

  it.runIf(testDialect() === 'postgres')(
    'hands each job to one claimer when many claims from two pools run at once',
    async () => {
      const kind = kindFor('claims');
      const count = 100;
      await t.db.transaction().execute(async (trx) => {
        for (let i = 0; i < count; i++) await enqueue(trx, { kind, payload: {}, runAt: new Date() });
      });
      const pools = [openDatabase(t.database), openDatabase(t.database)];
      try {
        // 2 × 20 claims of up to 3 jobs in flight together: 120 places for 100 jobs.
        const claims = await Promise.all(
          Array.from({ length: 40 }, (_, i) =>
            claimJobs(pools[i % 2] ?? t.db, { workerId: `claimer-${i}`, kinds: [kind], leaseMs: 60_000, limit: 3 }),
          ),
        );
        const ids = claims.flat().map((job) => job.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.length).toBeLessThanOrEqual(count);
        const rows = await t.db.selectFrom('jobs').select(['attempts', 'status']).where('kind', '=', kind).execute();
        expect(rows.filter((row) => row.status === 'running')).toHaveLength(ids.length);
        expect(rows.every((row) => row.attempts <= 1)).toBe(true);
      } finally {
        await Promise.all(pools.map((db) => db.destroy()));
      }
    },
  );
});
