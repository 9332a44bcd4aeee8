import type { Db, DbExecutor } from '../db/database.js';
import type { Actor } from '../context.js';
import { hashToken, newSessionToken } from './session-token.js';
import { loadActor } from './actor.repository.js';

/**
 * How far a sign-in has come. Only `active` is a signed-in person. `second_factor`: the password was
 * right, the code from the authenticator app (or a recovery code) is still to come. `enrolment`: a
 * professional without a second factor, who must set one up before anything else.
 */
export const sessionStages = ['active', 'second_factor', 'enrolment'] as const;
export type SessionStage = (typeof sessionStages)[number];

const isStage = (value: string): value is SessionStage => (sessionStages as readonly string[]).includes(value);

export interface SessionSettings {
  idleMinutes: number;
  absoluteHours: number;
}

/** A live session as the access layer sees it: its stage, and the person it belongs to. */
export interface ResolvedSession {
  idHash: string;
  stage: SessionStage;
  /** Wrong second-factor codes typed in this (pending) session. */
  secondFactorFailures: number;
  actor: Actor;
}

// Refreshing last_seen_at on every request would turn every read into a write; a minute is precise
// enough for an idle timeout counted in tens of minutes.
const touchIntervalMs = 60_000;
// A pending sign-in is a step on the way, not a place to stay: it expires well before a session would.
const pendingMinutes = 30;

/** Server-side sessions. The token lives only in the cookie; the database keeps its hash. */
export class SessionStore {
  constructor(
    private readonly db: Db,
    private readonly settings: SessionSettings,
  ) {}

  /**
   * Starts a session for the account and returns the token for the cookie. A session at a stage
   * other than `active` (the default) admits its holder only to the routes of that stage.
   */
  async create(
    accountId: string,
    options: { stage?: SessionStage; now?: Date; executor?: DbExecutor } = {},
  ): Promise<{ token: string; expiresAt: Date }> {
    const { stage = 'active', now = new Date(), executor = this.db } = options;
    const token = newSessionToken();
    const lifetimeMs = stage === 'active' ? this.settings.absoluteHours * 3_600_000 : Math.min(pendingMinutes * 60_000, this.settings.absoluteHours * 3_600_000);
    const expiresAt = new Date(now.getTime() + lifetimeMs);
    await executor
      .insertInto('sessions')
      .values({
        id_hash: hashToken(token),
        account_id: accountId,
        created_at: now.toISOString(),
        last_seen_at: now.toISOString(),
        expires_at: expiresAt.toISOString(),
        stage,
        second_factor_failures: 0,
      })
      .execute();
    return { token, expiresAt };
  }

  /**
   * The session behind a token at any stage, or null when the token is unknown, expired, idle too
   * long, or its account is disabled (the session is then ended).
   */
  async resolveSession(token: string, now = new Date()): Promise<ResolvedSession | null> {
    const idHash = hashToken(token);
    const session = await this.db
      .selectFrom('sessions')
      .select(['account_id', 'last_seen_at', 'expires_at', 'stage', 'second_factor_failures'])
      .where('id_hash', '=', idHash)
      .executeTakeFirst();
    if (!session) return null;
    const idleLimit = Date.parse(session.last_seen_at) + this.settings.idleMinutes * 60_000;
    if (Date.parse(session.expires_at) <= now.getTime() || idleLimit <= now.getTime() || !isStage(session.stage)) {
      await this.end(token);
      return null;
    }
    const actor = await loadActor(this.db, session.account_id, idHash);
    if (!actor) {
      await this.end(token);
      return null;
    }
    if (now.getTime() - Date.parse(session.last_seen_at) > touchIntervalMs) {
      await this.db
        .updateTable('sessions')
        .set({ last_seen_at: now.toISOString() })
        .where('id_hash', '=', idHash)
        .execute();
    }
    return { idHash, stage: session.stage, secondFactorFailures: session.second_factor_failures, actor };
  }

  /** The signed-in person of an `active` session; null for any other token, including a pending sign-in. */
  async resolve(token: string, now = new Date()): Promise<Actor | null> {
    const session = await this.resolveSession(token, now);
    return session?.stage === 'active' ? session.actor : null;
  }

  /**
   * Moves a pending sign-in on: the pending session ends and a new one (a new token, so that an id
   * seen before this step is worth nothing after it) starts at `stage`.
   */
  async advance(
    idHash: string,
    accountId: string,
    options: { stage?: SessionStage; executor?: DbExecutor } = {},
  ): Promise<{ token: string; expiresAt: Date }> {
    const executor = options.executor ?? this.db;
    await executor.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    return this.create(accountId, { stage: options.stage ?? 'active', executor });
  }

  /** Counts a wrong second-factor code against a pending session; returns the count so far. */
  async countSecondFactorFailure(idHash: string): Promise<number> {
    // One statement: two wrong codes sent at once both count.
    const row = await this.db
      .updateTable('sessions')
      .set((eb) => ({ second_factor_failures: eb('second_factor_failures', '+', 1) }))
      .where('id_hash', '=', idHash)
      .returning('second_factor_failures')
      .executeTakeFirst();
    return row?.second_factor_failures ?? Number.POSITIVE_INFINITY;
  }

  /** Ends one session on the server. */
  async end(token: string): Promise<void> {
    await this.endById(hashToken(token));
  }

  /** Ends one session by the hash the database keeps. */
  async endById(idHash: string, executor: DbExecutor = this.db): Promise<void> {
    await executor.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
  }

  /**
   * Ends every session of an account (all its devices), except `exceptIdHash` when given. Returns
   * how many ended.
   */
  async endAll(accountId: string, options: { exceptIdHash?: string; executor?: DbExecutor } = {}): Promise<number> {
    let query = (options.executor ?? this.db).deleteFrom('sessions').where('account_id', '=', accountId);
    if (options.exceptIdHash !== undefined) query = query.where('id_hash', '!=', options.exceptIdHash);
    const result = await query.executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
