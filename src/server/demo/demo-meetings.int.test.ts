import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amsterdamDay, amsterdamToUtc, daysBetween } from '../../domain/amsterdam-time.js';
import { defaultIntervalMonths, rhythmState } from '../../domain/meeting-rhythm.js';
import {
  agendaLimits,
  agendaTemplate,
  countsForRhythm,
  isAgendaItemCode,
  isMeetingKind,
  isResponseAnswer,
  isStartEvaluationComplete,
} from '../../domain/meetings.js';
import { checklistItemIds, type PhaseNumber } from '../../domain/phases.js';
import type { GroupState } from '../../shared/groups.js';
import type { MeetingAttention, MeetingList, Minutes, MyMeeting } from '../../shared/meetings.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { createTestDatabase } from '../testing/test-database.js';
import { demoPassword, loadDemoData } from './demo-data.js';

// The demo's meetings (issue 6): groups in phases 4 to 6 met, with agendas from the templates and
// minutes the client approved, except Kees's start meeting, whose minutes wait for him; the group in
// phase 3 has its start meeting ahead; one group is overdue. Every meeting is one Regie itself would
// have let the client plan.

const factNoord = [1, 2, 3, 4, 5, 6].map((n) => `client${n}@demo.regie.test`);
const overdue = 'client5@demo.regie.test';
const kees = 'client4@demo.regie.test';
const meetingItems = new Set([
  'first_meeting_dated',
  'agenda_made',
  'chair_chosen',
  'minute_taker_chosen',
  'location_chosen',
  'channel_chosen',
  'start_meeting_held',
  'follow_up_held',
  'next_meeting_dated',
]);

interface DemoGroup {
  email: string;
  phase: PhaseNumber;
  groupId: string;
  clientAccount: string;
  intervalMonths: number | null;
}

describe('demo meetings', () => {
  let t: TestApp;
  const today = new Date();
  const now = today.toISOString();
  const groups = new Map<string, DemoGroup>();
  const group = (email: string) => {
    const found = groups.get(email);
    if (!found) throw new Error(`no demo group for ${email}`);
    return found;
  };
  const meetingsOf = (email: string) =>
    t.db.selectFrom('meetings').selectAll().where('group_id', '=', group(email).groupId).orderBy('starts_at').execute();

  beforeAll(async () => {
    t = await createTestApp();
    await loadDemoData(t.db, today);
    for (const email of factNoord) {
      const row = await t.db
        .selectFrom('groups')
        .innerJoin('clients', 'clients.id', 'groups.client_id')
        .innerJoin('accounts', 'accounts.id', 'clients.account_id')
        .select(['groups.id', 'groups.phase', 'groups.meeting_interval_months', 'accounts.id as accountId'])
        .where('accounts.email', '=', email)
        .executeTakeFirstOrThrow();
      groups.set(email, {
        email,
        phase: row.phase as PhaseNumber,
        groupId: row.id,
        clientAccount: row.accountId,
        intervalMonths: row.meeting_interval_months,
      });
    }
  });
  afterAll(() => t.close());

  /** A membership's status at `moment`: its last step by then (member_events), or today's for a moment ahead. */
  const statusAt = async (memberId: string, moment: string) => {
    const events = await t.db
      .selectFrom('member_events')
      .select(['to_status', 'occurred_at'])
      .where('member_id', '=', memberId)
      .orderBy('occurred_at')
      .execute();
    const until = moment < now ? moment : now;
    return events.filter((event) => event.occurred_at <= until).at(-1)?.to_status ?? null;
  };

  it('gives groups from phase 4 on a held start meeting and follow-ups, phase 3 its start meeting ahead, phase 1 none', async () => {
    const seen: Record<string, string[]> = {};
    for (const email of factNoord) {
      seen[email] = (await meetingsOf(email)).map((m) => `${m.kind}:${m.starts_at <= now ? 'held' : 'ahead'}`);
    }
    expect(seen).toEqual({
      'client1@demo.regie.test': [],
      'client2@demo.regie.test': ['start:ahead'],
      'client3@demo.regie.test': ['start:ahead'],
      // His first follow-up is still to be planned.
      [kees]: ['start:held'],
      'client5@demo.regie.test': ['start:held', 'follow_up:held', 'follow_up:held', 'theme:held'],
      'client6@demo.regie.test': [
        'start:held',
        'follow_up:held',
        'follow_up:held',
        'follow_up:held',
        'follow_up:held',
        'follow_up:ahead',
      ],
    });

    const sanne = (await meetingsOf('client3@demo.regie.test'))[0];
    expect(sanne?.location_kind).toBe('client_home');
    const inDays = daysBetween(amsterdamDay(today), sanne?.starts_on ?? '');
    expect(inDays).toBeGreaterThanOrEqual(14);
    expect(inDays).toBeLessThanOrEqual(28);
    const chair = await t.db
      .selectFrom('group_members')
      .select('role')
      .where('id', '=', sanne?.chair_member_id ?? '')
      .executeTakeFirst();
    expect(chair?.role).toBe('coordinator');
  });

  it('keeps every meeting within the method’s rules: agenda, chair, minute-taker, place, invitees and replies', async () => {
    let checked = 0;
    for (const email of factNoord) {
      const { groupId, phase } = group(email);
      const members = await t.db.selectFrom('group_members').selectAll().where('group_id', '=', groupId).execute();
      for (const meeting of await meetingsOf(email)) {
        const where = `${email} ${meeting.kind} ${meeting.starts_on}`;
        const held = meeting.starts_at <= now;
        checked += 1;
        expect(isMeetingKind(meeting.kind), where).toBe(true);
        expect(meeting.status, where).toBe('planned');
        expect(meeting.starts_at, where).toBe(amsterdamToUtc(meeting.starts_on, meeting.starts_time));
        expect(meeting.theme !== null, where).toBe(meeting.kind === 'theme');
        if (meeting.location_kind === 'video') expect(meeting.location_detail ?? '', where).toMatch(/^https:\/\//);
        expect(meeting.created_at < meeting.starts_at && meeting.updated_at >= meeting.created_at, where).toBe(true);
        expect(meeting.updated_at < now, where).toBe(true);
        expect(meeting.created_by_account_id, where).toBe(group(email).clientAccount);

        // The agenda: the template of its kind with the client's changes, within the limits.
        const agenda = await t.db
          .selectFrom('meeting_agenda_items')
          .selectAll()
          .where('meeting_id', '=', meeting.id)
          .orderBy('position')
          .execute();
        expect(agenda.length, where).toBeLessThanOrEqual(agendaLimits.maxItems);
        expect(
          agenda.map((item) => item.position),
          where,
        ).toEqual(agenda.map((_, i) => i));
        const codes = agenda.filter((item) => item.code !== 'custom').map((item) => item.code);
        expect(new Set(codes).size, where).toBe(codes.length);
        for (const item of agenda) {
          expect(item.code === 'custom' ? (item.title ?? '').trim().length > 0 : isAgendaItemCode(item.code), where).toBe(true);
        }
        if (agenda.length > 0 && isMeetingKind(meeting.kind)) {
          const fromTemplate = agendaTemplate(meeting.kind).filter((item) => codes.includes(item.code));
          expect(fromTemplate.length, where).toBeGreaterThanOrEqual(agendaTemplate(meeting.kind).length - 1);
          expect(agenda.filter((item) => item.code === 'custom').length, where).toBeLessThanOrEqual(1);
        }

        // The chair is the client or an active member; the minute-taker an active member of the
        // network outside the professionals (informal, or a peer expert), not the chair.
        const chair = members.find((m) => m.id === meeting.chair_member_id);
        if (meeting.chair_member_id !== null)
          expect(await statusAt(meeting.chair_member_id, meeting.starts_at), where).toBe('active');
        const minuteTaker = members.find((m) => m.id === meeting.minute_taker_member_id);
        if (phase >= 3 || held) {
          expect(minuteTaker, where).toBeDefined();
          expect(await statusAt(minuteTaker?.id ?? '', meeting.starts_at), where).toBe('active');
          expect(['informal', 'peer'], where).toContain(minuteTaker?.kind);
          expect(minuteTaker?.role, where).toBeNull();
          expect(minuteTaker?.id, where).not.toBe(chair?.id);
          expect(meeting.channel?.trim(), where).toBeTruthy();
        }

        // Everyone active at the start (or now, for a meeting ahead) was invited; a meeting held has all replies.
        const invitees = await t.db.selectFrom('meeting_invitees').selectAll().where('meeting_id', '=', meeting.id).execute();
        for (const member of members) {
          const active = (await statusAt(member.id, meeting.starts_at)) === 'active';
          if (active)
            expect(
              invitees.some((i) => i.member_id === member.id),
              `${where}: ${member.name}`,
            ).toBe(true);
        }
        for (const invitee of invitees) {
          expect(invitee.invited_at < meeting.starts_at, where).toBe(true);
          if (invitee.answer === null) expect(invitee.answered_at, where).toBeNull();
          else {
            expect(isResponseAnswer(invitee.answer), where).toBe(true);
            expect(invitee.answered_at && invitee.answered_at > invitee.invited_at && invitee.answered_at < now, where).toBe(
              true,
            );
          }
        }
        const answerOf = (memberId: string | null | undefined) => invitees.find((i) => i.member_id === memberId)?.answer;
        if (held) {
          expect(
            invitees.every((i) => i.answer !== null),
            where,
          ).toBe(true);
          expect(invitees.filter((i) => i.answer === 'yes').length, where).toBeGreaterThan(invitees.length / 2);
          expect(answerOf(minuteTaker?.id), where).toBe('yes');
          if (chair) expect(answerOf(chair.id), where).toBe('yes');
        } else {
          expect(
            invitees.every((i) => i.reminded_at === null),
            where,
          ).toBe(true);
        }
      }
    }
    expect(checked).toBe(13);
  });

  it('has the client approve the minutes of every meeting held but Kees’s start meeting, with notes on every item; minutes ahead are empty drafts', async () => {
    const drafts: string[] = [];
    for (const email of factNoord) {
      for (const meeting of await meetingsOf(email)) {
        const where = `${email} ${meeting.kind} ${meeting.starts_on}`;
        const agenda = await t.db.selectFrom('meeting_agenda_items').selectAll().where('meeting_id', '=', meeting.id).execute();
        if (meeting.starts_at <= now && meeting.minutes_status === 'draft') {
          // Written up, waiting for the client: nothing of it has reached the plan.
          drafts.push(`${email}:${meeting.kind}`);
          expect(meeting.minutes_approved_at, where).toBeNull();
          expect(meeting.minutes_approved_by_account_id, where).toBeNull();
          for (const item of agenda) expect(item.notes.trim().length, `${where} ${item.code}`).toBeGreaterThan(0);
          const proposed = [
            ...(await t.db.selectFrom('meeting_scores').select('id').where('meeting_id', '=', meeting.id).execute()),
            ...(await t.db.selectFrom('meeting_agreements').select('id').where('meeting_id', '=', meeting.id).execute()),
            ...(await t.db.selectFrom('goal_progress').select('id').where('meeting_id', '=', meeting.id).execute()),
          ];
          expect(proposed, where).toEqual([]);
        } else if (meeting.starts_at <= now) {
          expect(meeting.minutes_status, where).toBe('approved');
          expect(meeting.minutes_approved_by_account_id, where).toBe(group(email).clientAccount);
          const ended = Date.parse(meeting.starts_at) + meeting.duration_minutes * 60_000;
          expect(Date.parse(meeting.minutes_approved_at ?? ''), where).toBeGreaterThan(ended);
          expect(meeting.minutes_approved_at && meeting.minutes_approved_at < now, where).toBe(true);
          expect(agenda.length, where).toBeGreaterThan(0);
          for (const item of agenda) expect(item.notes.trim().length, `${where} ${item.code}`).toBeGreaterThan(0);
        } else {
          expect(meeting.minutes_status, where).toBe('draft');
          expect(meeting.minutes_approved_at, where).toBeNull();
          for (const item of agenda) expect(item.notes + item.decisions, where).toBe('');
        }
      }
    }
    expect(drafts).toEqual([`${kees}:start`]);
  });

  it('holds exactly one start meeting per group from phase 4 on, evaluated where the group ticked start_evaluated', async () => {
    for (const email of factNoord) {
      const { phase, groupId } = group(email);
      const starts = (await meetingsOf(email)).filter((m) => m.kind === 'start');
      expect(starts.length, email).toBe(phase === 1 ? 0 : 1);
      const start = starts[0];
      if (!start) continue;
      expect(start.starts_at <= now, email).toBe(phase >= 4);
      const tick = await t.db
        .selectFrom('checklist_ticks')
        .selectAll()
        .where('group_id', '=', groupId)
        .where('item_id', '=', 'start_evaluated')
        .executeTakeFirst();
      const evaluation = await t.db
        .selectFrom('start_evaluations')
        .selectAll()
        .where('meeting_id', '=', start.id)
        .executeTakeFirst();
      expect(evaluation !== undefined, email).toBe(tick !== undefined);
      if (!evaluation || !tick) continue;
      expect(evaluation.recorded_at).toBe(tick.ticked_at);
      expect(evaluation.recorded_at > start.starts_at).toBe(true);
      expect(
        isStartEvaluationComplete({
          how_did_it_go: evaluation.how_did_it_go,
          what_to_keep: evaluation.what_to_keep,
          what_to_change: evaluation.what_to_change,
        }),
      ).toBe(true);
    }
    expect(await t.db.selectFrom('start_evaluations').select('meeting_id').execute()).toHaveLength(2);
  });

  it('makes the one overdue group Noor’s, with nothing planned, and keeps every other group in rhythm', async () => {
    const states: Record<string, string> = {};
    const dueDates: Record<string, string | null> = {};
    for (const email of factNoord) {
      const rhythmic = (await meetingsOf(email)).filter((m) => isMeetingKind(m.kind) && countsForRhythm(m.kind));
      const lastHeld = rhythmic.filter((m) => m.starts_at <= now).at(-1)?.starts_on ?? null;
      const nextPlanned = rhythmic.find((m) => m.starts_at > now)?.starts_on ?? null;
      const intervalMonths = group(email).intervalMonths ?? defaultIntervalMonths;
      const rhythm = rhythmState(amsterdamDay(today), { lastHeld, nextPlanned, intervalMonths });
      states[email] = rhythm.state;
      dueDates[email] = rhythm.dueDate;
    }
    expect(states).toEqual({
      'client1@demo.regie.test': 'none_yet',
      'client2@demo.regie.test': 'planned',
      'client3@demo.regie.test': 'planned',
      // Nothing planned yet, and not due for a while: his first follow-up is his to plan.
      [kees]: 'not_due',
      [overdue]: 'overdue',
      'client6@demo.regie.test': 'planned',
    });
    // Three months after the start meeting, over two months from now.
    const keesDue = daysBetween(amsterdamDay(today), dueDates[kees] ?? '');
    expect(keesDue).toBeGreaterThanOrEqual(64);
    expect(keesDue).toBeLessThanOrEqual(69);
    // Daan's next follow-up is weeks ahead, not months.
    const next = (await meetingsOf('client6@demo.regie.test')).find((m) => m.starts_at > now);
    expect(daysBetween(amsterdamDay(today), next?.starts_on ?? '')).toBeLessThanOrEqual(63);
  });

  it('links each plan adoption to its meeting, and the scores given that day to the meeting’s approved minutes', async () => {
    let scores = 0;
    for (const email of factNoord) {
      const plan = await t.db.selectFrom('plans').select('id').where('group_id', '=', group(email).groupId).executeTakeFirst();
      if (!plan) continue;
      const meetings = await meetingsOf(email);
      const adoptions = await t.db.selectFrom('plan_adoptions').selectAll().where('plan_id', '=', plan.id).execute();
      for (const adoption of adoptions) {
        const meeting = meetings.find((m) => m.id === adoption.meeting_id);
        expect(meeting?.starts_on, email).toBe(adoption.meeting_on);
        expect(meeting && meeting.starts_at <= now, email).toBe(true);
      }
      const progress = await t.db
        .selectFrom('goal_progress')
        .innerJoin('plan_goals', 'plan_goals.id', 'goal_progress.goal_id')
        .selectAll('goal_progress')
        .where('plan_goals.plan_id', '=', plan.id)
        .execute();
      for (const meeting of meetings.filter((m) => m.starts_at <= now)) {
        const onTheDay = progress.filter((p) => p.scored_on === meeting.starts_on);
        if (meeting.minutes_status === 'draft') {
          // Scores reach a meeting's minutes only through approval: the day's scores stay without one.
          expect(
            onTheDay.every((p) => p.meeting_id === null),
            email,
          ).toBe(true);
          continue;
        }
        expect(
          onTheDay.every((p) => p.meeting_id === meeting.id),
          email,
        ).toBe(true);
        const minutes = await t.db
          .selectFrom('meeting_scores')
          .select(['goal_id', 'score', 'note'])
          .where('meeting_id', '=', meeting.id)
          .execute();
        const sorted = <T extends { goal_id: string }>(rows: T[]) => [...rows].sort((a, b) => a.goal_id.localeCompare(b.goal_id));
        expect(sorted(minutes), `${email} ${meeting.starts_on}`).toEqual(
          sorted(onTheDay.map(({ goal_id, score, note }) => ({ goal_id, score, note }))),
        );
        scores += minutes.length;
      }
      // Nothing is linked to a day without a meeting.
      for (const point of progress.filter((p) => p.meeting_id !== null))
        expect(meetings.find((m) => m.id === point.meeting_id)?.starts_on, email).toBe(point.scored_on);
    }
    expect(scores).toBeGreaterThan(20);
    const agreements = await t.db.selectFrom('meeting_agreements').selectAll().execute();
    expect(agreements.length).toBeGreaterThan(5);
    for (const agreement of agreements.filter((a) => a.agreement_id !== null)) {
      const inPlan = await t.db
        .selectFrom('plan_agreements')
        .select('id')
        .where('id', '=', agreement.agreement_id)
        .executeTakeFirst();
      expect(inPlan).toBeDefined();
    }
  });

  it('queues a reminder for each meeting ahead and no mail for meetings held', async () => {
    const jobs = await t.db.selectFrom('jobs').select(['kind', 'payload', 'run_at', 'status']).execute();
    const ahead = (await t.db.selectFrom('meetings').select(['id', 'starts_at']).execute()).filter((m) => m.starts_at > now);
    expect(jobs.map((job) => job.kind).sort()).toEqual(ahead.map(() => 'meeting.reminder'));
    for (const meeting of ahead) {
      const job = jobs.find((j) => (JSON.parse(j.payload) as { meetingId: string }).meetingId === meeting.id);
      expect(job?.status).toBe('pending');
      expect(job && job.run_at < meeting.starts_at && job.run_at > now).toBe(true);
    }
  });

  it('leaves Karim and Ria an upcoming meeting to answer, and Bram none until Kees plans one', async () => {
    const upcomingCount: Record<string, number> = {};
    for (const email of ['relative2@demo.regie.test', 'relative3@demo.regie.test', 'relative4@demo.regie.test']) {
      const upcoming = await t.db
        .selectFrom('meeting_invitees')
        .innerJoin('meetings', 'meetings.id', 'meeting_invitees.meeting_id')
        .innerJoin('group_members', 'group_members.id', 'meeting_invitees.member_id')
        .innerJoin('relatives', 'relatives.id', 'group_members.relative_id')
        .select(['meetings.starts_at', 'meeting_invitees.answer'])
        .where('relatives.email', '=', email)
        .where('meetings.starts_at', '>', now)
        .execute();
      upcomingCount[email] = upcoming.length;
      expect(
        upcoming.every((u) => u.answer === null),
        email,
      ).toBe(true);
    }
    expect(upcomingCount).toEqual({
      'relative2@demo.regie.test': 1,
      'relative3@demo.regie.test': 1,
      'relative4@demo.regie.test': 0,
    });
  });

  it('does the checklist items that depend on meetings for every phase a group has passed, and phase 3’s for Sanne', async () => {
    const open: Record<string, string[]> = {};
    for (const email of factNoord) {
      const cookie = await t.signIn(email, demoPassword);
      const me = await t.request({ method: 'GET', url: '/api/me', cookie });
      const response = await t.request({
        method: 'GET',
        url: `/api/clients/${me.json<{ clientId: string }>().clientId}/group`,
        cookie,
      });
      expect(response.statusCode, response.body).toBe(200);
      const phases = response.json<GroupState>().group?.phases ?? [];
      open[email] = phases
        .filter((p) => p.number <= group(email).phase)
        .flatMap((p) =>
          p.checklist.filter((item) => meetingItems.has(item.id) && !item.done).map((item) => `${p.number}:${item.id}`),
        );
    }
    expect(open).toEqual({
      // Phase 1 is where the start meeting gets its date.
      'client1@demo.regie.test': ['1:first_meeting_dated'],
      'client2@demo.regie.test': [],
      'client3@demo.regie.test': [],
      // Phase 4 asks for the start meeting only: the follow-up without a date is not on it.
      [kees]: [],
      // Overdue: the next meeting has no date.
      [overdue]: ['5:next_meeting_dated'],
      'client6@demo.regie.test': [],
    });
    // Every meeting item the method has is one of those looked at.
    const all = ([1, 2, 3, 4, 5, 6] as const).flatMap(checklistItemIds);
    for (const id of meetingItems) expect(all).toContain(id);
  });

  it('shows it all through the API: Noor overdue to her coordinator, Ria’s invitation, Kees’s minutes waiting for him', async () => {
    const coordinator = await t.signIn('coordinator@demo.regie.test', demoPassword);
    const attention = await t.request({ method: 'GET', url: '/api/meeting-attention', cookie: coordinator });
    expect(attention.statusCode, attention.body).toBe(200);
    expect(
      attention
        .json<MeetingAttention>()
        .groups.filter((g) => g.state === 'overdue')
        .map((g) => g.groupName),
    ).toEqual(['De kring van Noor']);

    const ria = await t.signIn('relative3@demo.regie.test', demoPassword);
    const mine = await t.request({ method: 'GET', url: '/api/my-meetings', cookie: ria });
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json<{ meetings: MyMeeting[] }>().meetings.map((m) => [m.groupName, m.kind, m.myAnswer])).toEqual([
      ['Team Sanne', 'start', null],
    ]);

    // Kees's start meeting has draft minutes: Kees may approve them, Bram may not read them yet.
    const keesCookie = await t.signIn(kees, demoPassword);
    const me = await t.request({ method: 'GET', url: '/api/me', cookie: keesCookie });
    const clientId = me.json<{ clientId: string }>().clientId;
    const list = await t.request({ method: 'GET', url: `/api/clients/${clientId}/meetings`, cookie: keesCookie });
    expect(list.statusCode, list.body).toBe(200);
    const meetings = list.json<MeetingList>();
    expect(meetings.rhythm.state).toBe('not_due');
    expect(meetings.meetings.map((m) => m.kind)).toEqual(['start']);
    const start = meetings.meetings.find((m) => m.kind === 'start');
    const minutesUrl = `/api/clients/${clientId}/meetings/${start?.id ?? ''}/minutes`;

    const own = await t.request({ method: 'GET', url: minutesUrl, cookie: keesCookie });
    expect(own.statusCode, own.body).toBe(200);
    const draft = own.json<Minutes>();
    expect(draft.status).toBe('draft');
    expect(draft.approvedAt).toBeNull();
    expect(draft.abilities.approve).toBe(true);
    expect(draft.meeting.minuteTaker?.name).toBe('Anton Willems');
    expect(draft.items.every((item) => item.notes.length > 0)).toBe(true);
    expect(draft.scores).toEqual([]);
    expect(draft.agreements).toEqual([]);

    const bram = await t.signIn('relative4@demo.regie.test', demoPassword);
    const refused = await t.request({ method: 'GET', url: minutesUrl, cookie: bram });
    expect(refused.statusCode, refused.body).toBe(403);
    // Reading was all: the minutes are still waiting for Kees.
    const after = await t.db
      .selectFrom('meetings')
      .select('minutes_status')
      .where('id', '=', start?.id ?? '')
      .executeTakeFirst();
    expect(after?.minutes_status).toBe('draft');
  });

  it('loads on any day of the year: across both clock changes, and late in the evening when Amsterdam is a day ahead', async () => {
    const days = ['2027-03-28T09:00:00Z', '2027-07-15T21:30:00Z', '2027-10-31T01:30:00Z', '2028-01-10T23:30:00Z'];
    for (const day of days) {
      const loadedOn = new Date(day);
      const database = await createTestDatabase();
      try {
        await loadDemoData(database.db, loadedOn);
        const noor = await database.db
          .selectFrom('meetings')
          .innerJoin('groups', 'groups.id', 'meetings.group_id')
          .select(['meetings.kind', 'meetings.starts_on', 'meetings.starts_at', 'groups.meeting_interval_months'])
          .where('groups.name', '=', 'De kring van Noor')
          .orderBy('meetings.starts_at')
          .execute();
        const rhythmic = noor.filter((m) => isMeetingKind(m.kind) && countsForRhythm(m.kind));
        const state = rhythmState(amsterdamDay(loadedOn), {
          lastHeld: rhythmic.filter((m) => m.starts_at <= day).at(-1)?.starts_on ?? null,
          nextPlanned: rhythmic.find((m) => m.starts_at > day)?.starts_on ?? null,
          intervalMonths: noor[0]?.meeting_interval_months ?? defaultIntervalMonths,
        }).state;
        expect(state, day).toBe('overdue');
      } finally {
        await database.drop();
      }
    }
  });
});
