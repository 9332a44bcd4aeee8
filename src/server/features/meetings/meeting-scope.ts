import { mayReadMinutes, minutesRoleOf, type MinutesRole } from '../../../domain/meetings.js';
import { loadActor } from '../../platform/auth/actor.repository.js';
import type { Actor } from '../../platform/context.js';
import type { DbExecutor } from '../../platform/db/database.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../platform/http/errors.js';
import { isClientSelf } from '../clients/index.js';
import { createSharingPolicy, isClientsCoordinator, type Performer } from '../sharing/index.js';
import type {
  InviteeRow,
  MeetingClient,
  MeetingGroup,
  MeetingMemberRow,
  MeetingRow,
  MeetingsRepository,
} from './meetings.repository.js';

// What every meetings call starts from (the minutes' too): the client, whether the actor sees their
// meetings or plans them, the client's active group or a meeting of theirs, and the actor's own place
// in it. "Not found" and "not yours" answer alike (404); whoever sees the meetings but may not do a
// thing is told why (403).

const clientPlans =
  'The client plans the meetings of their group. They can ask their coordinator to do it for them, under direction.';
const notDelegated = 'The client has not asked you to plan their meetings for them. They can switch that on under direction.';

/** The client, when the actor may see their meetings (the client's sharing decides); else 404. */
export async function visibleClient(
  executor: DbExecutor,
  repository: MeetingsRepository,
  actor: Actor,
  clientId: string,
): Promise<MeetingClient> {
  const client = await repository.findClient(clientId);
  if (!client || !(await createSharingPolicy(executor).canSeeCategory(actor, clientId, 'meetings'))) throw new NotFoundError();
  return client;
}

/**
 * The client and who plans their meetings (src/domain/direction.ts, `plan_meetings`): the client;
 * their coordinator for them when asked, or alone for a client without an account. Whoever sees the
 * meetings but may not plan them gets 403; anyone else 404.
 */
export async function plannedClient(
  executor: DbExecutor,
  repository: MeetingsRepository,
  actor: Actor,
  clientId: string,
): Promise<{ client: MeetingClient; performer: Performer }> {
  const client = await visibleClient(executor, repository, actor, clientId);
  const performer = await createSharingPolicy(executor).performerFor(actor, clientId, 'plan_meetings');
  if (performer.kind === 'nobody') throw new ForbiddenError(isClientsCoordinator(actor, client) ? notDelegated : clientPlans);
  return { client, performer };
}

/** True when the actor evaluates the start meeting with the other: the client, or their own coordinator. */
export function isStartEvaluator(actor: Actor, client: Pick<MeetingClient, 'id' | 'teamId' | 'coordinatorId'>): boolean {
  return isClientSelf(actor, client.id) || isClientsCoordinator(actor, client);
}

/** True when the actor may plan the client's meetings now (for the abilities a view carries). */
export async function mayPlanMeetings(executor: DbExecutor, actor: Actor, clientId: string): Promise<boolean> {
  return (await createSharingPolicy(executor).performerFor(actor, clientId, 'plan_meetings')).kind !== 'nobody';
}

/** For a read: the client's active group, or 404 with the reason. */
export async function groupToRead(repository: MeetingsRepository, clientId: string): Promise<MeetingGroup> {
  const group = await repository.findActiveGroup(clientId);
  if (!group) throw new NotFoundError('This client has no group yet, and so no meetings.');
  return group;
}

/** For a change: the client's active group, or 409 `no_group`. */
export async function groupToChange(repository: MeetingsRepository, clientId: string): Promise<MeetingGroup> {
  const group = await repository.findActiveGroup(clientId);
  if (!group)
    throw new ConflictError('no_group', 'This client has no group yet. Meetings belong to the group: start the group first.');
  return group;
}

/** A meeting of the group, or 404 (another group's meeting too). */
export async function meetingOf(repository: MeetingsRepository, groupId: string, meetingId: string): Promise<MeetingRow> {
  const meeting = await repository.findMeeting(groupId, meetingId);
  if (!meeting) throw new NotFoundError();
  return meeting;
}

/**
 * A meeting of any of the client's groups (a closed one's too) with the client, or 404: what the
 * minutes and the start meeting's evaluation start from, before they decide who the actor is to it.
 */
export async function meetingOfClient(
  repository: MeetingsRepository,
  clientId: string,
  meetingId: string,
): Promise<{ client: MeetingClient; meeting: MeetingRow }> {
  const client = await repository.findClient(clientId);
  const meeting = client ? await repository.findClientMeeting(clientId, meetingId) : undefined;
  if (!client || !meeting) throw new NotFoundError();
  return { client, meeting };
}

/** True once the meeting has begun, unless it was cancelled: as far as Regie can know, it was held. */
export function isHeld(meeting: Pick<MeetingRow, 'status' | 'starts_at'>, now: Date = new Date()): boolean {
  return meeting.status !== 'cancelled' && Date.parse(meeting.starts_at) <= now.getTime();
}

/** Refuses a change to a meeting that was cancelled or has begun (409). */
export function requireChangeable(meeting: Pick<MeetingRow, 'status' | 'starts_at'>): void {
  if (meeting.status === 'cancelled')
    throw new ConflictError('meeting_cancelled', 'This meeting was cancelled. Plan a new meeting instead.');
  if (Date.parse(meeting.starts_at) <= Date.now())
    throw new ConflictError('meeting_started', 'This meeting has already started, so it can no longer be changed or cancelled.');
}

/** The actor's active memberships in the group (none for the client, who is no member of their own group). */
export function callerMemberIds(repository: MeetingsRepository, actor: Actor, groupId: string): Promise<string[]> {
  if (actor.role === 'relative') return repository.activeMembershipIds(groupId, { relativeAccountId: actor.accountId });
  if (actor.professional !== null) return repository.activeMembershipIds(groupId, { professionalId: actor.professional.id });
  return Promise.resolve([]);
}

/**
 * The members who are invited to the group's meetings: every active member, except a relative whose
 * place in the client's circle ended or with whom the client does not share meetings. Relatives with
 * a live place and the client's team read and answer the invitation in Regie; anyone else (someone
 * known from the network map, a professional of another team) hears of it by mail only, when the map
 * holds an address for them (meeting-jobs.ts).
 */
export async function invitableMembers(
  repository: MeetingsRepository,
  client: Pick<MeetingClient, 'id'>,
  members: readonly MeetingMemberRow[],
): Promise<MeetingMemberRow[]> {
  const active = members.filter((member) => member.status === 'active');
  const relativeIds = active.flatMap((member) =>
    member.relative_id !== null && member.relativeClientId === client.id && member.relativeEndedAt === null
      ? [member.relative_id]
      : [],
  );
  const notShared = await repository.relativesWithoutMeetings(client.id, relativeIds);
  // A relative's record, not the network map, decides for a relative: the client's choice holds.
  return active.filter(
    (member) => member.relative_id === null || (relativeIds.includes(member.relative_id) && !notShared.has(member.relative_id)),
  );
}

/**
 * The holder of the account as the access rules see them, when they can sign in and open the
 * client's meetings (a relative with an account the client shares meetings with and whose place
 * lasts; a professional of the client's team in a care role); null otherwise. Asked afresh each
 * time: no session, the system asks on their behalf.
 */
export async function meetingsReaderOf(executor: DbExecutor, clientId: string, accountId: string): Promise<Actor | null> {
  const reader = await loadActor(executor, accountId, '');
  if (!reader || !(await createSharingPolicy(executor).canSeeCategory(reader, clientId, 'meetings'))) return null;
  return reader;
}

/**
 * Whether the invitee answers in Regie themselves, as their invitation says (meeting-jobs.ts): yes for
 * whoever opens the client's meetings with an account of their own. Anyone else (someone known from
 * the network map, a relative without an account, a professional of another team) is invited by mail
 * and tells whoever invited them; the client, or their coordinator for them, writes that answer down.
 */
export async function answersInRegie(
  executor: DbExecutor,
  clientId: string,
  invitee: Pick<InviteeRow, 'account_id'>,
): Promise<boolean> {
  return invitee.account_id !== null && (await meetingsReaderOf(executor, clientId, invitee.account_id)) !== null;
}

/**
 * What the actor is to this meeting's minutes (src/domain/meetings.ts): the client (who chairs when
 * no member does); the chair or the minute-taker through one of their active memberships
 * (`memberIds`, from callerMemberIds); the client's own coordinator; anyone else who sees the
 * client's meetings (`seesMeetings`); or nobody.
 */
export function minutesRoleIn(
  actor: Actor,
  client: Pick<MeetingClient, 'id' | 'teamId' | 'coordinatorId'>,
  meeting: Pick<MeetingRow, 'chair_member_id' | 'minute_taker_member_id'>,
  memberIds: readonly string[],
  seesMeetings: boolean,
): MinutesRole {
  return minutesRoleOf({
    isClient: isClientSelf(actor, client.id),
    isChair: meeting.chair_member_id !== null && memberIds.includes(meeting.chair_member_id),
    isMinuteTaker: meeting.minute_taker_member_id !== null && memberIds.includes(meeting.minute_taker_member_id),
    isCoordinator: isClientsCoordinator(actor, client),
    meetingsShared: seesMeetings,
  });
}

/** Whether the actor, who sees the meetings, may read this meeting's minutes now. */
export function mayReadMinutesOf(
  actor: Actor,
  client: Pick<MeetingClient, 'id' | 'teamId' | 'coordinatorId'>,
  meeting: Pick<MeetingRow, 'chair_member_id' | 'minute_taker_member_id' | 'minutes_status'>,
  memberIds: readonly string[],
): boolean {
  return mayReadMinutes({
    approved: meeting.minutes_status === 'approved',
    role: minutesRoleIn(actor, client, meeting, memberIds, true),
  });
}
