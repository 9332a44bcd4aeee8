import QRCode from 'qrcode';
import type { RecoveryCodes, SecondFactorEnrolment } from '../../../shared/accounts.js';
import type { AuditLog } from '../../platform/audit/audit-log.js';
import type { SessionStage, SessionStore } from '../../platform/auth/sessions.js';
import { matchTotp, newRecoveryCodes, newTotpSecret, totpUri } from '../../platform/auth/totp.js';
import type { Actor } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { ConflictError, ValidationError } from '../../platform/http/errors.js';
import { nowIso } from '../../platform/ids/ids.js';
import { presentMe } from './accounts.presenter.js';
import { createAccountsRepository, type AccountsRepository } from './accounts.repository.js';
import type { NewSession, SignInService } from './sign-in.service.js';

/** The caller's own session, as the access layer resolved it. */
export interface OwnSession {
  actor: Actor;
  stage: SessionStage;
  idHash: string;
}

const alreadyOn = () => new ConflictError('second_factor_on', 'A second factor is already set up for your account.');

/**
 * Setting up the second factor (an authenticator app) and renewing recovery codes. Professionals do
 * it at their first sign-in (an `enrolment` session); clients and relatives may do it from their own
 * details. Once confirmed it cannot be switched off here.
 */
export function createSecondFactorService(db: Db, accounts: AccountsRepository, sessions: SessionStore, signIn: SignInService, audit: AuditLog) {
  return {
    /** A new secret, stored unconfirmed: it counts for nothing until a code from the app confirms it. */
    async start(own: OwnSession): Promise<SecondFactorEnrolment> {
      const secret = newTotpSecret();
      if (!(await accounts.setUnconfirmedSecret(own.actor.accountId, secret))) throw alreadyOn();
      const otpauthUri = totpUri(secret, own.actor.email);
      // An image rather than inline SVG markup: the page's CSP allows data: images, and an <img> with
      // alternative text is simpler to make accessible than markup in the page.
      const svg = await QRCode.toString(otpauthUri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
      return { secret, otpauthUri, qrCodeDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
    },

    /**
     * Confirms the secret with a first code and hands out recovery codes, this once. An enrolment
     * session then becomes a signed-in one, with a new token.
     */
    async confirm(own: OwnSession, code: string): Promise<RecoveryCodes & { session: NewSession | null }> {
      const { secret, confirmed } = await accounts.secondFactorOf(own.actor.accountId);
      if (confirmed) throw alreadyOn();
      if (secret === null) throw new ConflictError('second_factor_not_started', 'Start setting up the app first: the code belongs to the secret shown then.');
      const step = await matchTotp(secret, code);
      if (step === null) {
        throw new ValidationError([{ field: 'code', code: 'invalid_code', message: 'is not the code the app shows now; check that the app shows Regie and try the newest code' }]);
      }
      const { codes, hashes } = newRecoveryCodes();
      const session = await db.transaction().execute(async (trx) => {
        const inTrx = createAccountsRepository(trx);
        if (!(await inTrx.confirmSecret(own.actor.accountId, step, nowIso()))) throw alreadyOn();
        await inTrx.replaceRecoveryCodes(own.actor.accountId, hashes, nowIso());
        const next = own.stage === 'enrolment' ? await sessions.advance(own.idHash, own.actor.accountId, { executor: trx }) : null;
        await audit.append(trx, own.actor, [{ action: 'update', dataCategory: 'account', objectId: own.actor.accountId }]);
        return next;
      });
      if (session === null) return { recoveryCodes: codes, me: await presentMe(accounts, own.actor), session: null };
      const { me } = await signIn.signedIn(session);
      return { recoveryCodes: codes, me, session };
    },

    /** A new set of recovery codes; the old ones stop working. Only with a second factor on. */
    async renewRecoveryCodes(actor: Actor): Promise<RecoveryCodes> {
      const { confirmed } = await accounts.secondFactorOf(actor.accountId);
      if (!confirmed) throw new ConflictError('second_factor_off', 'Set up a second factor first; recovery codes belong to it.');
      const { codes, hashes } = newRecoveryCodes();
      await db.transaction().execute(async (trx) => {
        await createAccountsRepository(trx).replaceRecoveryCodes(actor.accountId, hashes, nowIso());
        await audit.append(trx, actor, [{ action: 'update', dataCategory: 'account', objectId: actor.accountId }]);
      });
      return { recoveryCodes: codes, me: await presentMe(accounts, actor) };
    },
  };
}
export type SecondFactorService = ReturnType<typeof createSecondFactorService>;
