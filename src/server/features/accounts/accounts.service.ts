import type { LoginBody, Me } from '../../../shared/accounts.js';
import type { Locale } from '../../../shared/roles.js';
import type { AuditLog } from '../../platform/audit/audit-log.js';
import { verifyPassword } from '../../platform/auth/password.js';
import type { SessionStore } from '../../platform/auth/sessions.js';
import type { Actor } from '../../platform/context.js';
import { UnauthenticatedError } from '../../platform/http/errors.js';
import type { AccountsRepository } from './accounts.repository.js';

export function createAccountsService(accounts: AccountsRepository, sessions: SessionStore, audit: AuditLog) {
  // Sign-in events are audited (NEN 7513): the account when the email address is known, never what
  // was typed. A failed attempt carries no role or organisation: nobody was signed in.
  const signInFailed = async (accountId: string | null) => {
    await audit.record({ accountId, role: null, organisationId: null }, [{ action: 'sign_in_failed', outcome: 'failed', dataCategory: 'session' }]);
    return new UnauthenticatedError('invalid_credentials', 'The email address or password is not correct.');
  };

  return {
    /** Checks the credentials and starts a session. One answer for every kind of failure. */
    async login(body: LoginBody): Promise<{ token: string; expiresAt: Date; me: Me }> {
      const account = await accounts.findForLogin(body.email);
      const passwordMatches = await verifyPassword(account?.passwordHash ?? null, body.password);
      if (!account || !passwordMatches || account.disabled) throw await signInFailed(account?.id ?? null);
      const session = await sessions.create(account.id);
      const actor = await sessions.resolve(session.token);
      if (!actor) throw await signInFailed(account.id);
      try {
        await audit.record(actor, [{ action: 'sign_in', dataCategory: 'session' }]);
      } catch (error) {
        await sessions.end(session.token); // a sign-in that is not logged does not happen
        throw error;
      }
      return { ...session, me: await this.me(actor) };
    },

    /**
     * Ends the session. `actor` (the session's own) is given when a person signs out, which is
     * audited after the session has ended: signing out must work even when the log cannot be written.
     */
    async logout(token: string, actor: Actor | null = null): Promise<void> {
      await sessions.end(token);
      if (actor) await audit.record(actor, [{ action: 'sign_out', dataCategory: 'session' }]);
    },

    async me(actor: Actor): Promise<Me> {
      const place = actor.professional
        ? await accounts.organisationAndTeam(actor.professional.organisationId, actor.professional.teamId)
        : { organisation: null, team: null };
      return {
        accountId: actor.accountId,
        email: actor.email,
        name: actor.name,
        role: actor.role,
        locale: actor.locale,
        organisation: place.organisation,
        team: place.team,
        clientId: actor.clientId,
        relativeOf: await accounts.clientNames(actor.relativeOfClientIds),
      };
    },

    async setLocale(actor: Actor, locale: Locale): Promise<Me> {
      await accounts.setLocale(actor.accountId, locale);
      return this.me({ ...actor, locale });
    },
  };
}
export type AccountsService = ReturnType<typeof createAccountsService>;
