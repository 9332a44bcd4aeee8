import { endedStatuses } from '../../../domain/membership.js';
import type { ConversationSharing } from '../../../shared/conversations.js';
import type { DbExecutor } from '../../platform/db/database.js';

/** The client as the conversations need them: whose team, whose coordinator. */
export interface ClientScope {
  id: string;
  name: string;
  teamId: string;
  coordinatorId: string;
}

/** A membership as the conversations need it. */
export interface MemberRow {
  id: string;
  name: string;
  status: string;
  role: string | null;
  relativeId: string | null;
}

/** A stored record, its themes still as stored (JSON), with the name of who recorded it last. */
export interface ConversationRow {
  id: string;
  memberId: string;
  heldOn: string;
  themes: string;
  notes: string;
  sharing: string;
  recordedBy: string | null;
  updatedAt: string;
}

/** The statuses of the memberships the deepening is about (src/domain/phases.ts, needsConversation). */
export const statusesOwedAConversation = ['approached', 'conversation_held', 'active'] as const;

// Nothing here is cached: a membership that ends, or a member's answer, counts from the very next
// request (SECURITY.md, "Access control").
export function createConversationsRepository(db: DbExecutor) {
  const conversations = () =>
    db
      .selectFrom('deepening_conversations as c')
      .leftJoin('professionals as p', 'p.account_id', 'c.recorded_by_account_id')
      .select([
        'c.id as id',
        'c.member_id as memberId',
        'c.held_on as heldOn',
        'c.themes as themes',
        'c.notes as notes',
        'c.sharing as sharing',
        'p.name as recordedBy',
        'c.updated_at as updatedAt',
      ]);

  const members = (groupId: string) =>
    db
      .selectFrom('group_members')
      .select(['id', 'name', 'status', 'role', 'relative_id as relativeId'])
      .where('group_id', '=', groupId);

  return {
    findClient(clientId: string): Promise<ClientScope | undefined> {
      return db
        .selectFrom('clients')
        .select(['id', 'name', 'team_id as teamId', 'coordinator_id as coordinatorId'])
        .where('id', '=', clientId)
        .executeTakeFirst();
    },

    /** The client's group that has not been closed; there is at most one. */
    findActiveGroup(clientId: string): Promise<{ id: string } | undefined> {
      return db
        .selectFrom('groups')
        .select('id')
        .where('client_id', '=', clientId)
        .where('closed_at', 'is', null)
        .executeTakeFirst();
    },

    /** True when the professional is in the group as its responsible clinician, and has not left. */
    async isGroupClinician(groupId: string, professionalId: string): Promise<boolean> {
      const row = await members(groupId)
        .where('professional_id', '=', professionalId)
        .where('role', '=', 'clinician')
        .where('status', 'not in', endedStatuses)
        .executeTakeFirst();
      return row !== undefined;
    },

    /** Those the coordinator talks with: asked, not said no, not left, and not the coordinator. */
    listMembersOwedAConversation(groupId: string): Promise<MemberRow[]> {
      return members(groupId)
        .where('status', 'in', statusesOwedAConversation)
        .where((eb) => eb.or([eb('role', 'is', null), eb('role', '!=', 'coordinator')]))
        .orderBy('created_at')
        .orderBy('id')
        .execute();
    },

    findMember(groupId: string, memberId: string): Promise<MemberRow | undefined> {
      return members(groupId).where('id', '=', memberId).executeTakeFirst();
    },

    /** The relative's membership of the group that has not ended, if any. */
    findLiveMembershipOfRelative(groupId: string, relativeId: string): Promise<MemberRow | undefined> {
      return members(groupId).where('relative_id', '=', relativeId).where('status', 'not in', endedStatuses).executeTakeFirst();
    },

    /** The live place of the person behind `accountId` among the client's relatives, if any. */
    findLiveRelativeByAccount(clientId: string, accountId: string): Promise<{ id: string } | undefined> {
      return db
        .selectFrom('relatives')
        .select('id')
        .where('client_id', '=', clientId)
        .where('account_id', '=', accountId)
        .where('ended_at', 'is', null)
        .executeTakeFirst();
    },

    /** Of these relatives, those who can answer in Regie: their place is live and they have an account. */
    async relativesWhoCanAnswer(clientId: string, relativeIds: readonly string[]): Promise<Set<string>> {
      if (relativeIds.length === 0) return new Set();
      const rows = await db
        .selectFrom('relatives')
        .select('id')
        .where('client_id', '=', clientId)
        .where('id', 'in', relativeIds)
        .where('ended_at', 'is', null)
        .where('account_id', 'is not', null)
        .execute();
      return new Set(rows.map((row) => row.id));
    },

    listConversations(groupId: string): Promise<ConversationRow[]> {
      return conversations().where('c.group_id', '=', groupId).execute();
    },

    findConversation(groupId: string, memberId: string): Promise<ConversationRow | undefined> {
      return conversations().where('c.group_id', '=', groupId).where('c.member_id', '=', memberId).executeTakeFirst();
    },

    /** Adds the member's record; false when they already have one (one per membership). */
    async insertConversation(values: {
      id: string;
      groupId: string;
      memberId: string;
      heldOn: string;
      themes: string;
      notes: string;
      byAccountId: string;
      at: string;
    }): Promise<boolean> {
      const inserted = await db
        .insertInto('deepening_conversations')
        .values({
          id: values.id,
          group_id: values.groupId,
          member_id: values.memberId,
          held_on: values.heldOn,
          themes: values.themes,
          notes: values.notes,
          sharing: 'not_asked',
          recorded_by_account_id: values.byAccountId,
          created_at: values.at,
          updated_at: values.at,
        })
        .onConflict((conflict) => conflict.column('member_id').doNothing())
        .executeTakeFirst();
      return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
    },

    async updateConversation(
      memberId: string,
      values: { heldOn: string; themes: string; notes: string; sharing: ConversationSharing; byAccountId: string; at: string },
    ): Promise<void> {
      await db
        .updateTable('deepening_conversations')
        .set({
          held_on: values.heldOn,
          themes: values.themes,
          notes: values.notes,
          sharing: values.sharing,
          recorded_by_account_id: values.byAccountId,
          updated_at: values.at,
        })
        .where('member_id', '=', memberId)
        .execute();
    },

    /** The member's answer; `updated_at` stays the time the record itself last changed. */
    async setSharing(memberId: string, sharing: ConversationSharing): Promise<void> {
      await db.updateTable('deepening_conversations').set({ sharing }).where('member_id', '=', memberId).execute();
    },
  };
}
export type ConversationsRepository = ReturnType<typeof createConversationsRepository>;
