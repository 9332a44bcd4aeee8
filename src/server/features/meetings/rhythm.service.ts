import { amsterdamDay } from '../../../domain/amsterdam-time.js';
import { countsForRhythm, isMeetingKind } from '../../../domain/meetings.js';
import { defaultIntervalMonths, rhythmState } from '../../../domain/meeting-rhythm.js';
import type { Rhythm, RhythmBody } from '../../../shared/meetings.js';
import type { AuditLog } from '../../platform/audit/audit-log.js';
import type { Actor } from '../../platform/context.js';
import type { Db, DbExecutor } from '../../platform/db/database.js';
import { groupToChange, isHeld, plannedClient } from './meeting-scope.js';
import { createMeetingsRepository, type MeetingRow } from './meetings.repository.js';

type RhythmMeeting = Pick<MeetingRow, 'id' | 'kind' | 'starts_on' | 'starts_time' | 'starts_at'> & { status?: string };

// How the rhythm reads a group's meetings: cancelled ones and unknown kinds count for nothing.
function rhythmParts(meetings: readonly RhythmMeeting[], now: Date) {
  const live = meetings.filter((meeting) => meeting.status !== 'cancelled' && isMeetingKind(meeting.kind));
  const held = (meeting: RhythmMeeting) => isHeld({ status: 'planned', starts_at: meeting.starts_at }, now);
  const byStart = (a: RhythmMeeting, b: RhythmMeeting) => a.starts_at.localeCompare(b.starts_at) || a.id.localeCompare(b.id);
  const rhythmic = live.filter((meeting) => isMeetingKind(meeting.kind) && countsForRhythm(meeting.kind));
  return { live, held, byStart, rhythmic };
}

/** The days of the held meetings that keep the rhythm, oldest first: what metWithinInterval judges. */
export function heldRhythmDays(meetings: readonly RhythmMeeting[], now: Date = new Date()): string[] {
  const { held, byStart, rhythmic } = rhythmParts(meetings, now);
  return rhythmic
    .filter(held)
    .sort(byStart)
    .map((meeting) => meeting.starts_on);
}

/**
 * The rhythm of each of several groups, with the days of their held meetings that keep it, from one
 * query: for lists across groups (the caseload, the team's figures). A group without meetings is
 * there too.
 */
export async function rhythmsOfGroups(
  executor: DbExecutor,
  groups: readonly { id: string; meetingIntervalMonths: number | null }[],
  now: Date = new Date(),
): Promise<Map<string, { rhythm: Rhythm; heldDays: string[] }>> {
  const rows = await createMeetingsRepository(executor).listLiveMeetingsOfGroups(groups.map((group) => group.id));
  return new Map(
    groups.map((group) => {
      const meetings = rows.filter((row) => row.group_id === group.id);
      return [
        group.id,
        { rhythm: rhythmOf(meetings, group.meetingIntervalMonths, now), heldDays: heldRhythmDays(meetings, now) },
      ];
    }),
  );
}

/**
 * Where the group stands in its rhythm (src/domain/meeting-rhythm.ts). Only meetings that keep the
 * rhythm count for the last held and the next planned (a theme meeting comes on top); `next` is the
 * next meeting of any kind. Cancelled meetings count for nothing.
 */
export function rhythmOf(meetings: readonly RhythmMeeting[], intervalMonths: number | null, now: Date = new Date()): Rhythm {
  const interval = intervalMonths ?? defaultIntervalMonths;
  const { live, held, byStart, rhythmic } = rhythmParts(meetings, now);
  const lastHeld = rhythmic.filter(held).sort(byStart).at(-1)?.starts_on ?? null;
  const nextPlanned = rhythmic.filter((meeting) => !held(meeting)).sort(byStart)[0]?.starts_on ?? null;
  const next = live.filter((meeting) => !held(meeting)).sort(byStart)[0];
  const { state, dueDate } = rhythmState(amsterdamDay(now), { lastHeld, nextPlanned, intervalMonths: interval });
  return {
    state,
    dueDate,
    intervalMonths: interval,
    lastHeld,
    next:
      next && isMeetingKind(next.kind) ? { id: next.id, kind: next.kind, date: next.starts_on, time: next.starts_time } : null,
  };
}

// The group's own interval between meetings: the client's choice, like the meetings themselves.
export function createRhythmService(db: Db, audit: AuditLog) {
  return {
    async setInterval(actor: Actor, clientId: string, body: RhythmBody): Promise<Rhythm> {
      return db.transaction().execute(async (trx) => {
        const repository = createMeetingsRepository(trx);
        const { performer } = await plannedClient(trx, repository, actor, clientId);
        const group = await groupToChange(repository, clientId);
        await repository.setIntervalMonths(group.id, body.intervalMonths);
        const rhythm = rhythmOf(await repository.listMeetings(group.id), body.intervalMonths);
        await audit.append(trx, actor, [
          {
            action: 'update',
            dataCategory: 'meetings',
            clientId,
            objectId: group.id,
            onBehalfOfAccountId: performer.onBehalfOfAccountId,
          },
        ]);
        return rhythm;
      });
    },
  };
}
export type RhythmService = ReturnType<typeof createRhythmService>;
