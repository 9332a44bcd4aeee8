import type { LoginBody, LoginResult, Me } from '../../../shared/accounts.js';
import type { AuditActor, AuditLog } from '../../platform/audit/audit-log.js';
import { verifyPassword } from '../../platform/auth/password.js';
import type { ResolvedSession, SessionStage, SessionStore } from '../../platform/auth/sessions.js';
import { secondsUntil, TooManyAttemptsError, throttleKeys, type SignInThrottle, type ThrottleKey } from '../../platform/auth/sign-in-throttle.js';
import { hashRecoveryCode, matchTotp } from '../../platform/auth/totp.js';
import type { Actor } from '../../platform/context.js';
import { UnauthenticatedError } from '../../platform/http/errors.js';
import { nowIso } from '../../platform/ids/ids.js';
import { presentMe } from './accounts.presenter.js';
import type { AccountsRepository } from './accounts.repository.js';

/** After this many wrong codes in one pending sign-in, it ends: the person starts again with the password. */
export const secondFactorAttemptsPerSession = 5;

export interface NewSession {
  token: string;
  expiresAt: Date;
}

export class SecondFactorAttemptsUsedError extends UnauthenticatedError {
  constructor() {
    super('second_factor_attempts_used', 'Too many wrong codes. Sign in again with your email address and password.');
  }
}

const anonymousAudit = (accountId: string | null): AuditActor => ({ accountId, role: null, organisationId: null });

/**
 * Signing in, in steps: the password, then (for professionals and anyone who turned it on) the code
 * from the authenticator app or a recovery code. Attempts are counted in the database per email
 * address, per account and per network address (platform/auth/sign-in-throttle.ts).
 */
export function createSignInService(accounts: AccountsRepository, sessions: SessionStore, throttle: SignInThrottle, audit: AuditLog) {
  // Sign-in events are audited (NEN 7513): the account when the email address is known, never what
  // was typed. A failed attempt carries no role or organisation: nobody was signed in. An attempt
  // refused because of a lock is a failed sign-in with the outcome `refused`.
  const recordFailure = (accountId: string | null, outcome: 'failed' | 'refused' = 'failed') =>
    audit.record(anonymousAudit(accountId), [{ action: 'sign_in_failed', outcome, dataCategory: 'session' }]);

  /** Refuses at once (and audits it) when one of the keys is locked; the secret is not even checked. */
  async function assertOpen(keys: readonly ThrottleKey[], accountId: () => Promise<string | null>): Promise<void> {
    try {
      await throttle.assertOpen(keys);
    } catch (error) {
      if (error instanceof TooManyAttemptsError) await recordFailure(await accountId(), 'refused');
      throw error;
    }
  }

  /** Counts a failure; when it locks a key, the answer is the lock itself, so the person knows to wait. */
  async function countFailure(keys: readonly ThrottleKey[], accountId: string | null): Promise<void> {
    const lockedUntil = await throttle.recordFailure(keys);
    await recordFailure(accountId);
    if (lockedUntil !== null) throw new TooManyAttemptsError(secondsUntil(lockedUntil));
  }

  /** The session becomes a signed-in person: audited, or undone when the log cannot be written. */
  async function signedIn(session: NewSession): Promise<{ session: NewSession; me: Me }> {
    const actor = await sessions.resolve(session.token);
    if (!actor) throw new UnauthenticatedError('invalid_credentials', 'The email address or password is not correct.');
    try {
      await audit.record(actor, [{ action: 'sign_in', dataCategory: 'session' }]);
    } catch (error) {
      await sessions.end(session.token); // a sign-in that is not logged does not happen
      throw error;
    }
    return { session, me: await presentMe(accounts, actor) };
  }

  /** A TOTP code (a time step newer than the last one used) or an unused recovery code of the account. */
  async function codeMatches(accountId: string, code: string): Promise<boolean> {
    if (/^\d{6}$/.test(code)) {
      const { secret, confirmed } = await accounts.secondFactorOf(accountId);
      if (!confirmed || secret === null) return false;
      const step = await matchTotp(secret, code);
      return step !== null && (await accounts.claimTotpStep(accountId, step));
    }
    return accounts.useRecoveryCode(accountId, hashRecoveryCode(code), nowIso());
  }

  return {
    /**
     * Checks the password and starts a session at the stage that comes next. One answer for every
     * kind of wrong credentials; a locked email address or network address is refused before the
     * password is checked.
     */
    async login(body: LoginBody, networkAddress: string): Promise<{ session: NewSession; result: LoginResult }> {
      const emailKey = throttleKeys.email(body.email);
      const keys = [emailKey, throttleKeys.address(networkAddress)];
      await assertOpen(keys, async () => (await accounts.findForLogin(body.email))?.id ?? null);

      const account = await accounts.findForLogin(body.email);
      // Accounts without a password (not yet through their invitation) never match: verifyPassword
      // spends the same time on them as on a real check.
      const passwordMatches = await verifyPassword(account?.passwordHash ?? null, body.password);
      if (!account || !passwordMatches || account.disabled) {
        await countFailure(keys, account?.id ?? null);
        throw new UnauthenticatedError('invalid_credentials', 'The email address or password is not correct.');
      }
      await throttle.clear([emailKey]);

      // Professionals must have a second factor (SECURITY.md); clients and relatives may choose one.
      const stage: SessionStage = account.secondFactorConfirmed ? 'second_factor' : account.kind === 'professional' ? 'enrolment' : 'active';
      const session = await sessions.create(account.id, { stage });
      if (stage === 'active') {
        const { me } = await signedIn(session);
        return { session, result: { next: 'done', me } };
      }
      // A professional whose record is gone cannot go on: the same answer as wrong credentials.
      if ((await sessions.resolveSession(session.token)) === null) {
        await recordFailure(account.id);
        throw new UnauthenticatedError('invalid_credentials', 'The email address or password is not correct.');
      }
      return { session, result: { next: stage } };
    },

    /**
     * The second step: a code from the app or a recovery code. Success ends the pending session and
     * starts a new, signed-in one. Wrong codes count against the account and the network address,
     * and after five in one pending session that session ends.
     */
    async secondFactor(pending: Pick<ResolvedSession, 'idHash' | 'actor'>, code: string, networkAddress: string) {
      const accountId = pending.actor.accountId;
      const accountKey = throttleKeys.account(accountId);
      const keys = [accountKey, throttleKeys.address(networkAddress)];
      await assertOpen(keys, () => Promise.resolve(accountId));

      if (!(await codeMatches(accountId, code))) {
        const failures = await sessions.countSecondFactorFailure(pending.idHash);
        if (failures >= secondFactorAttemptsPerSession) await sessions.endById(pending.idHash);
        await countFailure(keys, accountId);
        if (failures >= secondFactorAttemptsPerSession) throw new SecondFactorAttemptsUsedError();
        throw new UnauthenticatedError('invalid_code', 'This code is not correct, or it was used before. Type the code your app shows now.');
      }
      await throttle.clear([accountKey]);
      return signedIn(await sessions.advance(pending.idHash, accountId));
    },

    /** Ends a session; audited when a signed-in person signs out (after the fact: signing out must always work). */
    async logout(token: string, actor: Actor | null = null): Promise<void> {
      await sessions.end(token);
      if (actor) await audit.record(actor, [{ action: 'sign_out', dataCategory: 'session' }]);
    },

    /** For a session that has just become active another way (enrolment confirmed). */
    signedIn,
  };
}
export type SignInService = ReturnType<typeof createSignInService>;
