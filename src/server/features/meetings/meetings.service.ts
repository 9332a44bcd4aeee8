import { isMemberKind, isMemberStatus, isProfessionalRole, type Member } from '../../../domain/membership.js';
import {
  agendaTemplate,
  defaultDurationMinutes,
  suggestChair,
  suggestMinuteTaker,
  type Chair,
  type MeetingKind,
} from '../../../domain/meetings.js';
import type { Meeting, MeetingBody, MeetingDraft, MeetingList, ReplyBody } from '../../../shared/meetings.js';
import type { AuditLog } from '../../platform/audit/audit-log.js';
import type { Actor } from '../../platform/context.js';
import type { Db, DbTransaction } from '../../platform/db/database.js';
import { ConflictError, ForbiddenError } from '../../platform/http/errors.js';
import { createSharingPolicy } from '../sharing/index.js';
import { cancelReminder, enqueueMeetingMails, scheduleReminder } from './meeting-jobs.js';
import { changesWhenOrWhere, checkMeetingBody, checkOneStartMeeting, MeetingRuleError } from './meeting-rules.js';
import {
  answersInRegie,
  callerMemberIds,
  groupToChange,
  groupToRead,
  invitableMembers,
  isHeld,
  mayPlanMeetings,
  meetingOf,
  plannedClient,
  requireChangeable,
  visibleClient,
} from './meeting-scope.js';
import { meetingView } from './meeting-view.js';
import { answerOf, presentMember, presentSummary } from './meetings.presenter.js';
import {
  createMeetingsRepository,
  type InviteeRow,
  type MeetingMemberRow,
  type MeetingRow,
  type MeetingsRepository,
} from './meetings.repository.js';
import { rhythmOf } from './rhythm.service.js';

/** A membership as the domain's suggestions read it; a stored value the domain does not know is left out. */
function domainMember(row: MeetingMemberRow): Member | null {
  if (!isMemberKind(row.kind) || !isMemberStatus(row.status)) return null;
  return {
    id: row.id,
    kind: row.kind,
    role: row.role !== null && isProfessionalRole(row.role) ? row.role : null,
    status: row.status,
  };
}

const chairOf = (meeting: MeetingRow): Chair =>
  meeting.chair_member_id === null ? { kind: 'client' } : { kind: 'member', memberId: meeting.chair_member_id };

const onlyInvited = 'Only members invited to this meeting reply to it.';
const onlyPlannersWriteDown = "Only the client, or their coordinator for them, writes down someone else's answer.";

/** The caller's own invitation among `invitees`, or 403. */
async function ownInvitation(
  repository: MeetingsRepository,
  actor: Actor,
  groupId: string,
  invitees: readonly InviteeRow[],
): Promise<string> {
  const memberIds = await callerMemberIds(repository, actor, groupId);
  const invitee = invitees.find((row) => memberIds.includes(row.member_id));
  if (!invitee) throw new ForbiddenError(onlyInvited);
  return invitee.member_id;
}

/**
 * The invitation whose answer the actor writes down: only whoever plans the client's meetings does
 * (403), for someone invited to this meeting (422) who cannot answer in Regie themselves (409).
 */
async function invitationToWriteDown(
  trx: DbTransaction,
  actor: Actor,
  clientId: string,
  invitees: readonly InviteeRow[],
  memberId: string,
): Promise<{ memberId: string; onBehalfOfAccountId: string | null }> {
  const performer = await createSharingPolicy(trx).performerFor(actor, clientId, 'plan_meetings');
  if (performer.kind === 'nobody') throw new ForbiddenError(onlyPlannersWriteDown);
  const invitee = invitees.find((row) => row.member_id === memberId);
  if (!invitee)
    throw new MeetingRuleError(
      'not_invited',
      'memberId',
      'This person is not invited to this meeting.',
      'is not invited to this meeting',
    );
  if (await answersInRegie(trx, clientId, invitee))
    throw new ConflictError('answers_in_regie', 'This person answers in Regie themselves.');
  return { memberId, onBehalfOfAccountId: performer.onBehalfOfAccountId };
}

// Meetings of the client's group (PRODUCT.md §6): planned, changed and cancelled by the client (or
// their coordinator for them), each change in one transaction with its invitations, reminder and
// audit row; seen by whoever the client shares meetings with, and answered by the invited. Reads are
// logged before they are answered (SECURITY.md, NEN 7513).
export function createMeetingsService(db: Db, audit: AuditLog) {
  const meetings = createMeetingsRepository(db);

  /** A change by whoever plans the client's meetings, in one transaction ending with its audit row. */
  function planning(
    actor: Actor,
    clientId: string,
    action: 'create' | 'update',
    work: (trx: DbTransaction, scope: Awaited<ReturnType<typeof planningScope>>) => Promise<{ meetingId: string }>,
  ): Promise<Meeting> {
    return db.transaction().execute(async (trx) => {
      const scope = await planningScope(trx, actor, clientId);
      const { meetingId } = await work(trx, scope);
      const { repository, client, group, performer } = scope;
      const view = await meetingView(trx, repository, actor, client, group, await meetingOf(repository, group.id, meetingId));
      await audit.append(trx, actor, [
        { action, dataCategory: 'meetings', clientId, objectId: meetingId, onBehalfOfAccountId: performer.onBehalfOfAccountId },
      ]);
      return view;
    });
  }

  async function planningScope(trx: DbTransaction, actor: Actor, clientId: string) {
    const repository = createMeetingsRepository(trx);
    const { client, performer } = await plannedClient(trx, repository, actor, clientId);
    const group = await groupToChange(repository, clientId);
    // Changes of one group's meetings take turns, each checked against what the one before left.
    await repository.lockGroup(group.id);
    return { repository, client, performer, group };
  }

  return {
    /** The group's meetings, newest first, with its rhythm and whether the caller plans them. */
    async list(actor: Actor, clientId: string): Promise<MeetingList> {
      const client = await visibleClient(db, meetings, actor, clientId);
      const group = await groupToRead(meetings, clientId);
      const rows = await meetings.listMeetings(group.id);
      const answers = await meetings.listAnswersOf(await callerMemberIds(meetings, actor, group.id));
      const plan = await mayPlanMeetings(db, actor, clientId);
      await audit.record(actor, [{ action: 'read', dataCategory: 'meetings', clientId, objectId: null }]);
      return {
        client: { id: client.id, name: client.name },
        group: { id: group.id, name: group.name, phase: group.phase },
        rhythm: rhythmOf(rows, group.meetingIntervalMonths),
        meetings: rows.map((row) => presentSummary(row, isHeld(row), answerOf(answers.get(row.id) ?? null))),
        abilities: { plan },
      };
    },

    /**
     * What Regie proposes for a new meeting of `kind`: the method's agenda, the chair and
     * minute-taker the domain suggests from the group's earlier meetings, the channel agreed last.
     */
    async draft(actor: Actor, clientId: string, kind: MeetingKind): Promise<MeetingDraft> {
      await plannedClient(db, meetings, actor, clientId);
      const group = await groupToRead(meetings, clientId);
      const members = await meetings.listMembers(group.id);
      const active = members.filter((member) => member.status === 'active');
      const domainMembers = active.map(domainMember).filter((member): member is Member => member !== null);
      const earlier = (await meetings.listMeetings(group.id)).filter((meeting) => meeting.status !== 'cancelled');
      const previous = earlier[0];
      const chair = suggestChair(domainMembers, previous ? chairOf(previous) : null);
      const chairMemberId = chair.kind === 'member' ? chair.memberId : null;
      const minuteTaker = suggestMinuteTaker(domainMembers, {
        history: earlier.map((meeting) => meeting.minute_taker_member_id),
        chairMemberId,
      });
      await audit.record(actor, [{ action: 'read', dataCategory: 'meetings', clientId, objectId: null }]);
      return {
        kind,
        agenda: agendaTemplate(kind).flatMap((item) => (item.code === 'custom' ? [] : [{ code: item.code }])),
        chairMemberId,
        minuteTakerMemberId: minuteTaker?.id ?? null,
        channel: earlier.find((meeting) => meeting.channel !== null)?.channel ?? null,
        durationMinutes: defaultDurationMinutes,
        members: active.map(presentMember),
      };
    },

    async view(actor: Actor, clientId: string, meetingId: string): Promise<Meeting> {
      const client = await visibleClient(db, meetings, actor, clientId);
      const group = await groupToRead(meetings, clientId);
      const meeting = await meetingOf(meetings, group.id, meetingId);
      const view = await meetingView(db, meetings, actor, client, group, meeting);
      await audit.record(actor, [{ action: 'read', dataCategory: 'meetings', clientId, objectId: meetingId }]);
      return view;
    },

    /**
     * Plans a meeting: its agenda, a reminder, and an invitation to every active member (but a
     * relative the client does not share meetings with). Each invitee gets a mail job, also one
     * without an address yet: the job looks for one when it runs.
     */
    plan(actor: Actor, clientId: string, body: MeetingBody): Promise<Meeting> {
      return planning(actor, clientId, 'create', async (trx, { repository, client, group, performer }) => {
        const members = await repository.listMembers(group.id);
        const { values, agenda } = checkMeetingBody(body, { members, agendaIds: new Set(), now: new Date() });
        checkOneStartMeeting(values.kind, await repository.listMeetings(group.id), null);
        const meetingId = await repository.insertMeeting({
          ...values,
          groupId: group.id,
          byAccountId: actor.accountId,
          onBehalfOfAccountId: performer.onBehalfOfAccountId,
        });
        await repository.replaceAgenda(meetingId, agenda);
        const invited = (await invitableMembers(repository, client, members)).map((member) => member.id);
        await repository.insertInvitees(meetingId, invited);
        if (invited.length > 0) await enqueueMeetingMails(trx, { meetingId, sequence: 0, memberIds: invited, method: 'request' });
        await scheduleReminder(trx, { meetingId, startsAt: values.starts_at });
        return { meetingId };
      });
    },

    /**
     * Changes a meeting still to come, whole. A new date, time, duration or place raises its sequence
     * and sends every invited member still in the group the update; a new agenda, chair,
     * minute-taker or channel is no news for their calendars. Active members who joined since are
     * invited either way. Agenda items sent with their id keep their minutes.
     */
    change(actor: Actor, clientId: string, meetingId: string, body: MeetingBody): Promise<Meeting> {
      return planning(actor, clientId, 'update', async (trx, { repository, client, group }) => {
        const meeting = await meetingOf(repository, group.id, meetingId);
        requireChangeable(meeting);
        const members = await repository.listMembers(group.id);
        const agendaIds = new Set((await repository.listAgenda(meetingId)).map((item) => item.id));
        const { values, agenda } = checkMeetingBody(body, { members, agendaIds, now: new Date() });
        checkOneStartMeeting(values.kind, await repository.listMeetings(group.id), meetingId);
        const news = changesWhenOrWhere(meeting, values);
        await repository.updateMeeting(meetingId, values, news);
        await repository.replaceAgenda(meetingId, agenda);
        const sequence = meeting.sequence + (news ? 1 : 0);
        const invitable = (await invitableMembers(repository, client, members)).map((member) => member.id);
        const already = new Set((await repository.listInvitees(meetingId)).map((invitee) => invitee.member_id));
        const newcomers = invitable.filter((memberId) => !already.has(memberId));
        await repository.insertInvitees(meetingId, newcomers);
        const told = news ? invitable : newcomers;
        if (told.length > 0) await enqueueMeetingMails(trx, { meetingId, sequence, memberIds: told, method: 'request' });
        if (meeting.starts_at !== values.starts_at) {
          await cancelReminder(trx, { meetingId, startsAt: meeting.starts_at });
          await scheduleReminder(trx, { meetingId, startsAt: values.starts_at });
        }
        return { meetingId };
      });
    },

    /** Cancels a meeting still to come: every invited member is told, and the reminder stops. */
    cancel(actor: Actor, clientId: string, meetingId: string): Promise<Meeting> {
      return planning(actor, clientId, 'update', async (trx, { repository, group }) => {
        const meeting = await meetingOf(repository, group.id, meetingId);
        requireChangeable(meeting);
        await repository.cancelMeeting(meetingId);
        const invited = (await repository.listInvitees(meetingId)).map((invitee) => invitee.member_id);
        if (invited.length > 0)
          await enqueueMeetingMails(trx, { meetingId, sequence: meeting.sequence + 1, memberIds: invited, method: 'cancel' });
        await cancelReminder(trx, { meetingId, startsAt: meeting.starts_at });
        return { meetingId };
      });
    },

    /**
     * An invited member's yes, no or maybe, until the meeting starts. With `memberId`, whoever plans
     * the client's meetings writes down the answer an invitee who cannot sign in gave them
     * (recorded on behalf of the client when their coordinator does it for them).
     */
    async reply(actor: Actor, clientId: string, meetingId: string, body: ReplyBody): Promise<Meeting> {
      return db.transaction().execute(async (trx) => {
        const repository = createMeetingsRepository(trx);
        const client = await visibleClient(trx, repository, actor, clientId);
        const group = await groupToRead(repository, clientId);
        const meeting = await meetingOf(repository, group.id, meetingId);
        const invitees = await repository.listInvitees(meetingId);
        const { memberId, onBehalfOfAccountId } =
          body.memberId === undefined
            ? { memberId: await ownInvitation(repository, actor, group.id, invitees), onBehalfOfAccountId: null }
            : await invitationToWriteDown(trx, actor, clientId, invitees, body.memberId);
        if (meeting.status === 'cancelled')
          throw new ConflictError('meeting_cancelled', 'This meeting was cancelled, so there is nothing to reply to.');
        if (isHeld(meeting))
          throw new ConflictError('meeting_started', 'This meeting has already started. Replies are for meetings still to come.');
        await repository.setAnswer(meetingId, memberId, body.answer);
        const view = await meetingView(trx, repository, actor, client, group, meeting);
        await audit.append(trx, actor, [
          { action: 'update', dataCategory: 'meetings', clientId, objectId: meetingId, onBehalfOfAccountId },
        ]);
        return view;
      });
    },
  };
}
export type MeetingsService = ReturnType<typeof createMeetingsService>;
