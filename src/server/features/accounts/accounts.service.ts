import type { ChangePasswordBody, Me, PasswordChanged } from '../../../shared/accounts.js';
import type { Locale } from '../../../shared/roles.js';
import type { AuditLog } from '../../platform/audit/audit-log.js';
import { hashPassword, verifyPassword } from '../../platform/auth/password.js';
import { passwordFieldError } from '../../platform/auth/password-policy.js';
import type { SessionStore } from '../../platform/auth/sessions.js';
import { SignInThrottle, throttleKeys } from '../../platform/auth/sign-in-throttle.js';
import type { Actor } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { NotFoundError, ValidationError, type FieldError } from '../../platform/http/errors.js';
import { presentMe } from './accounts.presenter.js';
import { createAccountsRepository } from './accounts.repository.js';
import { createSecondFactorService, type OwnSession } from './second-factor.service.js';
import { createSignInService } from './sign-in.service.js';

/** The accounts feature: signing in (sign-in.service.ts), the second factor, and one's own account. */
export function createAccountsService(db: Db, sessions: SessionStore, audit: AuditLog) {
  const accounts = createAccountsRepository(db);
  const throttle = new SignInThrottle(db);
  const signIn = createSignInService(accounts, sessions, throttle, audit);
  const secondFactor = createSecondFactorService(db, accounts, sessions, signIn, audit);

  return {
    login: (...args: Parameters<typeof signIn.login>) => signIn.login(...args),
    logout: (...args: Parameters<typeof signIn.logout>) => signIn.logout(...args),
    secondFactor: (...args: Parameters<typeof signIn.secondFactor>) => signIn.secondFactor(...args),
    startSecondFactor: (own: OwnSession) => secondFactor.start(own),
    confirmSecondFactor: (own: OwnSession, code: string) => secondFactor.confirm(own, code),
    renewRecoveryCodes: (actor: Actor) => secondFactor.renewRecoveryCodes(actor),

    me: (actor: Actor): Promise<Me> => presentMe(accounts, actor),

    async setLocale(actor: Actor, locale: Locale): Promise<Me> {
      await accounts.setLocale(actor.accountId, locale);
      return presentMe(accounts, { ...actor, locale });
    },

    /**
     * Changes the password after checking the current one, and ends every other session of the
     * account (SECURITY.md): whoever had the old password is out. The session used stays. Wrong
     * current passwords count against the account like failed sign-ins.
     */
    async changePassword(own: Pick<OwnSession, 'actor' | 'idHash'>, body: ChangePasswordBody, networkAddress: string): Promise<PasswordChanged> {
      const { actor } = own;
      const keys = [throttleKeys.account(actor.accountId), throttleKeys.address(networkAddress)];
      await throttle.assertOpen(keys);
      const errors: FieldError[] = [];
      if (!(await verifyPassword(await accounts.passwordHashOf(actor.accountId), body.currentPassword))) {
        await throttle.recordFailure(keys);
        await throttle.assertOpen(keys);
        errors.push({ field: 'currentPassword', code: 'wrong_password', message: 'is not your current password' });
      }
      const weak = passwordFieldError('newPassword', body.newPassword, { email: actor.email, name: actor.name });
      if (weak !== null) errors.push(weak);
      if (errors.length > 0) throw new ValidationError(errors);

      const passwordHash = await hashPassword(body.newPassword);
      const otherSessionsEnded = await db.transaction().execute(async (trx) => {
        await createAccountsRepository(trx).setPasswordHash(actor.accountId, passwordHash);
        const ended = await sessions.endAll(actor.accountId, { exceptIdHash: own.idHash, executor: trx });
        await audit.append(trx, actor, [{ action: 'update', dataCategory: 'account', objectId: actor.accountId }]);
        return ended;
      });
      return { otherSessionsEnded };
    },

    /** The admin signs a professional of their own organisation out everywhere (a lost phone, say). */
    async endSessionsOfProfessional(actor: Actor, professionalId: string): Promise<void> {
      const organisationId = actor.professional?.organisationId;
      const professional = organisationId === undefined ? undefined : await accounts.professionalInOrganisation(professionalId, organisationId);
      if (!professional) throw new NotFoundError();
      await db.transaction().execute(async (trx) => {
        await sessions.endAll(professional.accountId, { executor: trx });
        await audit.append(trx, actor, [{ action: 'delete', dataCategory: 'session', objectId: professionalId }]);
      });
    },
  };
}
export type AccountsService = ReturnType<typeof createAccountsService>;
