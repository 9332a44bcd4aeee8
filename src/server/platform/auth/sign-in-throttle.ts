import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/database.js';
import { AppError } from '../http/errors.js';

/** How many failures a key may have within a window before it is locked, and for how long. */
export interface ThrottleRule {
  maxFailures: number;
  windowMinutes: number;
  lockMinutes: number;
}

/** One thing attempts are counted against: an email address, an account, a network address. */
export interface ThrottleKey {
  /** Stored as the primary key: `scope:value`, where value is a hash or an id, never an email address. */
  key: string;
  rule: ThrottleRule;
}

/** Guessing someone's password or code: a person who mistypes ten times in a row can reset their password. */
export const personRule: ThrottleRule = { maxFailures: 10, windowMinutes: 15, lockMinutes: 15 };
/** One network address trying many people (or many links): high enough for an office behind one address. */
export const addressRule: ThrottleRule = { maxFailures: 100, windowMinutes: 15, lockMinutes: 15 };

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

/**
 * Keys for the usual things to count. The email address is hashed after normalising it, so that an
 * address nobody has counts exactly as one somebody has (no way to learn which addresses exist) and
 * the table holds no addresses. `scope` keeps separate counts for separate doors (a sign-in and an
 * invitation link from the same address, say).
 */
export const throttleKeys = {
  email: (email: string, rule = personRule): ThrottleKey => ({ key: `email:${sha256(email.trim().toLowerCase())}`, rule }),
  account: (accountId: string, rule = personRule): ThrottleKey => ({ key: `account:${accountId}`, rule }),
  address: (networkAddress: string, scope = 'sign-in', rule = addressRule): ThrottleKey => ({ key: `address:${scope}:${networkAddress}`, rule }),
};

/** 429 with how long to wait; the route sets Retry-After from `retryAfterSeconds`. */
export class TooManyAttemptsError extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    message = 'Too many attempts. Wait 15 minutes, or reset your password.',
  ) {
    super(429, 'too_many_attempts', message);
  }
}

/**
 * Brute-force limits kept in the database, so that every instance sharing it counts the same
 * attempts and a restart forgets nothing. A key collects failures within a fixed window that starts
 * at its first failure; at `maxFailures` it is locked for `lockMinutes`, and while locked the caller
 * must not even check the secret (so a correct guess during the lock tells the attacker nothing).
 */
export class SignInThrottle {
  constructor(private readonly db: Db) {}

  /** Throws TooManyAttemptsError when any of the keys is locked now. */
  async assertOpen(keys: readonly ThrottleKey[], now = new Date()): Promise<void> {
    const lockedUntil = await this.lockedUntil(keys, now);
    if (lockedUntil !== null) throw new TooManyAttemptsError(secondsUntil(lockedUntil, now));
  }

  /** The latest time until which one of the keys is locked, or null when none is. */
  async lockedUntil(keys: readonly ThrottleKey[], now = new Date()): Promise<Date | null> {
    if (keys.length === 0) return null;
    const rows = await this.db
      .selectFrom('sign_in_throttle')
      .select('locked_until')
      .where(
        'key',
        'in',
        keys.map((k) => k.key),
      )
      .where('locked_until', '>', now.toISOString())
      .execute();
    const latest = rows.reduce<string | null>((max, row) => (row.locked_until !== null && (max === null || row.locked_until > max) ? row.locked_until : max), null);
    return latest === null ? null : new Date(latest);
  }

  /**
   * Counts a failure against every key. Returns the time until which the attempt's keys are now
   * locked when this failure locked one of them (the caller audits the lockout), otherwise null.
   */
  async recordFailure(keys: readonly ThrottleKey[], now = new Date()): Promise<Date | null> {
    let locked: Date | null = null;
    for (const { key, rule } of keys) {
      const until = await this.countOne(key, rule, now);
      if (until !== null && (locked === null || until > locked)) locked = until;
    }
    return locked;
  }

  /** Forgets the failures of these keys: a successful sign-in clears its email address and account. */
  async clear(keys: readonly ThrottleKey[]): Promise<void> {
    if (keys.length === 0) return;
    await this.db
      .deleteFrom('sign_in_throttle')
      .where(
        'key',
        'in',
        keys.map((k) => k.key),
      )
      .execute();
  }

  private async countOne(key: string, rule: ThrottleRule, now: Date): Promise<Date | null> {
    const nowText = now.toISOString();
    const windowStart = new Date(now.getTime() - rule.windowMinutes * 60_000).toISOString();
    // One upsert, atomic on both dialects: instances counting the same key at the same moment both
    // count. A window that has passed starts again at this failure.
    const row = await this.db
      .insertInto('sign_in_throttle')
      .values({ key, failures: 1, window_started_at: nowText, locked_until: null })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet((eb) => {
          const windowOver = eb('sign_in_throttle.window_started_at', '<=', windowStart);
          return {
            failures: eb.case().when(windowOver).then(1).else(eb('sign_in_throttle.failures', '+', 1)).end(),
            window_started_at: eb.case().when(windowOver).then(nowText).else(eb.ref('sign_in_throttle.window_started_at')).end(),
          };
        }),
      )
      .returning(['failures'])
      .executeTakeFirstOrThrow();
    if (row.failures < rule.maxFailures) return null;
    // Locked: the count starts again, so that after the lock another full set of attempts is needed
    // before the next one.
    const until = new Date(now.getTime() + rule.lockMinutes * 60_000);
    await this.db
      .updateTable('sign_in_throttle')
      .set({ locked_until: until.toISOString(), failures: 0, window_started_at: nowText })
      .where('key', '=', key)
      .execute();
    return until;
  }
}

/** Whole seconds from `now` to `until`, at least one: the value of a Retry-After header. */
export function secondsUntil(until: Date, now = new Date()): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
}

/** Tells the client when to try again (Retry-After) on every 429 a throttle causes, whichever route. */
export function installRetryAfter(app: FastifyInstance): void {
  app.addHook('onError', async (_request, reply, error) => {
    if (error instanceof TooManyAttemptsError) void reply.header('retry-after', String(error.retryAfterSeconds));
  });
}
