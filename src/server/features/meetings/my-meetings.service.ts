import { durationMinutesRange } from '../../../domain/meetings.js';
import type { MeetingAttention, MyMeeting } from '../../../shared/meetings.js';
import type { AuditLog } from '../../platform/audit/audit-log.js';
import type { Actor } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { createSharingPolicy } from '../sharing/index.js';
import { answerOf, kindOf, locationOf } from './meetings.presenter.js';
import { createMeetingsRepository } from './meetings.repository.js';
import { rhythmOf } from './rhythm.service.js';

/** Meeting attention starts once the group has held, or is about to hold, its start meeting. */
const attentionFromPhase = 4;

interface UpcomingRow {
  id: string;
  kind: string;
  starts_on: string;
  starts_time: string;
  starts_at: string;
  duration_minutes: number;
  location_kind: string;
  groupName: string;
  clientId: string;
  clientName: string;
  answer?: string | null;
}

// Meetings across clients: the ones the signed-in person is invited to (their home page), and for a
// coordinator the groups of their own clients whose next meeting is due. Each answer is logged as a
// read of the meetings of every client it names.
export function createMyMeetingsService(db: Db, audit: AuditLog) {
  const meetings = createMeetingsRepository(db);

  async function upcomingOf(actor: Actor, now: Date): Promise<UpcomingRow[]> {
    // A meeting stays on the list until it ends; none lasts longer than the longest duration.
    const after = new Date(now.getTime() - durationMinutesRange.max * 60_000).toISOString();
    if (actor.role === 'client') return actor.clientId === null ? [] : meetings.listClientMeetingsAfter(actor.clientId, after);
    if (actor.role === 'relative') return meetings.listInvitationsOf({ relativeAccountId: actor.accountId }, after);
    return actor.professional === null ? [] : meetings.listInvitationsOf({ professionalId: actor.professional.id }, after);
  }

  async function recordReads(actor: Actor, clientIds: readonly string[]): Promise<void> {
    if (clientIds.length === 0) return;
    await audit.record(
      actor,
      clientIds.map((clientId) => ({ action: 'read' as const, dataCategory: 'meetings' as const, clientId })),
    );
  }

  return {
    /** Meetings still to come (or going on) that the caller is invited to, soonest first; a client's own group's. */
    async mine(actor: Actor): Promise<{ meetings: MyMeeting[] }> {
      const now = new Date();
      const rows = (await upcomingOf(actor, now)).filter(
        (row) => Date.parse(row.starts_at) + row.duration_minutes * 60_000 > now.getTime(),
      );
      // The client's sharing counts from the very next request: a relative no longer shared sees none.
      const sharing = createSharingPolicy(db);
      const visible = new Map<string, boolean>();
      for (const clientId of new Set(rows.map((row) => row.clientId)))
        visible.set(clientId, await sharing.canSeeCategory(actor, clientId, 'meetings'));
      const seen = new Set<string>();
      const list: MyMeeting[] = [];
      for (const row of rows) {
        if (!visible.get(row.clientId) || seen.has(row.id)) continue;
        seen.add(row.id);
        list.push({
          id: row.id,
          client: { id: row.clientId, name: row.clientName },
          groupName: row.groupName,
          kind: kindOf(row.kind),
          date: row.starts_on,
          time: row.starts_time,
          locationKind: locationOf(row.location_kind),
          myAnswer: answerOf(row.answer ?? null),
        });
      }
      await recordReads(actor, [...new Set(list.map((meeting) => meeting.client.id))]);
      return { meetings: list };
    },

    /**
     * For a coordinator: the groups of their own clients, from the start meeting's phase on, whose next
     * meeting is overdue or due within four weeks with none planned; overdue first, then by due date.
     */
    async attention(actor: Actor): Promise<MeetingAttention> {
      if (actor.professional === null) return { groups: [] };
      const groups = await meetings.listCoordinatedGroups(actor.professional.id, attentionFromPhase);
      const rows = await meetings.listLiveMeetingsOfGroups(groups.map((group) => group.groupId));
      const sharing = createSharingPolicy(db);
      const flagged: MeetingAttention['groups'] = [];
      for (const group of groups) {
        const rhythm = rhythmOf(
          rows.filter((row) => row.group_id === group.groupId),
          group.meetingIntervalMonths,
        );
        if ((rhythm.state !== 'overdue' && rhythm.state !== 'due_soon') || rhythm.dueDate === null) continue;
        // Their coordinator, but in another team now: the client's data is not theirs to see.
        if (!(await sharing.canSeeCategory(actor, group.clientId, 'meetings'))) continue;
        flagged.push({
          client: { id: group.clientId, name: group.clientName },
          groupName: group.groupName,
          state: rhythm.state,
          dueDate: rhythm.dueDate,
        });
      }
      flagged.sort((a, b) => (a.state === b.state ? a.dueDate.localeCompare(b.dueDate) : a.state === 'overdue' ? -1 : 1));
      await recordReads(actor, [...new Set(flagged.map((group) => group.client.id))]);
      return { groups: flagged };
    },
  };
}
export type MyMeetingsService = ReturnType<typeof createMyMeetingsService>;
