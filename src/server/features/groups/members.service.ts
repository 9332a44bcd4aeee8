import { relations, type Relation } from '../../../shared/clients.js';
import type { AddProfessionalBody, AnswerBody, ApproachBody, LeaveBody, Member, NominateBody } from '../../../shared/groups.js';
import type { SentInvitation } from '../../../shared/invitations.js';
import type { AuditEvent, AuditLog } from '../../platform/audit/audit-log.js';
import type { Actor } from '../../platform/context.js';
import { isUniqueViolation, type Db, type DbTransaction } from '../../platform/db/database.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { dutchToday } from '../../platform/ids/ids.js';
import { canSeeClient, endRelativePlace, insertRelativeWithin, teamCareRoles } from '../clients/index.js';
import { createSharingPolicy, type Performer } from '../sharing/index.js';
import { accountsOf, activeGroup, clientFor, directedClient, groupMember, viewerOf } from './group-scope.js';
import { mayManageProfessionals } from './groups.policy.js';
import { presentMember } from './groups.presenter.js';
import { createGroupsRepository, type GroupClient, type GroupsRepository, type MemberRow } from './groups.repository.js';
import { changeMemberStatus } from './member-status.js';

/** What the groups feature asks of the invitations feature: one link, mailed to a relative. */
export interface MemberInviter {
  inviteGroupMember(actor: Actor, clientId: string, relativeId: string): Promise<SentInvitation>;
}

const alreadyMember = () =>
  new ConflictError(
    'already_member',
    'This person is already in the group, or asked to join it. Their membership has to end first.',
  );

/** The kind of member a person on the map becomes. */
function kindOf(person: { relation: string; formality: string }): 'informal' | 'peer' | 'formal' {
  if (person.relation === 'peer_expert') return 'peer';
  return person.formality === 'formal' ? 'formal' : 'informal';
}

/** The relation a relative record takes from the map; the map knows more relations than relatives do. */
const relativeRelation = (relation: string | null): Relation =>
  (relations as readonly string[]).includes(relation ?? '') ? (relation as Relation) : 'other';

const memberEvent = (
  clientId: string,
  memberId: string,
  action: 'create' | 'update' = 'update',
  onBehalfOfAccountId: string | null = null,
): AuditEvent => ({
  action,
  dataCategory: 'group',
  clientId,
  objectId: memberId,
  onBehalfOfAccountId,
});

// Memberships: nominating, asking, answering, joining and leaving, and the invitation by email.
// Every status change goes through changeMemberStatus, which checks the method and writes history.
export function createMembersService(db: Db, audit: AuditLog, inviter: MemberInviter) {
  /** The member as the actor sees them, read inside the change's transaction. */
  async function present(
    trx: DbTransaction,
    repository: GroupsRepository,
    actor: Actor,
    client: GroupClient,
    groupId: string,
    memberId: string,
  ): Promise<Member> {
    const row = await groupMember(repository, groupId, memberId);
    const members = await repository.listMembers(groupId);
    return presentMember(row, await viewerOf(trx, actor, client, members), await accountsOf(repository, [row]));
  }

  /** Who may nominate and invite: the performer of 'invite_members' (degrees of direction). */
  async function inviting(
    trx: DbTransaction,
    repository: GroupsRepository,
    actor: Actor,
    clientId: string,
  ): Promise<{ client: GroupClient; performer: Performer }> {
    const client = await repository.findClient(clientId);
    if (!client || !canSeeClient(actor, client)) throw new NotFoundError();
    const performer = await createSharingPolicy(trx).performerFor(actor, clientId, 'invite_members');
    if (performer.kind === 'nobody') throw new ForbiddenError('Who is asked to join the group is the client’s decision.');
    return { client, performer };
  }

  /** A change of one membership by the client or their coordinator, answered with the member. */
  function changeMember(
    actor: Actor,
    clientId: string,
    memberId: string,
    work: (trx: DbTransaction, repository: GroupsRepository, member: MemberRow, client: GroupClient) => Promise<AuditEvent[]>,
  ): Promise<Member> {
    return db.transaction().execute(async (trx) => {
      const repository = createGroupsRepository(trx);
      const client = await directedClient(repository, actor, clientId);
      const group = await activeGroup(repository, clientId);
      const member = await groupMember(repository, group.id, memberId);
      const events = await work(trx, repository, member, client);
      const answer = await present(trx, repository, actor, client, group.id, memberId);
      await audit.append(trx, actor, [memberEvent(clientId, memberId), ...events]);
      return answer;
    });
  }

  /**
   * A transaction that adds a membership. The database holds "one open membership per person" too
   * (migration 0008), so that of two requests at the same moment the second meets the same 409 as
   * one that came later.
   */
  async function joinOnce(work: (trx: DbTransaction) => Promise<Member>): Promise<Member> {
    try {
      return await db.transaction().execute(work);
    } catch (error) {
      if (isUniqueViolation(error)) throw alreadyMember();
      throw error;
    }
  }

  return {
    /** The client nominates someone from their network map. */
    async nominate(actor: Actor, clientId: string, body: NominateBody): Promise<Member> {
      return joinOnce(async (trx) => {
        const repository = createGroupsRepository(trx);
        const { client, performer } = await inviting(trx, repository, actor, clientId);
        const group = await activeGroup(repository, clientId);
        const person = await repository.findNetworkPerson(clientId, body.networkPersonId);
        if (!person) {
          throw new ValidationError([
            { field: 'networkPersonId', code: 'not_on_map', message: 'is not a person on this client’s network map' },
          ]);
        }
        if (await repository.findOpenMembership(group.id, { networkPersonId: person.id })) throw alreadyMember();
        // Someone already in the client's circle as a relative is that same person: their membership
        // and their place go together (leaving one ends the other), and they need no new invitation.
        const relative = person.email === null ? undefined : await repository.findLiveRelativeByEmail(clientId, person.email);
        if (relative && (await repository.findOpenMembership(group.id, { relativeId: relative.id }))) throw alreadyMember();
        const memberId = await repository.insertMember({
          groupId: group.id,
          name: person.name,
          kind: kindOf(person),
          role: null,
          status: 'nominated',
          networkPersonId: person.id,
          relativeId: relative?.id ?? null,
          byAccountId: actor.accountId,
          onBehalfOfAccountId: performer.onBehalfOfAccountId,
        });
        const answer = await present(trx, repository, actor, client, group.id, memberId);
        await audit.append(trx, actor, [memberEvent(clientId, memberId, 'create', performer.onBehalfOfAccountId)]);
        return answer;
      });
    },

    /** A professional of the client's team joins the group at once (the responsible clinician, say). */
    async addProfessional(actor: Actor, clientId: string, body: AddProfessionalBody): Promise<Member> {
      return joinOnce(async (trx) => {
        const repository = createGroupsRepository(trx);
        const client = await clientFor(
          repository,
          actor,
          clientId,
          mayManageProfessionals,
          'Only the coordinator and the team lead add professionals to the group.',
        );
        const group = await activeGroup(repository, clientId);
        const professional = await repository.findTeamProfessional(client.teamId, body.professionalId);
        if (!professional || !(teamCareRoles as readonly string[]).includes(professional.role)) {
          throw new ValidationError([
            { field: 'professionalId', code: 'not_in_team', message: 'is not a professional of the client’s team' },
          ]);
        }
        if (await repository.findOpenMembership(group.id, { professionalId: professional.id })) throw alreadyMember();
        const memberId = await repository.insertMember({
          groupId: group.id,
          name: professional.name,
          kind: 'formal',
          role: body.role,
          status: 'active',
          professionalId: professional.id,
          byAccountId: actor.accountId,
        });
        const answer = await present(trx, repository, actor, client, group.id, memberId);
        await audit.append(trx, actor, [memberEvent(clientId, memberId, 'create')]);
        return answer;
      });
    },

    /** Records who asked the nominee, and when. */
    approach(actor: Actor, clientId: string, memberId: string, body: ApproachBody): Promise<Member> {
      if (body.approachedOn > dutchToday()) {
        throw new ValidationError([{ field: 'approachedOn', code: 'in_future', message: 'must be today or a day before' }]);
      }
      return changeMember(actor, clientId, memberId, async (trx, repository) => {
        await changeMemberStatus(trx, { memberId, to: 'approached', byAccountId: actor.accountId });
        await repository.updateMember(memberId, { approached_by: body.approachedBy, approached_on: body.approachedOn });
        return [];
      });
    },

    /** The asked person's answer: yes (they join after their conversation) or no (declined). */
    answer(actor: Actor, clientId: string, memberId: string, body: AnswerBody): Promise<Member> {
      return changeMember(actor, clientId, memberId, async (trx, repository, member) => {
        if (member.status !== 'approached') {
          throw new ConflictError(
            'not_approached',
            'Record an answer once the person has been asked, and before they joined or left.',
          );
        }
        if (body.answer === 'yes' && member.answer === 'yes')
          throw new ConflictError('already_answered', 'This person already said yes.');
        await repository.updateMember(memberId, { answer: body.answer });
        if (body.answer === 'no') await changeMemberStatus(trx, { memberId, to: 'declined', byAccountId: actor.accountId });
        return [];
      });
    },

    /** The person joins the group, after they said yes. */
    activate(actor: Actor, clientId: string, memberId: string): Promise<Member> {
      return changeMember(actor, clientId, memberId, async (trx, _repository, member) => {
        if ((member.status === 'approached' || member.status === 'conversation_held') && member.answer !== 'yes') {
          throw new ConflictError('no_yes_yet', 'A person joins the group after they said yes: record their answer first.');
        }
        await changeMemberStatus(trx, { memberId, to: 'active', byAccountId: actor.accountId });
        return [];
      });
    },

    /** The member leaves, with a reason; a relative's place in the client's circle ends with it. */
    leave(actor: Actor, clientId: string, memberId: string, body: LeaveBody): Promise<Member> {
      if (body.reason === 'handover') {
        throw new ValidationError([{ field: 'reason', code: 'handover_only', message: 'is written by a handover of the group' }]);
      }
      return changeMember(actor, clientId, memberId, async (trx, _repository, member) => {
        const note = body.note === undefined || body.note === null || body.note === '' ? null : body.note;
        await changeMemberStatus(trx, { memberId, to: 'left', byAccountId: actor.accountId, reason: body.reason, note });
        if (member.relative_id === null || member.relativeEndedAt !== null) return [];
        await endRelativePlace(trx, member.relative_id, { byAccountId: actor.accountId, reason: null });
        return [{ action: 'update', dataCategory: 'relatives', clientId, objectId: member.relative_id }];
      });
    },

    /**
     * Invites the member by email to answer and, with a yes, to sign in as a relative of the client.
     * A member without a relative record gets one (with an account without password) first. The
     * nominee counts as approached once the mail is out, not before: a mail that could not be sent
     * asked nobody.
     */
    async invite(actor: Actor, clientId: string, memberId: string): Promise<SentInvitation> {
      const { relativeId, performer, nominated } = await linkRelative(actor, clientId, memberId);
      const sent = await inviter.inviteGroupMember(actor, clientId, relativeId);
      if (nominated) {
        await db.transaction().execute(async (trx) => {
          const repository = createGroupsRepository(trx);
          const group = await activeGroup(repository, clientId);
          const member = await groupMember(repository, group.id, memberId);
          if (member.status !== 'nominated') return;
          await changeMemberStatus(trx, {
            memberId,
            to: 'approached',
            byAccountId: actor.accountId,
            onBehalfOfAccountId: performer.onBehalfOfAccountId,
          });
          await repository.updateMember(memberId, {
            approached_by: performer.kind === 'client' ? 'client' : 'coordinator',
            approached_on: dutchToday(),
          });
          await audit.append(trx, actor, [memberEvent(clientId, memberId, 'update', performer.onBehalfOfAccountId)]);
        });
      }
      return sent;
    },
  };

  /** The member's relative record to invite, made (and linked) when there is none yet. */
  async function linkRelative(actor: Actor, clientId: string, memberId: string) {
    try {
      return await db.transaction().execute(async (trx) => {
        const repository = createGroupsRepository(trx);
        const { performer } = await inviting(trx, repository, actor, clientId);
        const group = await activeGroup(repository, clientId);
        const member = await groupMember(repository, group.id, memberId);
        if (member.status === 'declined' || member.status === 'left') {
          throw new ConflictError('membership_ended', 'This membership has ended; nominate the person again to invite them.');
        }
        const nominated = member.status === 'nominated';
        if (member.relative_id !== null) return { relativeId: member.relative_id, performer, nominated };
        const email = member.personEmail?.toLowerCase() ?? null;
        if (member.professional_id !== null || email === null) {
          throw new ConflictError(
            'no_email',
            'This person has no email address on the network map, so they cannot be invited by email. Add one first, or ask them yourself.',
          );
        }
        const [account] = await repository.findAccounts({ ids: [], emails: [email] });
        if (account && account.kind !== 'relative') {
          throw new ConflictError('email_in_use', 'This email address belongs to another kind of Regie account.');
        }
        if (account?.hasPassword) {
          throw new ConflictError(
            'can_already_sign_in',
            'This email address belongs to someone who can already sign in to Regie: they need no invitation.',
          );
        }
        if (account?.disabled)
          throw new ConflictError('account_disabled', 'The account of this email address is disabled, so it cannot be invited.');
        const existing = account ? await repository.findLiveRelativeByAccount(clientId, account.id) : undefined;
        const relativeId =
          existing?.id ??
          (
            await insertRelativeWithin(trx, clientId, {
              name: member.name,
              email,
              relation: relativeRelation(member.personRelation),
            })
          ).id;
        await repository.updateMember(memberId, { relative_id: relativeId });
        await audit.append(trx, actor, [
          ...(existing
            ? []
            : [
                {
                  action: 'create',
                  dataCategory: 'relatives',
                  clientId,
                  objectId: relativeId,
                  onBehalfOfAccountId: performer.onBehalfOfAccountId,
                } as const,
              ]),
          memberEvent(clientId, memberId, 'update', performer.onBehalfOfAccountId),
        ]);
        return { relativeId, performer, nominated };
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new ConflictError('email_in_use', 'This email address was registered just now. Try again.');
      throw error;
    }
  }
}
export type MembersService = ReturnType<typeof createMembersService>;
