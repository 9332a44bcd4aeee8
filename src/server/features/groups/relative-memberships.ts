import type { DbExecutor, DbTransaction } from '../../platform/db/database.js';
import { nowIso } from '../../platform/ids/ids.js';
import { endRelativePlace } from '../clients/index.js';
import { changeMemberStatus } from './member-status.js';

// Memberships that stand on a relative's place in the client's circle, as other features meet them:
// a place that ends ends the membership, and an invitation link answers the group's question.

/** A membership waiting on the answer of the person behind an invitation link. */
export interface PendingGroupInvitation {
  memberId: string;
  status: string;
  relativeId: string;
  clientId: string;
  clientName: string;
  groupName: string;
}

/** What answering changed, for the audit log: per membership, whose client and which relative. */
export interface AnsweredMembership {
  memberId: string;
  clientId: string;
  relativeId: string;
  /** Set when answering 'no' ended the relative's place. */
  placeEnded: boolean;
}

/**
 * The memberships (nominated or approached, in a group that is still active) linked to a live place
 * of the person behind `accountId`, oldest first: what their invitation link is about.
 */
export function pendingGroupInvitations(db: DbExecutor, accountId: string): Promise<PendingGroupInvitation[]> {
  return db
    .selectFrom('group_members')
    .innerJoin('relatives', 'relatives.id', 'group_members.relative_id')
    .innerJoin('groups', 'groups.id', 'group_members.group_id')
    .innerJoin('clients', 'clients.id', 'groups.client_id')
    .select([
      'group_members.id as memberId',
      'group_members.status as status',
      'relatives.id as relativeId',
      'clients.id as clientId',
      'clients.name as clientName',
      'groups.name as groupName',
    ])
    .where('relatives.account_id', '=', accountId)
    .where('relatives.ended_at', 'is', null)
    .where('groups.closed_at', 'is', null)
    .where('group_members.status', 'in', ['nominated', 'approached'])
    .orderBy('group_members.created_at')
    .orderBy('group_members.id')
    .execute();
}

/**
 * The person behind an invitation link answers the group's question, inside the caller's transaction.
 * Being reached by the link is being approached, so a nominee becomes approached first. 'yes' records
 * the answer (the coordinator makes them active after the in-depth conversation); 'no' declines the
 * membership and ends their place in the client's circle, which existed only for the group.
 */
export async function answerGroupInvitations(
  trx: DbTransaction,
  accountId: string,
  answer: 'yes' | 'no',
): Promise<AnsweredMembership[]> {
  const answered: AnsweredMembership[] = [];
  for (const pending of await pendingGroupInvitations(trx, accountId)) {
    if (pending.status === 'nominated')
      await changeMemberStatus(trx, { memberId: pending.memberId, to: 'approached', byAccountId: accountId });
    await trx.updateTable('group_members').set({ answer, updated_at: nowIso() }).where('id', '=', pending.memberId).execute();
    if (answer === 'no') {
      await changeMemberStatus(trx, { memberId: pending.memberId, to: 'declined', byAccountId: accountId });
      await endRelativePlace(trx, pending.relativeId, { byAccountId: accountId, reason: null });
    }
    answered.push({
      memberId: pending.memberId,
      clientId: pending.clientId,
      relativeId: pending.relativeId,
      placeEnded: answer === 'no',
    });
  }
  return answered;
}

/**
 * A relative's place ended: each of their memberships that has not ended leaves, by the client's
 * decision, inside the caller's transaction. Returns the memberships that left.
 */
export async function leaveGroupsOfEndedRelative(trx: DbTransaction, relativeId: string, byAccountId: string): Promise<string[]> {
  const open = await trx
    .selectFrom('group_members')
    .select('id')
    .where('relative_id', '=', relativeId)
    .where('status', 'not in', ['declined', 'left'])
    .execute();
  for (const { id } of open) {
    await changeMemberStatus(trx, { memberId: id, to: 'left', byAccountId, reason: 'client_decision' });
  }
  return open.map(({ id }) => id);
}
