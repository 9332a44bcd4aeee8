import { mayReadMinutes, type MinutesRole } from '../../../domain/meetings.js';
import type { Actor } from '../../platform/context.js';
import type { DbExecutor } from '../../platform/db/database.js';
import { ForbiddenError, NotFoundError } from '../../platform/http/errors.js';
import { createSharingPolicy } from '../sharing/index.js';
import { callerMemberIds, isHeld, meetingOfClient, minutesRoleIn } from './meeting-scope.js';
import type { MeetingClient, MeetingRow, MeetingsRepository } from './meetings.repository.js';

// What every minutes call starts from: the client, the meeting of one of their groups, and what the
// caller is to its minutes (src/domain/meetings.ts). "Not found" and "not yours" answer alike (404).

const notApprovedYet = 'The client has not approved the minutes yet. You can read them once they have.';

/** The client, the meeting and the caller's place in its minutes. */
export interface MinutesScope {
  client: MeetingClient;
  meeting: MeetingRow;
  /** The caller's active memberships in the meeting's group. */
  memberIds: string[];
  role: MinutesRole;
  approved: boolean;
  /** Not cancelled, and its start has passed: minutes are written at or after the meeting. */
  held: boolean;
}

/** The client and meeting, and the caller's role in its minutes (`none`: they may not see it). */
export async function minutesScope(
  executor: DbExecutor,
  repository: MeetingsRepository,
  actor: Actor,
  clientId: string,
  meetingId: string,
): Promise<MinutesScope> {
  const { client, meeting } = await meetingOfClient(repository, clientId, meetingId);
  const memberIds = await callerMemberIds(repository, actor, meeting.group_id);
  const seesMeetings = await createSharingPolicy(executor).canSeeCategory(actor, clientId, 'meetings');
  return {
    client,
    meeting,
    memberIds,
    role: minutesRoleIn(actor, client, meeting, memberIds, seesMeetings),
    approved: meeting.minutes_status === 'approved',
    held: isHeld(meeting),
  };
}

/** Refuses a read: whoever may not see the meeting gets 404, someone who sees meetings but not this draft 403. */
export function requireReadable(scope: MinutesScope): void {
  if (scope.role === 'none') throw new NotFoundError();
  if (!mayReadMinutes(scope)) throw new ForbiddenError(notApprovedYet);
}
