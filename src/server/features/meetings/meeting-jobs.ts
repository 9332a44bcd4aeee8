import { z } from 'zod';
import { reminderAt, reminderDecision } from '../../../domain/meeting-rhythm.js';
import type { Db, DbExecutor } from '../../platform/db/database.js';
import type { JobHandler } from '../../platform/jobs/job-worker.js';
import { cancelJob, enqueue, JobError, reviveJob, type Job } from '../../platform/jobs/jobs.js';
import type { Locale } from '../../../shared/roles.js';
import type { Mailer } from '../../platform/mail/mailer.js';
import { teamCareRoles } from '../clients/index.js';
import { meetingCalendarFile, type CalendarMethod } from './meeting-ics.js';
import { meetingMail, type MeetingFacts, type MeetingMailKind, type MeetingReach } from './meeting-mail.js';
import { meetingsReaderOf } from './meeting-scope.js';
import { createMeetingsRepository } from './meetings.repository.js';

// The meeting's mails leave through the durable job queue (platform/jobs): the services enqueue them
// in the transaction of the change, so a mail exists only for a change that committed, and a restart
// or an SMTP outage loses none. Jobs carry ids; the handlers read the meeting when they run and mail
// what is true then. Each runs at least once, so each checks before it mails.

const mailKind = 'meeting.mail';
const reminderKind = 'meeting.reminder';
// An SMTP server may be away for a while: ten attempts with the queue's backoff span some three hours.
const maxAttempts = 10;

const mailPayloadSchema = z.object({
  meetingId: z.string(),
  memberId: z.string(),
  sequence: z.number().int().min(0),
  method: z.enum(['request', 'cancel']),
  /** Set by the handler on a job done without a mail (see markSent). */
  sent: z.literal(false).optional(),
});
type MailPayload = z.infer<typeof mailPayloadSchema>;
const reminderPayloadSchema = z.object({ meetingId: z.string(), startsAt: z.string() });

const mailKey = (meetingId: string, memberId: string, sequence: number) => `${mailKind}:${meetingId}:${memberId}:${sequence}`;
const reminderKey = (meetingId: string, startsAt: string) => `${reminderKind}:${meetingId}:${startsAt}`;

/**
 * Queues one mail per member about the meeting at `sequence`: an invitation or update ('request') or
 * a cancellation. Call it inside the transaction that made the change. Asking twice for the same
 * member and sequence queues one mail.
 */
export async function enqueueMeetingMails(
  trx: DbExecutor,
  m: { meetingId: string; sequence: number; memberIds: readonly string[]; method: CalendarMethod },
): Promise<void> {
  const runAt = new Date();
  for (const memberId of new Set(m.memberIds)) {
    await enqueue(trx, {
      kind: mailKind,
      payload: { meetingId: m.meetingId, memberId, sequence: m.sequence, method: m.method },
      runAt,
      dedupeKey: mailKey(m.meetingId, memberId, m.sequence),
      maxAttempts,
    });
  }
}

/**
 * Queues the reminder two days before a meeting starting at `startsAt`; call it when a meeting is
 * planned and again when it moves (with cancelReminder for the old time). When the reminder time has
 * already passed, nothing is queued: the invitation or update that goes out now is as fresh as a
 * reminder. A new start time also clears who was reminded, so the new time gets its own reminder.
 */
export async function scheduleReminder(trx: DbExecutor, m: { meetingId: string; startsAt: string }): Promise<void> {
  const runAt = new Date(reminderAt(m.startsAt));
  if (runAt.getTime() <= Date.now()) return;
  const key = reminderKey(m.meetingId, m.startsAt);
  const payload = { meetingId: m.meetingId, startsAt: m.startsAt };
  const { created } = await enqueue(trx, { kind: reminderKind, payload, runAt, dedupeKey: key, maxAttempts });
  // A meeting moved away and back again finds its old, cancelled reminder under the same key.
  const revived = !created && (await reviveJob(trx, key, runAt));
  if (created || revived) {
    await trx.updateTable('meeting_invitees').set({ reminded_at: null }).where('meeting_id', '=', m.meetingId).execute();
  }
}

/** Calls off the pending reminder for the meeting at `startsAt` (the meeting moved or was cancelled). */
export async function cancelReminder(trx: DbExecutor, m: { meetingId: string; startsAt: string }): Promise<void> {
  await cancelJob(trx, reminderKey(m.meetingId, m.startsAt));
}

interface MeetingRow extends MeetingFacts {
  groupId: string;
  teamId: string;
  status: string;
  sequence: number;
}

/** Where a mail about a meeting goes, in which language, and whether its reader uses Regie. */
interface Recipient {
  email: string;
  locale: Locale;
  reach: MeetingReach;
}

// Whoever Regie knows only by an address has no language of their own stored.
const mailOnlyLocale: Locale = 'nl';

function loadMeeting(db: Db, meetingId: string): Promise<MeetingRow | undefined> {
  return db
    .selectFrom('meetings')
    .innerJoin('groups', 'groups.id', 'meetings.group_id')
    .innerJoin('clients', 'clients.id', 'groups.client_id')
    .select([
      'meetings.id as meetingId',
      'groups.client_id as clientId',
      'clients.team_id as teamId',
      'meetings.group_id as groupId',
      'meetings.starts_at as startsAt',
      'meetings.duration_minutes as durationMinutes',
      'meetings.location_kind as locationKind',
      'meetings.location_detail as locationDetail',
      'meetings.status as status',
      'meetings.sequence as sequence',
    ])
    .where('meetings.id', '=', meetingId)
    .executeTakeFirst();
}

// A map or a record may hold an empty or blank address: that is none.
function hasAddress(email: string | null): email is string {
  return email !== null && email.trim() !== '';
}

function parsePayload<T>(schema: z.ZodType<T>, job: Job): T {
  const parsed = schema.safeParse(job.payload);
  if (!parsed.success) throw new JobError('bad_payload', { retry: false });
  return parsed.data;
}

/**
 * The handlers of the meetings' jobs, by kind, for the job worker. `mailFrom` (the mail's From)
 * becomes the calendar file's organizer; `now` is for tests that judge a reminder at a set time.
 */
export function meetingJobHandlers(options: {
  db: Db;
  mailer: Mailer;
  linkOrigin: string;
  mailFrom?: string;
  now?: () => Date;
}): Record<string, JobHandler> {
  const { db, mailer, linkOrigin } = options;
  const organizer = options.mailFrom ?? 'Regie <noreply@regie.invalid>';
  const now = options.now ?? (() => new Date());

  /**
   * The address and language to mail a member at, and whether they use Regie, or null when they are
   * not to get it. Asked at sending time, not queueing, with the rules that invited them
   * (meeting-scope.ts, invitableMembers):
   * - a relative with an account, at their account's address, while the client shares meetings with
   *   them and their place lasts; a relative without an account likewise, at the address their record
   *   or the network map holds, by mail only;
   * - a professional of the client's team in a care role, at their account's address, while they see
   *   the client's meetings (not when their account was disabled);
   * - anyone else, by mail only, at the network map's address for them while the person is on the map.
   * A member whose membership ended hears no more, except that a meeting in their calendar is off.
   */
  async function recipientOf(meeting: MeetingRow, memberId: string, activeOnly: boolean): Promise<Recipient | null> {
    const member = await db
      .selectFrom('group_members')
      .leftJoin('professionals', 'professionals.id', 'group_members.professional_id')
      .leftJoin('relatives', 'relatives.id', 'group_members.relative_id')
      .leftJoin('network_people', 'network_people.id', 'group_members.network_person_id')
      .select([
        'group_members.status',
        'group_members.relative_id as relativeId',
        'professionals.account_id as professionalAccount',
        'professionals.team_id as professionalTeam',
        'professionals.role as professionalRole',
        'relatives.account_id as relativeAccount',
        'relatives.client_id as relativeClient',
        'relatives.ended_at as relativeEndedAt',
        'relatives.email as relativeEmail',
        'network_people.client_id as personClient',
        'network_people.email as personEmail',
        'network_people.removed_at as personRemovedAt',
      ])
      .where('group_members.id', '=', memberId)
      .where('group_members.group_id', '=', meeting.groupId)
      .executeTakeFirst();
    if (!member || (activeOnly && member.status !== 'active')) return null;
    const onMap =
      member.personClient === meeting.clientId && member.personRemovedAt === null && hasAddress(member.personEmail)
        ? member.personEmail
        : null;
    if (member.relativeId !== null) {
      if (member.relativeAccount !== null) return inRegie(meeting, member.relativeAccount);
      if (member.relativeClient !== meeting.clientId || member.relativeEndedAt !== null) return null;
      const withheld = await createMeetingsRepository(db).relativesWithoutMeetings(meeting.clientId, [member.relativeId]);
      if (withheld.has(member.relativeId)) return null;
      const email = hasAddress(member.relativeEmail) ? member.relativeEmail : onMap;
      return email === null ? null : { email, locale: mailOnlyLocale, reach: 'mail_only' };
    }
    const careRoles: readonly string[] = teamCareRoles;
    if (
      member.professionalAccount !== null &&
      member.professionalTeam === meeting.teamId &&
      careRoles.includes(member.professionalRole ?? '')
    )
      return inRegie(meeting, member.professionalAccount);
    return onMap === null ? null : { email: onMap, locale: mailOnlyLocale, reach: 'mail_only' };
  }

  // Whoever opens the meeting in Regie is mailed at their account, and answers there (meeting-scope.ts).
  async function inRegie(meeting: MeetingRow, accountId: string): Promise<Recipient | null> {
    const reader = await meetingsReaderOf(db, meeting.clientId, accountId);
    return reader === null ? null : { email: reader.email, locale: reader.locale, reach: 'regie' };
  }

  async function send(meeting: MeetingRow, kind: MeetingMailKind, to: Recipient) {
    const method: CalendarMethod = kind === 'cancellation' ? 'cancel' : 'request';
    const { email, locale, reach } = to;
    await mailer.send({
      ...meetingMail({ kind, to: email, locale, meeting, linkOrigin, reach }),
      attachments: [meetingCalendarFile({ meeting, method, locale, linkOrigin, organizer, attendee: email, reach })],
    });
  }

  // Whether the member was mailed about this meeting before (an earlier sequence's job is done and
  // sent its mail): then a request is an update, otherwise it is their first invitation (a member who
  // joined since, or who had no address until now).
  async function mailedBefore(meetingId: string, memberId: string, sequence: number): Promise<boolean> {
    const prefix = `${mailKind}:${meetingId}:${memberId}:`;
    const rows = await db
      .selectFrom('jobs')
      .select(['dedupe_key', 'payload'])
      .where('kind', '=', mailKind)
      .where('status', '=', 'done')
      .where('dedupe_key', 'like', `${prefix}%`)
      .execute();
    return rows.some(
      ({ dedupe_key: key, payload }) =>
        key !== null &&
        key.startsWith(prefix) &&
        Number(key.slice(prefix.length)) < sequence &&
        mailPayloadSchema.safeParse(JSON.parse(payload)).data?.sent !== false,
    );
  }

  // A job done without a mail says so in its payload, so that a later request to the same member is
  // worded as the invitation it then is. Written while the job is leased, before the worker marks it
  // done; a job run again decides afresh, and says so again.
  async function markSent(job: Job, payload: MailPayload, sent: boolean): Promise<void> {
    if ((payload.sent !== false) === sent) return;
    const { meetingId, memberId, sequence, method } = payload;
    const rest = { meetingId, memberId, sequence, method };
    await db
      .updateTable('jobs')
      .set({ payload: JSON.stringify(sent ? rest : { ...rest, sent: false }) })
      .where('id', '=', job.id)
      .execute();
  }

  /** Mails the member about the meeting when that is still right; false when nothing was sent. */
  async function deliver(payload: MailPayload): Promise<boolean> {
    const meeting = await loadMeeting(db, payload.meetingId);
    if (!meeting) throw new JobError('meeting_gone', { retry: false });
    // A later change queued its own mails: this one would tell what is no longer true.
    if (meeting.sequence !== payload.sequence) return false;
    const cancelled = meeting.status === 'cancelled';
    if (cancelled !== (payload.method === 'cancel')) return false;
    // An invitation that could not go out before the start is of no use any more.
    if (!cancelled && Date.parse(meeting.startsAt) <= now().getTime()) return false;
    const invited = await db
      .selectFrom('meeting_invitees')
      .select('id')
      .where('meeting_id', '=', meeting.meetingId)
      .where('member_id', '=', payload.memberId)
      .executeTakeFirst();
    if (!invited) return false;
    // Whoever left the group hears no more of it, except that a meeting in their calendar is off. An
    // invitee without any address is skipped: the job of a later change finds one added since.
    const to = await recipientOf(meeting, payload.memberId, !cancelled);
    if (!to) return false;
    const kind: MeetingMailKind = cancelled
      ? 'cancellation'
      : (await mailedBefore(meeting.meetingId, payload.memberId, payload.sequence))
        ? 'update'
        : 'invitation';
    await send(meeting, kind, to);
    return true;
  }

  const mail: JobHandler = async (job) => {
    const payload = parsePayload(mailPayloadSchema, job);
    await markSent(job, payload, await deliver(payload));
  };

  const reminder: JobHandler = async (job, { signal }) => {
    const payload = parsePayload(reminderPayloadSchema, job);
    const meeting = await loadMeeting(db, payload.meetingId);
    if (!meeting) throw new JobError('meeting_gone', { retry: false });
    // The meeting moved: the reminder for its new time is another job.
    if (Date.parse(meeting.startsAt) !== Date.parse(payload.startsAt)) return;
    // Judged no earlier than the time the job was due: the queue found it due, and an instance whose
    // clock runs a little behind the queue's must not put it off (nor a test that runs it early).
    const at = new Date(Math.max(now().getTime(), Date.parse(job.runAt))).toISOString();
    const facts = { startsAt: meeting.startsAt, cancelled: meeting.status === 'cancelled', now: at };
    if (!reminderDecision({ ...facts, invitedAt: null }).send) return;
    const invitees = await db
      .selectFrom('meeting_invitees')
      .select(['id', 'member_id', 'invited_at'])
      .where('meeting_id', '=', meeting.meetingId)
      .where('reminded_at', 'is', null)
      .where((eb) => eb.or([eb('answer', 'is', null), eb('answer', '!=', 'no')]))
      .orderBy('invited_at')
      .orderBy('id')
      .execute();
    for (const invitee of invitees) {
      // Stopping between two mails hands the job back; who was reminded is marked already.
      if (signal.aborted) throw new JobError('stopped');
      // Someone invited after the reminder time has just had a fresh invitation.
      if (!reminderDecision({ ...facts, invitedAt: invitee.invited_at }).send) continue;
      const to = await recipientOf(meeting, invitee.member_id, true);
      if (!to) continue;
      await send(meeting, 'reminder', to);
      await db
        .updateTable('meeting_invitees')
        .set({ reminded_at: new Date().toISOString() })
        .where('id', '=', invitee.id)
        .where('reminded_at', 'is', null)
        .execute();
    }
  };

  return { [mailKind]: mail, [reminderKind]: reminder };
}
