import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Db } from '../db/database.js';
import { claimJobs, completeJob, errorCode, extendLease, failJob, JobError, releaseJob, type Clock, type Job } from './jobs.js';

/**
 * Does one kind of job. It runs as the system, outside any request context; it receives ids and
 * reads what it needs. It may run more than once for one job (a worker died after it acted), so it
 * checks before it acts. `signal` aborts when the worker stops: stop early by throwing, and the job
 * is handed back untried.
 */
export type JobHandler = (job: Job, context: { signal: AbortSignal }) => Promise<void>;

/** Pino's shape (Fastify's `app.log` fits): ids and codes only. */
export interface JobLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export interface RunOptions {
  db: Db;
  handlers: Readonly<Record<string, JobHandler>>;
  /** Unique per process: it fences the lease (hostname, pid and a random part by default). */
  workerId?: string;
  /** 60 s unless given; the worker extends it while a handler runs. */
  leaseMs?: number;
  backoffMs?: (attempts: number) => number;
  now?: Clock;
  logger?: JobLogger;
}

export type JobOutcome = 'done' | 'retry' | 'failed' | 'lost' | 'released';

const defaultLeaseMs = 60_000;
const silent: JobLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };

export function defaultWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/**
 * Claims and runs due jobs one at a time until none is due or `limit` have run; returns what became
 * of each. The worker's loop, without the waiting: tests call it with a fixed clock.
 */
export async function runDue(options: RunOptions & { limit?: number }): Promise<JobOutcome[]> {
  const settings = resolve(options);
  const outcomes: JobOutcome[] = [];
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  while (outcomes.length < limit) {
    const job = await claimOne(settings);
    if (!job) break;
    outcomes.push(await execute(settings, job, new AbortController().signal, new Promise<never>(() => undefined)));
  }
  return outcomes;
}

export interface JobWorker {
  readonly workerId: string;
  /** Starts polling; does nothing if started. */
  start(): void;
  /**
   * Stops polling. A job in hand gets `stopGraceMs` to finish (its handler's signal aborts); after
   * that it is released for another worker or the next start. Resolves when no job is held.
   */
  stop(): Promise<void>;
}

/**
 * A worker polling for due jobs every `pollMs`, and straight again while it finds some. Several
 * workers, in one process or many, can share a database: each job goes to one of them at a time.
 */
export function createJobWorker(options: RunOptions & { pollMs?: number; stopGraceMs?: number }): JobWorker {
  const settings = resolve(options);
  const pollMs = options.pollMs ?? 1000;
  const stopGraceMs = options.stopGraceMs ?? 10_000;
  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let loop: Promise<void> | undefined;
  // A function, not `!running` inline: stop() changes `running` while the loop awaits.
  const stopRequested = () => !running;
  let inHand: { controller: AbortController; settled: Promise<void>; release: () => void } | undefined;

  const poll = async () => {
    try {
      while (running) {
        const job = await claimOne(settings);
        if (!job) break;
        if (stopRequested()) {
          // stop() came while this claim was on its way: hand the job straight back.
          await releaseJob(settings.db, job, settings.workerId, settings.now);
          break;
        }
        const controller = new AbortController();
        let release: () => void = () => undefined;
        const released = new Promise<'released'>((resolve) => (release = () => resolve('released')));
        const outcome = execute(settings, job, controller.signal, released);
        inHand = { controller, settled: outcome.then(() => undefined), release };
        await outcome;
        inHand = undefined;
      }
    } catch (error) {
      // The database is away (restart, failover): try again at the next poll.
      settings.logger.warn({ workerId: settings.workerId, code: errorCode(error) }, 'job poll failed');
    }
    if (running) {
      timer = setTimeout(() => {
        loop = poll();
      }, pollMs);
    }
  };

  return {
    workerId: settings.workerId,
    start() {
      if (running) return;
      running = true;
      loop = poll();
    },
    async stop() {
      running = false;
      clearTimeout(timer);
      const held = inHand;
      if (held) {
        held.controller.abort();
        let graceTimer: NodeJS.Timeout | undefined;
        const grace = new Promise<'late'>((resolve) => (graceTimer = setTimeout(() => resolve('late'), stopGraceMs)));
        if ((await Promise.race([held.settled, grace])) === 'late') held.release();
        clearTimeout(graceTimer);
      }
      await loop;
    },
  };
}

type Settings = Required<Omit<RunOptions, 'backoffMs'>> & Pick<RunOptions, 'backoffMs'>;

function resolve(options: RunOptions): Settings {
  return {
    db: options.db,
    handlers: options.handlers,
    workerId: options.workerId ?? defaultWorkerId(),
    leaseMs: options.leaseMs ?? defaultLeaseMs,
    backoffMs: options.backoffMs,
    now: options.now ?? (() => new Date()),
    logger: options.logger ?? silent,
  };
}

async function claimOne(settings: Settings): Promise<Job | undefined> {
  const [job] = await claimJobs(settings.db, {
    workerId: settings.workerId,
    kinds: Object.keys(settings.handlers),
    leaseMs: settings.leaseMs,
    now: settings.now,
  });
  return job;
}

/**
 * Runs one claimed job and records the outcome, keeping its lease alive meanwhile. `released`
 * resolving (the worker stopped and the grace ran out) hands the job back without waiting further.
 */
async function execute(settings: Settings, job: Job, signal: AbortSignal, released: Promise<'released'>): Promise<JobOutcome> {
  const { db, workerId, logger, now } = settings;
  const fields = { jobId: job.id, kind: job.kind, attempt: job.attempts, workerId };
  const handler = settings.handlers[job.kind];
  const heartbeat = setInterval(
    () => {
      extendLease(db, job, workerId, settings.leaseMs, now).then(
        (kept) => (kept ? undefined : logger.warn(fields, 'job lease lost')),
        (error: unknown) => logger.warn({ ...fields, code: errorCode(error) }, 'job lease not extended'),
      );
    },
    Math.max(1, Math.floor(settings.leaseMs / 3)),
  );
  heartbeat.unref();
  try {
    const result = await Promise.race([
      (async () => {
        if (!handler) throw new JobError('no_handler');
        await handler(job, { signal });
      })().then(
        () => ({ ok: true as const }),
        (error: unknown) => ({ ok: false as const, error }),
      ),
      released,
    ]);
    if (result === 'released' || (!result.ok && signal.aborted)) {
      await releaseJob(db, job, workerId, now);
      logger.info(fields, 'job released');
      return 'released';
    }
    if (result.ok) {
      if (!(await completeJob(db, job, workerId, now))) return lost(logger, fields);
      logger.info(fields, 'job done');
      return 'done';
    }
    const failure = { code: errorCode(result.error), retry: !(result.error instanceof JobError) || result.error.retry };
    const outcome = await failJob(db, job, workerId, failure, { now, backoffMs: settings.backoffMs });
    if (outcome === 'lost') return lost(logger, fields);
    if (outcome === 'retry') logger.warn({ ...fields, code: failure.code }, 'job failed, will retry');
    else logger.error({ ...fields, code: failure.code }, 'job failed');
    return outcome;
  } finally {
    clearInterval(heartbeat);
  }
}

function lost(logger: JobLogger, fields: object): 'lost' {
  // The lease ran out and the job went to another worker, which records the outcome.
  logger.warn(fields, 'job lease lost');
  return 'lost';
}
