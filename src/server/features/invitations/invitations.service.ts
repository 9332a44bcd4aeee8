import type { Me } from '../../../shared/accounts.js';
import {
  type AcceptInvitationBody,
  type AcceptInvitationResult,
  type ClientInvitations,
  type CompletePasswordResetBody,
  type DeclineInvitationResult,
  type Invitation,
  type InvitationState,
  type SentInvitation,
} from '../../../shared/invitations.js';
import { roleSchema } from '../../../shared/roles.js';
import type { AuditActor, AuditEvent, AuditLog } from '../../platform/audit/audit-log.js';
import { hashPassword } from '../../platform/auth/password.js';
import { passwordFieldError } from '../../platform/auth/password-policy.js';
import { hashToken } from '../../platform/auth/session-token.js';
import type { SessionStore } from '../../platform/auth/sessions.js';
import { SignInThrottle, throttleKeys, type ThrottleRule } from '../../platform/auth/sign-in-throttle.js';
import { currentContext, type Actor } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { nowIso } from '../../platform/ids/ids.js';
import type { Mailer } from '../../platform/mail/mailer.js';
import { createLinks, LinkInvalidError } from './links.js';
import { canSeeClient } from '../clients/index.js';
import { answerGroupInvitations, pendingGroupInvitations, type AnsweredMembership } from '../groups/index.js';
import { createSharingPolicy } from '../sharing/index.js';
import { canInviteClient, canInviteProfessional } from './invitations.policy.js';
import { createInvitationsRepository, type AccountPerson, type AccountStanding } from './invitations.repository.js';

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
  const { issueLink, requireWorkingLink } = createLinks({ db, audit, mailer, linkOrigin, throttle, networkAddress });
  // Work that goes on after the answer (a reset mail); the app waits for it before it closes.
  const pending = new Set<Promise<void>>();

  async function visibleClient(actor: Actor, clientId: string) {
    const client = await invitations.findClient(clientId);
    if (!client || !canSeeClient(actor, client)) throw new NotFoundError();
    return client;
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

  async function inviteRelativeOf(
    actor: Actor,
    clientId: string,
    relativeId: string,
    forGroup: boolean,
  ): Promise<SentInvitation> {
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
      events: [{ action: 'create', dataCategory: 'invitation', clientId, objectId: relativeId, onBehalfOfAccountId: onBehalfOf }],
      forGroup,
    });
  }

  /** The audit lines of a group's question answered through a link. */
  const answeredEvents = (answered: readonly AnsweredMembership[]): AuditEvent[] =>
    answered.flatMap((membership) => [
      { action: 'update', dataCategory: 'group', clientId: membership.clientId, objectId: membership.memberId } as const,
      ...(membership.placeEnded
        ? [
            {
              action: 'update',
              dataCategory: 'relatives',
              clientId: membership.clientId,
              objectId: membership.relativeId,
            } as const,
          ]
        : []),
    ]);

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
    inviteRelative: (actor: Actor, clientId: string, relativeId: string) => inviteRelativeOf(actor, clientId, relativeId, false),

    /**
     * Invites a member of the client's resource group, through their relative record, to answer the
     * group's question and to sign in. The same decision as inviting a relative; only the mail says
     * what is asked.
     */
    inviteGroupMember: (actor: Actor, clientId: string, relativeId: string) =>
      inviteRelativeOf(actor, clientId, relativeId, true),

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
      const [pending] = account.kind === 'relative' ? await pendingGroupInvitations(db, account.id) : [];
      return {
        name: person.name,
        email: account.email,
        role: roleSchema.parse(person.role),
        expiresAt: row.expiresAt,
        group: pending ? { clientName: pending.clientName, groupName: pending.groupName } : null,
      };
    },

    /**
     * Says no to joining a resource group with the link: the link is used up, the membership is
     * declined, and the place in the client's circle that was made for it ends. Only an invitation
     * that asks to join a group can be declined; any other is simply left unused.
     */
    async decline(token: string): Promise<DeclineInvitationResult> {
      const { row, account, person } = await requireWorkingLink(token, 'invitation');
      const pending = account.kind === 'relative' ? await pendingGroupInvitations(db, account.id) : [];
      if (pending.length === 0) {
        throw new ConflictError(
          'not_a_group_invitation',
          'This invitation does not ask you to join a group, so there is nothing to decline. You can leave it unused.',
        );
      }
      await db.transaction().execute(async (trx) => {
        if (!(await createInvitationsRepository(trx).markUsed(row.id, nowIso()))) throw new LinkInvalidError('invitation');
        const answered = await answerGroupInvitations(trx, account.id, 'no');
        await audit.append(trx, auditActorOf(account, person), [
          { action: 'update', dataCategory: 'invitation', clientId: answered[0]?.clientId ?? null },
          ...answeredEvents(answered),
        ]);
      });
      return { status: 'declined' };
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
        // Accepting an invitation to a group is saying yes to it.
        const answered = account.kind === 'relative' ? await answerGroupInvitations(trx, account.id, 'yes') : [];
        await audit.append(trx, auditActorOf(account, person), [
          { action: 'update', dataCategory: 'invitation', clientId: person.clientId },
          ...answeredEvents(answered),
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
