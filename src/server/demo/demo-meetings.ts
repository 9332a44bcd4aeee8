import { isMemberKind, isProfessionalRole } from '../../domain/membership.js';
import type { DbTransaction } from '../platform/db/database.js';
import { newId } from '../platform/ids/ids.js';
import { scheduleReminder } from '../features/meetings/index.js';
import { groupStories } from './demo-groups.js';
import type { GroupStory } from './groups/story.js';
import { daanMeetings } from './meetings/daan.js';
import { fatimaMeetings } from './meetings/fatima.js';
import { keesMeetings } from './meetings/kees.js';
import { noorMeetings } from './meetings/noor.js';
import { replayMeetingStory, type MeetingMember, type ReplayedMeeting } from './meetings/replay.js';
import { sanneMeetings } from './meetings/sanne.js';
import type { MeetingStory } from './meetings/story.js';

// The demo groups' meetings (PRODUCT.md §6), told as stories like the groups and plans: dates count
// back from the day of loading. Groups in phases 4 to 6 met, with minutes the client approved; the
// scores and agreements in those minutes are the ones the plan stories recorded on the meeting's day,
// so the minutes point at them rather than repeat them. Kees has not approved the minutes of his start
// meeting yet, and his first follow-up has no date yet. Sanne's start meeting (phase 3) and Fatima's
// date for it (phase 2) lie ahead, as does Daan's next follow-up; Noor's group is overdue.

/** Joep (phase 1) has no meeting yet: dating the start meeting is on his checklist. */
export const meetingStories: readonly MeetingStory[] = [fatimaMeetings, sanneMeetings, keesMeetings, noorMeetings, daanMeetings];

const dayMs = 86_400_000;
const agreementChanges = new Set(['agreement_added', 'agreement_changed', 'agreement_status']);

/**
 * Writes the demo groups' meetings inside the demo's transaction, after loadDemoGroups and
 * loadDemoPlans: members, ticks and plans are read back from what they wrote. Reminders are queued
 * for the meetings ahead; nothing is mailed for meetings already held.
 */
export async function loadDemoMeetings(trx: DbTransaction, today: Date): Promise<void> {
  const midnight = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const at = (daysAgo: number, minutes: number) => new Date(midnight - daysAgo * dayMs + minutes * 60_000).toISOString();
  const date = (daysAgo: number) => new Date(midnight - daysAgo * dayMs).toISOString().slice(0, 10);

  for (const story of meetingStories) {
    const group = groupStories.find((candidate) => candidate.client === story.client);
    if (!group) throw new Error(`Demo meetings of ${story.client}: no group story`);
    const client = await trx
      .selectFrom('clients')
      .innerJoin('accounts', 'accounts.id', 'clients.account_id')
      .innerJoin('groups', 'groups.client_id', 'clients.id')
      .select(['accounts.id as accountId', 'groups.id as groupId'])
      .where('accounts.email', '=', story.client)
      .where('groups.closed_at', 'is', null)
      .executeTakeFirstOrThrow();
    const tick = await trx
      .selectFrom('checklist_ticks')
      .select(['ticked_at', 'ticked_by_account_id'])
      .where('group_id', '=', client.groupId)
      .where('item_id', '=', 'start_evaluated')
      .executeTakeFirst();
    const meetings = replayMeetingStory(story, {
      group,
      clientAccount: client.accountId,
      members: await membersOf(trx, client.groupId, group),
      startEvaluatedTick: tick ? { at: tick.ticked_at, accountId: tick.ticked_by_account_id } : null,
      at,
      date,
      now: today.toISOString(),
    });
    if (story.intervalMonths !== undefined)
      await trx
        .updateTable('groups')
        .set({ meeting_interval_months: story.intervalMonths })
        .where('id', '=', client.groupId)
        .execute();
    for (const meeting of meetings) await writeMeeting(trx, client.groupId, meeting);
    await linkPlan(trx, story, client.groupId, meetings);
    for (const meeting of meetings.filter((m) => !m.held))
      await scheduleReminder(trx, { meetingId: meeting.id, startsAt: meeting.startsAt });
  }
}

/** The group's memberships in the order they joined, by the person's key in the group story. */
async function membersOf(trx: DbTransaction, groupId: string, story: GroupStory): Promise<MeetingMember[]> {
  const rows = await trx
    .selectFrom('group_members')
    .innerJoin('network_people', 'network_people.id', 'group_members.network_person_id')
    .select([
      'group_members.id',
      'group_members.name',
      'group_members.kind',
      'group_members.role',
      'group_members.created_at',
      'network_people.name as personName',
    ])
    .where('group_members.group_id', '=', groupId)
    .orderBy('group_members.created_at')
    .orderBy('group_members.id')
    .execute();
  const activations = await trx
    .selectFrom('member_events')
    .select(['member_id', 'occurred_at'])
    .where('group_id', '=', groupId)
    .where('to_status', '=', 'active')
    .execute();
  return rows.map((row): MeetingMember => {
    const person = story.people.find((candidate) => candidate.name === row.personName);
    const member = story.members.find((candidate) => candidate.person === person?.key);
    if (!person || !member) throw new Error(`Demo meetings of ${story.client}: ${row.name} is not in the group story`);
    if (!isMemberKind(row.kind)) throw new Error(`Demo meetings of ${story.client}: ${row.name} has kind ${row.kind}`);
    const activatedAt = activations
      .filter((event) => event.member_id === row.id)
      .map((event) => event.occurred_at)
      .sort()
      .at(-1);
    return {
      key: person.key,
      id: row.id,
      name: row.name,
      kind: row.kind,
      role: row.role !== null && isProfessionalRole(row.role) ? row.role : null,
      // A membership's status on a day is its last step on or before that day.
      statusOn: (daysAgo) => member.steps.filter((step) => step[1] >= daysAgo).at(-1)?.[0] ?? null,
      activatedAt: activatedAt ?? null,
    };
  });
}

async function writeMeeting(trx: DbTransaction, groupId: string, meeting: ReplayedMeeting): Promise<void> {
  await trx
    .insertInto('meetings')
    .values({
      id: meeting.id,
      group_id: groupId,
      kind: meeting.kind,
      theme: meeting.theme,
      starts_on: meeting.startsOn,
      starts_time: meeting.startsTime,
      starts_at: meeting.startsAt,
      duration_minutes: meeting.durationMinutes,
      location_kind: meeting.locationKind,
      location_detail: meeting.locationDetail,
      chair_member_id: meeting.chairMemberId,
      minute_taker_member_id: meeting.minuteTakerMemberId,
      channel: meeting.channel,
      status: 'planned',
      sequence: 0,
      minutes_status: meeting.minutesApproved ? 'approved' : 'draft',
      minutes_approved_at: meeting.minutesApprovedAt,
      minutes_approved_by_account_id: meeting.minutesApprovedByAccountId,
      created_at: meeting.createdAt,
      created_by_account_id: meeting.createdByAccountId,
      on_behalf_of_account_id: null,
      updated_at: meeting.updatedAt,
      cancelled_at: null,
    })
    .execute();
  for (const [position, item] of meeting.agenda.entries()) {
    await trx
      .insertInto('meeting_agenda_items')
      .values({
        id: item.id,
        meeting_id: meeting.id,
        position,
        code: item.code,
        title: item.title,
        notes: item.notes,
        decisions: item.decisions,
      })
      .execute();
  }
  for (const invitee of meeting.invitees) {
    await trx
      .insertInto('meeting_invitees')
      .values({
        id: newId(),
        meeting_id: meeting.id,
        member_id: invitee.memberId,
        invited_at: invitee.invitedAt,
        answer: invitee.answer,
        answered_at: invitee.answeredAt,
        reminded_at: invitee.remindedAt,
      })
      .execute();
  }
  if (meeting.evaluation) {
    const { howDidItGo, whatToKeep, whatToChange, recordedAt, recordedByAccountId } = meeting.evaluation;
    await trx
      .insertInto('start_evaluations')
      .values({
        meeting_id: meeting.id,
        how_did_it_go: howDidItGo,
        what_to_keep: whatToKeep,
        what_to_change: whatToChange,
        recorded_at: recordedAt,
        recorded_by_account_id: recordedByAccountId,
        on_behalf_of_account_id: null,
      })
      .execute();
  }
}

interface VersionAgreement {
  id: string;
  what: string;
  assignee: { kind: 'client' } | { kind: 'member'; memberId: string };
  dueOn: string | null;
  goalId: string | null;
  status: string;
}

/**
 * Ties the plan to the meetings held: each adoption to the meeting of its day (a plan is agreed at a
 * meeting, so there must be one), and the scores and agreements the plan story recorded on a
 * meeting's day to that meeting's approved minutes, as approving them would have done. Minutes still
 * waiting for approval get none: approving them would add to the plan again what the plan story
 * already holds, so that day's scores stay without a meeting.
 */
async function linkPlan(
  trx: DbTransaction,
  story: MeetingStory,
  groupId: string,
  meetings: readonly ReplayedMeeting[],
): Promise<void> {
  const plan = await trx.selectFrom('plans').select('id').where('group_id', '=', groupId).executeTakeFirst();
  if (!plan) return;
  const held = meetings.filter((meeting) => meeting.held);
  const adoptions = await trx.selectFrom('plan_adoptions').select(['id', 'meeting_on']).where('plan_id', '=', plan.id).execute();
  for (const adoption of adoptions) {
    const meeting = held.find((candidate) => candidate.startsOn === adoption.meeting_on);
    if (!meeting)
      throw new Error(`Demo meetings of ${story.client}: the plan was agreed on ${adoption.meeting_on}, without a meeting`);
    await trx.updateTable('plan_adoptions').set({ meeting_id: meeting.id }).where('id', '=', adoption.id).execute();
  }

  const progress = await trx
    .selectFrom('goal_progress')
    .innerJoin('plan_goals', 'plan_goals.id', 'goal_progress.goal_id')
    .select(['goal_progress.id', 'goal_progress.goal_id', 'goal_progress.scored_on', 'goal_progress.score', 'goal_progress.note'])
    .where('plan_goals.plan_id', '=', plan.id)
    .orderBy('goal_progress.recorded_at')
    .execute();
  const versions = await trx
    .selectFrom('plan_versions')
    .select(['changed_at', 'change', 'content'])
    .where('plan_id', '=', plan.id)
    .orderBy('number')
    .execute();
  for (const meeting of held.filter((candidate) => candidate.minutesApproved)) {
    const scores = progress.filter((point) => point.scored_on === meeting.startsOn);
    for (const score of scores) {
      await trx
        .insertInto('meeting_scores')
        .values({ id: newId(), meeting_id: meeting.id, goal_id: score.goal_id, score: score.score, note: score.note })
        .execute();
      await trx.updateTable('goal_progress').set({ meeting_id: meeting.id }).where('id', '=', score.id).execute();
    }

    // The agreements made or changed that day, each as it stood after the day's last change to it.
    const agreed = new Map<string, { added: boolean; agreement: VersionAgreement }>();
    for (const version of versions.filter((v) => v.changed_at.slice(0, 10) === meeting.startsOn)) {
      const change = JSON.parse(version.change) as { kind: string; subjectId: string | null };
      if (!agreementChanges.has(change.kind) || change.subjectId === null) continue;
      const content = JSON.parse(version.content) as { agreements: VersionAgreement[] };
      const agreement = content.agreements.find((candidate) => candidate.id === change.subjectId);
      if (!agreement) throw new Error(`Demo meetings of ${story.client}: agreement ${change.subjectId} is not in its version`);
      const added = change.kind === 'agreement_added' || agreed.get(agreement.id)?.added === true;
      agreed.set(agreement.id, { added, agreement });
    }
    for (const [position, { added, agreement }] of [...agreed.values()].entries()) {
      await trx
        .insertInto('meeting_agreements')
        .values({
          id: newId(),
          meeting_id: meeting.id,
          position,
          agreement_id: added ? null : agreement.id,
          what: agreement.what,
          member_id: agreement.assignee.kind === 'member' ? agreement.assignee.memberId : null,
          due_on: agreement.dueOn,
          goal_id: agreement.goalId,
          status: agreement.status,
        })
        .execute();
    }
  }
}
