import {
  canTransition,
  isMemberStatus,
  requiresReason,
  type LeaveReason,
  type MemberStatus,
} from '../../../domain/membership.js';
import type { DbTransaction } from '../../platform/db/database.js';
import { ConflictError } from '../../platform/http/errors.js';
import { newId, nowIso } from '../../platform/ids/ids.js';

/** A membership's step to a new status, with who took it. */
export interface StatusChange {
  memberId: string;
  to: MemberStatus;
  byAccountId: string | null;
  onBehalfOfAccountId?: string | null;
  /** Required when leaving (src/domain/membership.ts, requiresReason). */
  reason?: LeaveReason | null;
  /** A short note with the reason for leaving; free text, never logged. */
  note?: string | null;
}

const refusals = {
  same_status: 'The membership already has this status.',
  membership_ended: 'This membership has ended; nominate the person again to start a new one.',
  not_a_next_step: 'This is not a next step for this membership.',
} as const;

/**
 * Moves one membership to a new status inside the caller's transaction, and writes the line of the
 * group's composition history that tells it. The membership row is locked by the update itself, so
 * two requests that change the same member at once are applied one after the other, each checked
 * against the status the other left. Refuses (409) a step the method does not allow.
 */
export async function changeMemberStatus(
  trx: DbTransaction,
  change: StatusChange,
): Promise<{ groupId: string; from: MemberStatus }> {
  const now = nowIso();
  // Touch first: on PostgreSQL this takes the row lock before the status is read.
  const touched = await trx
    .updateTable('group_members')
    .set({ updated_at: now })
    .where('id', '=', change.memberId)
    .returning(['group_id', 'status'])
    .executeTakeFirst();
  if (!touched || !isMemberStatus(touched.status)) throw new ConflictError('member_unknown', 'This membership does not exist.');
  const from = touched.status;
  const check = canTransition(from, change.to);
  if (!check.ok) throw new ConflictError(`member_${check.reason}`, refusals[check.reason]);
  if (requiresReason(change.to) && !change.reason) throw new ConflictError('reason_required', 'Give a reason for leaving.');

  await trx
    .updateTable('group_members')
    .set({
      status: change.to,
      ...(change.to === 'left' ? { leave_reason: change.reason ?? null, leave_note: change.note ?? null } : {}),
    })
    .where('id', '=', change.memberId)
    .execute();
  await trx
    .insertInto('member_events')
    .values({
      id: newId(),
      group_id: touched.group_id,
      member_id: change.memberId,
      from_status: from,
      to_status: change.to,
      occurred_at: now,
      by_account_id: change.byAccountId,
      on_behalf_of_account_id: change.onBehalfOfAccountId ?? null,
      reason: change.to === 'left' ? (change.reason ?? null) : null,
    })
    .execute();
  return { groupId: touched.group_id, from };
}
