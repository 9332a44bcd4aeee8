import { randomBytes } from 'node:crypto';
import { invitationValidDays, linkPaths, passwordResetValidHours, type SentInvitation } from '../../../shared/invitations.js';
import { localeSchema } from '../../../shared/roles.js';
import type { AuditActor, AuditEvent, AuditLog } from '../../platform/audit/audit-log.js';
import { hashToken } from '../../platform/auth/session-token.js';
import { throttleKeys, type SignInThrottle, type ThrottleKey } from '../../platform/auth/sign-in-throttle.js';
import type { Actor } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { AppError } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids/ids.js';
import type { Mailer } from '../../platform/mail/mailer.js';
import { linkMail, type LinkPurpose } from './invitation-mail.js';
import {
  createInvitationsRepository,
  type AccountPerson,
  type AccountStanding,
  type TokenRow,
} from './invitations.repository.js';

// The links in mails: made with 256 random bits, stored as a hash, mailed, and later found again
// only while they still work. Wrong links count against the network address that tries them.

/** A link that is unknown, used, expired, replaced by a newer one, or revoked: all look the same. */
export class LinkInvalidError extends AppError {
  constructor(purpose: LinkPurpose) {
    super(
      404,
      'link_invalid',
      purpose === 'invitation'
        ? 'This link is not valid (anymore). Ask for a new invitation.'
        : 'This link is not valid (anymore). Ask for a new link to reset your password.',
    );
  }
}

const lifetimeMs: Record<LinkPurpose, number> = {
  invitation: invitationValidDays * 24 * 3_600_000,
  password_reset: passwordResetValidHours * 3_600_000,
};

export interface LinkDependencies {
  db: Db;
  audit: AuditLog;
  mailer: Mailer;
  /** Origin of the links in mails, e.g. https://regie.example.nl. */
  linkOrigin: string;
  throttle: SignInThrottle;
  /** The caller's network address, for counting wrong links. */
  networkAddress: () => string;
}

export function createLinks({ db, audit, mailer, linkOrigin, throttle, networkAddress }: LinkDependencies) {
  const invitations = createInvitationsRepository(db);
  const linkAttempts = (): ThrottleKey[] => [throttleKeys.address(networkAddress(), 'link')];

  /**
   * Makes a link for the account, audits it with `events` in the same transaction, then mails it.
   * Only the token's hash is stored. When the mail cannot be sent the link is taken back, so that
   * the previous one (already in the person's mailbox) keeps working.
   */
  async function issueLink(
    purpose: LinkPurpose,
    account: AccountStanding,
    options: {
      createdBy: string | null;
      onBehalfOf: string | null;
      who: Actor | AuditActor;
      events: AuditEvent[];
      /** The mail asks the person to join a resource group. */
      forGroup?: boolean;
    },
  ): Promise<SentInvitation> {
    const token = randomBytes(32).toString('base64url');
    const createdAt = new Date();
    const expiresAt = new Date(createdAt.getTime() + lifetimeMs[purpose]);
    const id = newId();
    await db.transaction().execute(async (trx) => {
      await createInvitationsRepository(trx).insertToken({
        id,
        tokenHash: hashToken(token),
        accountId: account.id,
        purpose,
        createdByAccountId: options.createdBy,
        onBehalfOfAccountId: options.onBehalfOf,
        createdAt: createdAt.toISOString(),
        expiresAt: expiresAt.toISOString(),
      });
      await audit.append(trx, options.who, options.events);
    });
    const path = purpose === 'invitation' ? linkPaths.invitation : linkPaths.passwordReset;
    try {
      await mailer.send(
        linkMail({
          purpose,
          to: account.email,
          locale: localeSchema.catch('nl').parse(account.locale),
          link: `${linkOrigin}${path}#${token}`,
          expiresAt,
          isProfessional: account.kind === 'professional',
          forGroup: options.forGroup ?? false,
        }),
      );
    } catch (error) {
      await invitations.deleteToken(id);
      throw error;
    }
    return { expiresAt: expiresAt.toISOString() };
  }

  /**
   * The link behind a token, if it still works: known, of this purpose, unused, unexpired, the
   * newest of its kind for the account, and the account still stands for someone who may sign in.
   */
  async function workingLink(
    token: string,
    purpose: LinkPurpose,
  ): Promise<{ row: TokenRow; account: AccountStanding; person: AccountPerson } | null> {
    const row = await invitations.findTokenByHash(hashToken(token));
    if (!row || row.purpose !== purpose || row.usedAt !== null || Date.parse(row.expiresAt) <= Date.now()) return null;
    if (await invitations.isSuperseded(row)) return null;
    const account = await invitations.findAccount(row.accountId);
    if (!account || account.disabled) return null;
    // An invitation sets up an account; once it has a password, the invitation has done its work.
    if (purpose === 'invitation' && account.hasPassword) return null;
    const person = await invitations.personOf(account);
    return person ? { row, account, person } : null;
  }

  /** The working link, or a 404 that is counted against the caller's network address. */
  async function requireWorkingLink(token: string, purpose: LinkPurpose) {
    const keys = linkAttempts();
    await throttle.assertOpen(keys);
    const link = await workingLink(token, purpose);
    if (link === null) {
      await throttle.recordFailure(keys);
      throw new LinkInvalidError(purpose);
    }
    return link;
  }

  return { issueLink, workingLink, requireWorkingLink };
}
