import type { LoginBody, Me } from '../../../shared/accounts.js';
import type { Locale } from '../../../shared/roles.js';
import { verifyPassword } from '../../platform/auth/password.js';
import type { SessionStore } from '../../platform/auth/sessions.js';
import type { Actor } from '../../platform/context.js';
import { UnauthenticatedError } from '../../platform/http/errors.js';
import type { AccountsRepository } from './accounts.repository.js';

export function createAccountsService(accounts: AccountsRepository, sessions: SessionStore) {
  return {
    /** Checks the credentials and starts a session. One answer for every kind of failure. */
    async login(body: LoginBody): Promise<{ token: string; expiresAt: Date; me: Me }> {
      const account = await accounts.findForLogin(body.email);
      const passwordMatches = await verifyPassword(account?.passwordHash ?? null, body.password);
      if (!account || !passwordMatches || account.disabled) {
        throw new UnauthenticatedError('invalid_credentials', 'The email address or password is not correct.');
      }
      const session = await sessions.create(account.id);
      const actor = await sessions.resolve(session.token);
      if (!actor) throw new UnauthenticatedError('invalid_credentials', 'The email address or password is not correct.');
      return { ...session, me: await this.me(actor) };
    },

    logout(token: string): Promise<void> {
      return sessions.end(token);
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
