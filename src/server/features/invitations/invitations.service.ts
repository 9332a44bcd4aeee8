import { randomBytes } from 'node:crypto';
import type { Me } from '../../../shared/accounts.js';
import {
  invitationValidDays,
  linkPaths,
  passwordResetValidHours,
  type AcceptInvitationBody,
  type AcceptInvitationResult,
  type ClientInvitations,
  type CompletePasswordResetBody,
  type Invitation,
  type InvitationState,
  type SentInvitation,
} from '../../../shared/invitations.js';
import { localeSchema, roleSchema } from '../../../shared/roles.js';
import type { AuditActor, AuditEvent, AuditLog } from '../../platform/audit/audit-log.js';
import { hashPassword } from '../../platform/auth/password.js';
import { passwordFieldError } from '../../platform/auth/password-policy.js';
import { hashToken } from '../../platform/auth/session-token.js';
import type { SessionStore } from '../../platform/auth/sessions.js';
import { SignInThrottle, throttleKeys, type ThrottleKey, type ThrottleRule } from '../../platform/auth/sign-in-throttle.js';
import { currentContext, type Actor } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { AppError, ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { newId, nowIso } from '../../platform/ids/ids.js';
import type { Mailer } from '../../platform/mail/mailer.js';
import { linkMail, type LinkPurpose } from './invitation-mail.js';
import { canSeeClient } from '../clients/index.js';
import { createSharingPolicy } from '../sharing/index.js';
import { canInviteClient, canInviteProfessional } from './invitations.policy.js';
import {
  createInvitationsRepository,
  type AccountPerson,
  type AccountStanding,
  type TokenRow,
} from './invitations.repository.js';

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

// Mail to one address (hashed, like every throttle key) at most this often: asking for resets
// must not become a way to flood someone's mailbox. Past it, requests are answered the same but
// send nothing, so that nobody can use the limit to stop a real person's reset either.
const resetMailRule: ThrottleRule = { maxFailures: 5, windowMinutes: 60, lockMinutes: 60 };
// Reset requests from one network address; past this it gets 429.
const resetAddressRule: ThrottleRule = { maxFailures: 30, windowMinutes: 15, lockMinutes: 15 };

export interface InvitationsDependencies {
  db: Db;
  sessions: SessionStore;
  audit: AuditLog;
  mailer: Mailer;
  /** Origin of the links in mails, e.g. https://regie.example.nl. */
  linkOrigin: string;
  /** The signed-in person as /api/me shows them. */
  me: (actor: Actor) => Promise<Me>;
}

/** Who may (re)invite, and who cannot be invited. */
function refuseUninvitable(account: AccountStanding | undefined): AccountStanding {
  if (account === undefined) {
    throw new ConflictError('no_email', 'This person has no email address in Regie, so they cannot be invited. Add one first.');
  }
  if (account.disabled) throw new ConflictError('account_disabled', 'This account is disabled, so it cannot be invited.');
  if (account.hasPassword)
    throw new ConflictError('can_already_sign_in', 'This person can already sign in: they need no invitation.');
  return account;
}

const networkAddress = () => currentContext()?.networkAddress ?? 'unknown';

export function createInvitationsService(deps: InvitationsDependencies) {
  const { db, sessions, audit, mailer, linkOrigin } = deps;
  const invitations = createInvitationsRepository(db);
  const sharingPolicy = createSharingPolicy(db);
  const throttle = new SignInThrottle(db);
  const linkAttempts = (): ThrottleKey[] => [throttleKeys.address(networkAddress(), 'link')];
  // Work that goes on after the answer (a reset mail); the app waits for it before it closes.
  const pending = new Set<Promise<void>>();

  async function visibleClient(actor: Actor, clientId: string) {
    const client = await invitations.findClient(clientId);
    if (!client || !canSeeClient(actor, client)) throw new NotFoundError();
    return client;
  }

  /**
   * Makes a link for the account, audits it with `events` in the same transaction, then mails it.
   * Only the token's hash is stored. When the mail cannot be sent the link is taken back, so that
   * the previous one (already in the person's mailbox) keeps working.
   */
  async function issueLink(
    purpose: LinkPurpose,
    account: AccountStanding,
    options: { createdBy: string | null; onBehalfOf: string | null; who: Actor | AuditActor; events: AuditEvent[] },
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

  function refuseWeakPassword(password: string, account: AccountStanding, person: AccountPerson): void {
    const weak = passwordFieldError('password', password, { email: account.email, name: person.name });
    if (weak !== null) throw new ValidationError([weak]);
  }

  const auditActorOf = (account: AccountStanding, person: AccountPerson): AuditActor => ({
    accountId: account.id,
    role: roleSchema.parse(person.role),
    organisationId: person.organisationId,
  });

  function state(account: AccountStanding | undefined, mayInvite: boolean, open: Map<string, string>): InvitationState {
    const canSignIn = account !== undefined && account.hasPassword && !account.disabled;
    return {
      hasAccount: account !== undefined,
      canSignIn,
      pendingUntil: account === undefined || canSignIn ? null : (open.get(account.id) ?? null),
      abilities: { invite: mayInvite && account !== undefined && !account.hasPassword && !account.disabled },
    };
  }

  return {
    /** Who of the client and their relatives can sign in, has an open invitation, and may be invited by the caller. */
    async clientInvitations(actor: Actor, clientId: string): Promise<ClientInvitations> {
      const client = await visibleClient(actor, clientId);
      const relatives = await invitations.listRelatives(clientId);
      const mayInviteRelatives = (await sharingPolicy.performerFor(actor, clientId, 'invite_members')).kind !== 'nobody';
      const accountIds = [client.accountId, ...relatives.map((r) => r.accountId)].filter((id): id is string => id !== null);
      const accounts = new Map((await invitations.findAccounts(accountIds)).map((account) => [account.id, account]));
      const open = await invitations.openInvitations(accountIds, nowIso());
      const accountOf = (id: string | null) => (id === null ? undefined : accounts.get(id));
      await audit.record(actor, [{ action: 'read', dataCategory: 'invitation', clientId }]);
      return {
        client: state(accountOf(client.accountId), canInviteClient(actor, client), open),
        relatives: relatives.map((relative) =>
          relative.endedAt === null
            ? { relativeId: relative.id, ended: false, ...state(accountOf(relative.accountId), mayInviteRelatives, open) }
            : {
                relativeId: relative.id,
                ended: true,
                hasAccount: relative.accountId !== null,
                canSignIn: false,
                pendingUntil: null,
                abilities: { invite: false },
              },
        ),
      };
    },

    /** The client's team invites the client to set up their own account. */
    async inviteClient(actor: Actor, clientId: string): Promise<SentInvitation> {
      const client = await visibleClient(actor, clientId);
      if (!canInviteClient(actor, client))
        throw new ForbiddenError('Only the professionals who register clients can invite them.');
      const account = refuseUninvitable(client.accountId === null ? undefined : await invitations.findAccount(client.accountId));
      return issueLink('invitation', account, {
        createdBy: actor.accountId,
        onBehalfOf: null,
        who: actor,
        events: [{ action: 'create', dataCategory: 'invitation', clientId, objectId: clientId }],
      });
    },

    /**
     * Invites a relative of the client. The client decides (degrees of direction); their coordinator
     * acting for them is recorded as acting on the client's behalf.
     */
    async inviteRelative(actor: Actor, clientId: string, relativeId: string): Promise<SentInvitation> {
      await visibleClient(actor, clientId);
      const relative = await invitations.findRelative(clientId, relativeId);
      if (!relative) throw new NotFoundError();
      // Who is invited is the client's decision (degrees of direction): the sharing policy says who acts.
      const performer = await sharingPolicy.performerFor(actor, clientId, 'invite_members');
      if (performer.kind === 'nobody') throw new ForbiddenError('Who is invited is the client’s decision.');
      if (relative.endedAt !== null)
        throw new ConflictError('relative_ended', 'This person is no longer a relative of the client.');
      const account = refuseUninvitable(
        relative.accountId === null ? undefined : await invitations.findAccount(relative.accountId),
      );
      const onBehalfOf = performer.onBehalfOfAccountId;
      return issueLink('invitation', account, {
        createdBy: actor.accountId,
        onBehalfOf,
        who: actor,
        events: [
          { action: 'create', dataCategory: 'invitation', clientId, objectId: relativeId, onBehalfOfAccountId: onBehalfOf },
        ],
      });
    },

    /** The organisation admin invites a professional of their own organisation. */
    async inviteProfessional(actor: Actor, professionalId: string): Promise<SentInvitation> {
      const professional = await invitations.findProfessional(professionalId);
      if (!professional || !canInviteProfessional(actor, professional)) throw new NotFoundError();
      const account = refuseUninvitable(await invitations.findAccount(professional.accountId));
      return issueLink('invitation', account, {
        createdBy: actor.accountId,
        onBehalfOf: null,
        who: actor,
        events: [{ action: 'create', dataCategory: 'invitation', objectId: professionalId }],
      });
    },

    /** Who an invitation link is for, so that the page can greet them before they choose a password. */
    async inspect(token: string): Promise<Invitation> {
      const { row, account, person } = await requireWorkingLink(token, 'invitation');
      return { name: person.name, email: account.email, role: roleSchema.parse(person.role), expiresAt: row.expiresAt };
    },

    /**
     * Sets the password, uses up the link and starts a session: signed in for a client or relative;
     * for a professional a session that only leads to setting up a second factor. Someone who
     * already has a second factor is asked for it, as at every sign-in.
     */
    async accept(
      body: AcceptInvitationBody,
      /** The browser's session cookie, if any: someone else may have been signed in there. */
      previousSession: string | undefined,
    ): Promise<{ session: { token: string; expiresAt: Date }; result: AcceptInvitationResult }> {
      const { row, account, person } = await requireWorkingLink(body.token, 'invitation');
      refuseWeakPassword(body.password, account, person);
      const passwordHash = await hashPassword(body.password);
      const stage = account.hasSecondFactor ? 'second_factor' : account.kind === 'professional' ? 'enrolment' : 'active';
      const session = await db.transaction().execute(async (trx) => {
        const repository = createInvitationsRepository(trx);
        if (!(await repository.markUsed(row.id, nowIso()))) throw new LinkInvalidError('invitation');
        await repository.setPassword(account.id, passwordHash);
        await sessions.endAll(account.id, { executor: trx });
        // A session id is never carried across a sign-in.
        if (previousSession !== undefined) await sessions.endById(hashToken(previousSession), trx);
        const started = await sessions.create(account.id, { stage, executor: trx });
        await audit.append(trx, auditActorOf(account, person), [
          { action: 'update', dataCategory: 'invitation', clientId: person.clientId },
          ...(stage === 'active' ? [{ action: 'sign_in', dataCategory: 'session' } as const] : []),
        ]);
        return started;
      });
      if (stage !== 'active') return { session, result: { next: stage } };
      const actor = await sessions.resolve(session.token);
      if (!actor) throw new LinkInvalidError('invitation');
      return { session, result: { next: 'done', me: await deps.me(actor) } };
    },

    /**
     * Starts sending a reset link when the address belongs to an enabled account with a password.
     * The caller answers at once, the same for every address: neither the answer nor its timing
     * tells whether the address has an account.
     */
    async requestPasswordReset(email: string): Promise<{ done: Promise<void> }> {
      const addressKey = throttleKeys.address(networkAddress(), 'password-reset', resetAddressRule);
      await throttle.assertOpen([addressKey]);
      await throttle.recordFailure([addressKey]);
      // Counted before answering, in the order requests come, and alike for every address.
      const mailKey = throttleKeys.email(email, resetMailRule);
      const mayMail = (await throttle.lockedUntil([mailKey])) === null;
      if (mayMail) await throttle.recordFailure([mailKey]);
      const work = (async () => {
        if (!mayMail) return;
        const account = await invitations.findAccountByEmail(email);
        if (!account || account.disabled || !account.hasPassword) return;
        if (!(await invitations.personOf(account))) return;
        await issueLink('password_reset', account, {
          createdBy: null,
          onBehalfOf: null,
          // Nobody is signed in: like a failed sign-in, the row names the account and no role.
          who: { accountId: account.id, role: null, organisationId: null },
          events: [{ action: 'create', dataCategory: 'invitation' }],
        });
      })();
      pending.add(work);
      void work.catch(() => undefined).finally(() => pending.delete(work));
      return { done: work };
    },

    /**
     * Sets the new password and ends every session of the account, on every device. It does not sign
     * in: the person signs in as always, with their second factor, so a reset never bypasses it.
     */
    async completePasswordReset(body: CompletePasswordResetBody): Promise<void> {
      const { row, account, person } = await requireWorkingLink(body.token, 'password_reset');
      refuseWeakPassword(body.password, account, person);
      const passwordHash = await hashPassword(body.password);
      await db.transaction().execute(async (trx) => {
        const repository = createInvitationsRepository(trx);
        if (!(await repository.markUsed(row.id, nowIso()))) throw new LinkInvalidError('password_reset');
        await repository.setPassword(account.id, passwordHash);
        await sessions.endAll(account.id, { executor: trx });
        await audit.append(trx, auditActorOf(account, person), [{ action: 'update', dataCategory: 'invitation' }]);
      });
    },

    /** Resolves when the work still going on after an answer is done. */
    async settle(): Promise<void> {
      await Promise.allSettled([...pending]);
    },
  };
}
export type InvitationsService = ReturnType<typeof createInvitationsService>;
