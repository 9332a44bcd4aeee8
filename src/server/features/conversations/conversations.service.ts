import { isMemberStatus } from '../../../domain/membership.js';
import {
  conversationSharingSchema,
  conversationThemes,
  conversationThemeSchema,
  type Conversation,
  type ConversationOverview,
  type ConversationSharingBody,
  type MyConversation,
  type MyConversationSharingBody,
  type RecordConversationBody,
} from '../../../shared/conversations.js';
import type { AuditEvent, AuditLog } from '../../platform/audit/audit-log.js';
import type { Actor } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { dutchToday, newId, nowIso } from '../../platform/ids/ids.js';
import { canSeeClient } from '../clients/index.js';
import { changeMemberStatus } from '../groups/index.js';
import { canRecordConversations, conversationReader, readerSeesRecord } from './conversations.policy.js';
import {
  createConversationsRepository,
  type ClientScope,
  type ConversationRow,
  type ConversationsRepository,
  type MemberRow,
} from './conversations.repository.js';

/** Stored text is checked before it is trusted: unknown themes are left out, an unknown state reads as not asked. */
function presentConversation(row: ConversationRow): Conversation {
  let stored: unknown;
  try {
    stored = JSON.parse(row.themes);
  } catch {
    stored = [];
  }
  const themes = Array.isArray(stored) ? stored.flatMap((theme) => conversationThemeSchema.safeParse(theme).data ?? []) : [];
  return {
    id: row.id,
    memberId: row.memberId,
    heldOn: row.heldOn,
    themes,
    notes: row.notes,
    sharing: conversationSharingSchema.catch('not_asked').parse(row.sharing),
    recordedBy: row.recordedBy,
    updatedAt: row.updatedAt,
  };
}

/** The themes once each, in the method's order, as stored. */
const storedThemes = (themes: RecordConversationBody['themes']): string =>
  JSON.stringify(conversationThemes.filter((theme) => themes.includes(theme)));

const refusals = {
  not_approached: 'This person has not been approached yet. Record that they were asked to join the group first.',
  membership_ended: 'This membership has ended: there is no conversation to record.',
  coordinator_member: 'The coordinator holds the in-depth conversations and has none of their own.',
  no_conversation: 'No conversation has been recorded for this member yet. Record it first.',
  not_asked: 'Nobody asked you to share this record. Your coordinator asks when it is time.',
} as const;

// Reads are logged before they are answered, changes inside their own transaction as its last step;
// refusals by platform/audit's route hook (SECURITY.md, NEN 7513). Records are never logged.
export function createConversationsService(db: Db, audit: AuditLog) {
  const repository = createConversationsRepository(db);

  /** The client and their active group, if the actor may see the client; otherwise "not found". */
  async function clientAndGroup(actor: Actor, clientId: string, repo: ConversationsRepository) {
    const client = await repo.findClient(clientId);
    if (!client || !canSeeClient(actor, client)) throw new NotFoundError();
    const group = await repo.findActiveGroup(clientId);
    if (!group) throw new NotFoundError('This client has no resource group yet.');
    return { client, group };
  }

  /** As clientAndGroup, then only the client's coordinator goes on (the rest of the team: 403), to a member of the group. */
  async function coordinatorsMember(actor: Actor, clientId: string, memberId: string, repo: ConversationsRepository) {
    const { client, group } = await clientAndGroup(actor, clientId, repo);
    if (!canRecordConversations(actor, client))
      throw new ForbiddenError('Only the coordinator records the in-depth conversations.');
    const member = await repo.findMember(group.id, memberId);
    if (!member) throw new NotFoundError();
    return { client, group, member };
  }

  /**
   * The live relative behind the actor and their client, with the client's group and the relative's
   * membership when there are these; "not found" for anyone who is not a live relative of the client.
   */
  async function ownMembership(actor: Actor, clientId: string, repo: ConversationsRepository) {
    const relative = actor.role === 'relative' ? await repo.findLiveRelativeByAccount(clientId, actor.accountId) : undefined;
    const client = relative ? await repo.findClient(clientId) : undefined;
    if (!relative || !client) throw new NotFoundError();
    const group = await repo.findActiveGroup(clientId);
    const member = group ? await repo.findLiveMembershipOfRelative(group.id, relative.id) : undefined;
    return { client, group, member };
  }

  /** The member's record while it is theirs to see: from the moment the coordinator asked. */
  const shownToMember = (row: ConversationRow | undefined): Conversation | null => {
    const conversation = row && presentConversation(row);
    return conversation && conversation.sharing !== 'not_asked' ? conversation : null;
  };

  const clientRef = (client: ClientScope) => ({ id: client.id, name: client.name });

  return {
    /** The members owed a conversation, each with their record as far as the actor may read it. */
    async overview(actor: Actor, clientId: string): Promise<ConversationOverview> {
      const { client, group } = await clientAndGroup(actor, clientId, repository);
      const clinician = actor.professional ? await repository.isGroupClinician(group.id, actor.professional.id) : false;
      const reader = conversationReader(actor, client, clinician);
      if (reader === null) throw new ForbiddenError('Only the coordinator and the responsible clinician read these records.');

      const members = await repository.listMembersOwedAConversation(group.id);
      const records = new Map(
        (await repository.listConversations(group.id)).map((row) => [row.memberId, presentConversation(row)]),
      );
      const canAnswer =
        reader === 'client'
          ? new Set<string>()
          : await repository.relativesWhoCanAnswer(
              client.id,
              members.flatMap((member) => (member.relativeId ? [member.relativeId] : [])),
            );
      const present = (member: MemberRow) => {
        const record = records.get(member.id);
        return {
          memberId: member.id,
          name: member.name,
          status: member.status,
          conversation: record && readerSeesRecord(reader, record.sharing) ? record : null,
          answersInRegie: member.relativeId !== null && canAnswer.has(member.relativeId),
        };
      };
      const shown = members.map(present);

      // One row per record shown, so that the log tells whose record was read; the list alone otherwise.
      const read = shown.filter((member) => member.conversation !== null);
      const events: AuditEvent[] =
        read.length > 0
          ? read.map((member) => ({ action: 'read', dataCategory: 'conversation', clientId, objectId: member.memberId }))
          : [{ action: 'read', dataCategory: 'conversation', clientId }];
      await audit.record(actor, events);
      return { client: clientRef(client), members: shown, abilities: { record: reader === 'coordinator' } };
    },

    /**
     * Records the member's conversation, or corrects the record (one per membership). A member who
     * was approached has now had their conversation. A record the member agreed to share is, once its
     * themes or notes change, no longer what they agreed to: it goes back to "not asked".
     */
    async record(actor: Actor, clientId: string, memberId: string, body: RecordConversationBody): Promise<Conversation> {
      return db.transaction().execute(async (trx) => {
        const repo = createConversationsRepository(trx);
        const { member, group } = await coordinatorsMember(actor, clientId, memberId, repo);
        if (body.heldOn > dutchToday()) {
          throw new ValidationError([
            { field: 'heldOn', code: 'in_future', message: 'must not be in the future: record a conversation once it was held' },
          ]);
        }
        if (member.role === 'coordinator') throw new ConflictError('coordinator_member', refusals.coordinator_member);
        const status = isMemberStatus(member.status) ? member.status : null;
        if (status === 'nominated') throw new ConflictError('not_approached', refusals.not_approached);
        if (status !== 'approached' && status !== 'conversation_held' && status !== 'active') {
          throw new ConflictError('membership_ended', refusals.membership_ended);
        }

        const at = nowIso();
        const themes = storedThemes(body.themes);
        const content = { heldOn: body.heldOn, themes, notes: body.notes, byAccountId: actor.accountId, at };
        const created = await repo.insertConversation({ id: newId(), groupId: group.id, memberId, ...content });
        if (!created) {
          const existing = await repo.findConversation(group.id, memberId);
          const previous = existing ? presentConversation(existing) : null;
          const changed = existing !== undefined && (existing.themes !== themes || existing.notes !== body.notes);
          const sharing = previous?.sharing === 'agreed' && changed ? 'not_asked' : (previous?.sharing ?? 'not_asked');
          await repo.updateConversation(memberId, { ...content, sharing });
        }

        const events: AuditEvent[] = [
          { action: created ? 'create' : 'update', dataCategory: 'conversation', clientId, objectId: memberId },
        ];
        if (status === 'approached') {
          await changeMemberStatus(trx, { memberId, to: 'conversation_held', byAccountId: actor.accountId });
          events.push({ action: 'update', dataCategory: 'group', clientId, objectId: memberId });
        }
        const saved = await repo.findConversation(group.id, memberId);
        if (!saved) throw new Error('the conversation just saved is not there');
        await audit.append(trx, actor, events);
        return presentConversation(saved);
      });
    },

    /** The coordinator asks the member to share the record with the client, or records their answer given in person. */
    async setSharing(actor: Actor, clientId: string, memberId: string, body: ConversationSharingBody): Promise<Conversation> {
      return db.transaction().execute(async (trx) => {
        const repo = createConversationsRepository(trx);
        const { group } = await coordinatorsMember(actor, clientId, memberId, repo);
        if (!(await repo.findConversation(group.id, memberId))) throw new NotFoundError(refusals.no_conversation);
        await repo.setSharing(memberId, body.sharing);
        const saved = await repo.findConversation(group.id, memberId);
        if (!saved) throw new Error('the conversation just saved is not there');
        await audit.append(trx, actor, [{ action: 'update', dataCategory: 'conversation', clientId, objectId: memberId }]);
        return presentConversation(saved);
      });
    },

    /** A member's own record, once the coordinator asked whether the client may read it. */
    async mine(actor: Actor, clientId: string): Promise<MyConversation> {
      // A relative who is not (or not yet) a member has no record: nothing to show, and nothing hidden.
      const { client, group, member } = await ownMembership(actor, clientId, repository);
      const row = group && member ? await repository.findConversation(group.id, member.id) : undefined;
      await audit.record(actor, [{ action: 'read', dataCategory: 'conversation', clientId, objectId: member?.id ?? null }]);
      return { client: clientRef(client), conversation: shownToMember(row) };
    },

    /** The member's answer: the client may read the record, or not. They can change it later. */
    async answerMine(actor: Actor, clientId: string, body: MyConversationSharingBody): Promise<MyConversation> {
      return db.transaction().execute(async (trx) => {
        const repo = createConversationsRepository(trx);
        const { client, group, member } = await ownMembership(actor, clientId, repo);
        if (!group || !member || !shownToMember(await repo.findConversation(group.id, member.id)))
          throw new ConflictError('not_asked', refusals.not_asked);
        await repo.setSharing(member.id, body.agree ? 'agreed' : 'declined');
        const conversation = shownToMember(await repo.findConversation(group.id, member.id));
        await audit.append(trx, actor, [{ action: 'update', dataCategory: 'conversation', clientId, objectId: member.id }]);
        return { client: clientRef(client), conversation };
      });
    },
  };
}
export type ConversationsService = ReturnType<typeof createConversationsService>;
