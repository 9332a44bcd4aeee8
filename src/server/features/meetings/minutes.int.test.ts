import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../domain/amsterdam-time.js';
import type { MinutesBody } from '../../../shared/meetings.js';
import type { MyAgreements, Plan, VersionList } from '../../../shared/plans.js';
import { auditRowsAfter, lastAuditSequence } from '../../testing/audit.js';
import { createWorld, type World } from '../../testing/factories.js';
import { problemOf } from '../../testing/signed-in.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { newId, nowIso } from '../../platform/ids/ids.js';
import { meetingUrl } from './meetings-testing.js';
import { insertMeeting, minutesCalls, type MinutesCalls, type TestMeeting } from './minutes-testing.js';

// The minutes of a meeting (issue 6): who reads and writes the draft, what it is checked against,
// and the client's approval, which takes the scores and agreements into the plan and opens the
// minutes to the group.

describe('the minutes of a meeting', () => {
  let t: TestApp;
  let w: World;
  let c: MinutesCalls;
  let held: TestMeeting;
  let future: TestMeeting;
  let cancelled: TestMeeting;
  let achievedGoalId: string;

  const minutesUrl = (meeting: TestMeeting, rest = '') => meetingUrl(w.client.id, meeting.id, `/minutes${rest}`);
  const save = (who: string, meeting: TestMeeting, body: MinutesBody) => c.send(who, 'PUT', minutesUrl(meeting), body);
  const approve = (who: string, meeting: TestMeeting) => c.send(who, 'POST', minutesUrl(meeting, '/approve'));
  const emptyBody: MinutesBody = { items: [], scores: [], agreements: [] };
  const meetingOf = (values: Partial<Parameters<typeof insertMeeting>[1]> = {}) =>
    insertMeeting(t, {
      groupId: w.clientGroup.group.id,
      createdByAccountId: w.client.account_id ?? '',
      daysFromToday: -1,
      chairMemberId: c.people.chairMemberId,
      minuteTakerMemberId: c.people.minuteTakerMemberId,
      ...values,
    });
  const addProgress = async (goalId: string, scoredOn: string, score: number) => {
    await t.db
      .insertInto('goal_progress')
      .values({
        id: newId(),
        goal_id: goalId,
        scored_on: scoredOn,
        score,
        note: null,
        meeting_id: null,
        recorded_at: nowIso(),
        recorded_by_account_id: w.client.account_id ?? '',
      })
      .execute();
  };

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db);
    c = await minutesCalls(t, w);
    held = await meetingOf();
    future = await meetingOf({ daysFromToday: 2 });
    cancelled = await meetingOf({ daysFromToday: -2, status: 'cancelled' });
    achievedGoalId = newId();
    const now = nowIso();
    await t.db
      .insertInto('plan_goals')
      .values({
        id: achievedGoalId,
        plan_id: w.clientGroup.plan.id,
        horizon: 'short',
        text: 'Een fiets kopen',
        dimension: 'personal',
        measure: 'De fiets staat in de schuur.',
        target_on: null,
        status: 'achieved',
        serves_goal_id: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    // Scores before the meeting's day, and one on the day itself, which is not yet history.
    await addProgress(w.clientGroup.plan.longGoalId, addDays(held.date, -20), 2);
    await addProgress(w.clientGroup.plan.longGoalId, addDays(held.date, -10), 4);
    await addProgress(w.clientGroup.plan.longGoalId, held.date, 9);
  });

  afterAll(() => t.close());

  describe('reading the draft', () => {
    it('shows the draft to the client, the chair, the minute-taker and the coordinator', async () => {
      for (const who of ['client', 'clinician', 'minuteTaker', 'coordinator']) {
        const minutes = await c.minutes(who, w.client.id, held.id);
        expect(minutes.status).toBe('draft');
        expect(minutes.meeting.id).toBe(held.id);
      }
    });

    it('refuses the draft (403) to members who see the meetings, and is not found (404) for anyone else', async () => {
      for (const who of ['relative', 'teamLead']) {
        const problem = await c.refused(() => c.get(who, minutesUrl(held)), 403, 'forbidden');
        expect(problem.title).toMatch(/not approved/);
      }
      for (const who of ['hidden', 'otherRelative', 'otherTeam', 'foreign'])
        await c.refused(() => c.get(who, minutesUrl(held)), 404);
      await c.refused(() => c.get('anonymous', minutesUrl(held)), 401);
    });

    it('does not find a meeting of another client’s group under this client', async () => {
      const other = await insertMeeting(t, {
        groupId: w.otherClientGroup.group.id,
        createdByAccountId: w.coordinator.account_id,
        daysFromToday: -1,
      });
      await c.refused(() => c.get('client', minutesUrl(other)), 404);
      await c.refused(() => c.get('coordinator', minutesUrl(other)), 404);
      await c.refused(() => save('coordinator', other, emptyBody), 404);
      await c.refused(() => approve('client', other), 404);
    });

    it('reads a meeting of the client’s earlier group, closed since', async () => {
      const earlierGroupId = newId();
      await t.db
        .insertInto('groups')
        .values({
          id: earlierGroupId,
          client_id: w.client.id,
          name: 'Eerdere groep',
          phase: 5,
          phase_changed_at: nowIso(),
          created_at: nowIso(),
          created_by_account_id: w.coordinator.account_id,
          closed_at: nowIso(),
        })
        .execute();
      const meeting = await insertMeeting(t, {
        groupId: earlierGroupId,
        createdByAccountId: w.coordinator.account_id,
        daysFromToday: -60,
      });
      const minutes = await c.minutes('client', w.client.id, meeting.id);
      expect(minutes.meeting).toMatchObject({ id: meeting.id, date: meeting.date, chair: { kind: 'client' }, minuteTaker: null });
      await c.refused(() => c.get('otherTeam', meetingUrl(w.client.id, meeting.id, '/minutes')), 404);
    });

    it('gives each reader their own reply to the meeting in its heading', async () => {
      const meeting = await meetingOf();
      await t.db
        .insertInto('meeting_invitees')
        .values({
          id: newId(),
          meeting_id: meeting.id,
          member_id: c.people.minuteTakerMemberId,
          invited_at: nowIso(),
          answer: 'maybe',
          answered_at: nowIso(),
          reminded_at: null,
        })
        .execute();
      expect((await c.minutes('minuteTaker', w.client.id, meeting.id)).meeting.myAnswer).toBe('maybe');
      expect((await c.minutes('clinician', w.client.id, meeting.id)).meeting.myAnswer).toBeNull();
    });

    it('gives the agenda in order, the plan’s open goals with their last score before the meeting, its open agreements and the active members', async () => {
      const minutes = await c.minutes('client', w.client.id, held.id);
      const { plan, member, nominee } = w.clientGroup;
      expect(minutes.items.map((item) => [item.id, item.code, item.title])).toEqual([
        [held.itemIds[0], 'goal_progress', null],
        [held.itemIds[1], 'custom', 'De vakantie'],
        [held.itemIds[2], 'agreements', null],
      ]);
      expect(minutes.meeting).toMatchObject({
        date: held.date,
        held: true,
        minutesStatus: 'draft',
        client: { id: w.client.id, name: w.client.name },
        chair: { kind: 'member', memberId: c.people.chairMemberId, name: w.clinician.name },
        minuteTaker: { memberId: c.people.minuteTakerMemberId, name: 'Notulist Naaste' },
      });
      expect(minutes.goals.map((goal) => goal.id).sort()).toEqual([plan.longGoalId, plan.shortGoalId].sort());
      expect(minutes.goals.find((goal) => goal.id === plan.longGoalId)?.lastScore).toEqual({
        date: addDays(held.date, -10),
        score: 4,
      });
      expect(minutes.goals.find((goal) => goal.id === plan.shortGoalId)?.lastScore).toBeNull();
      expect(minutes.planAgreements).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            id: plan.agreementId,
            agreementId: plan.agreementId,
            assignee: { kind: 'member', memberId: member.id, name: w.relative.name },
          }),
          expect.objectContaining({ id: plan.clientAgreementId, assignee: { kind: 'client' } }),
        ]),
      );
      expect(minutes.planAgreements).toHaveLength(2);
      const memberIds = minutes.members.map((m) => m.id);
      expect(memberIds).toEqual(expect.arrayContaining([member.id, c.people.minuteTakerMemberId, c.people.chairMemberId]));
      expect(memberIds).not.toContain(nominee.id);
      expect(minutes.scores).toEqual([]);
      expect(minutes.agreements).toEqual([]);
    });

    it('tells each maker what they may do: all write, only the client approves', async () => {
      expect((await c.minutes('client', w.client.id, held.id)).abilities).toEqual({ write: true, approve: true });
      expect((await c.minutes('minuteTaker', w.client.id, held.id)).abilities).toEqual({ write: true, approve: false });
      expect((await c.minutes('coordinator', w.client.id, held.id)).abilities).toEqual({ write: true, approve: false });
      // Before the meeting the draft is there, but nothing can be written in it yet.
      expect((await c.minutes('client', w.client.id, future.id)).abilities).toEqual({ write: false, approve: false });
    });
  });

  describe('writing the draft', () => {
    it('refuses to write before the meeting has begun, and for a cancelled meeting (409)', async () => {
      await c.refused(() => save('client', future, emptyBody), 409, 'meeting_not_started');
      await c.refused(() => save('coordinator', cancelled, emptyBody), 409, 'meeting_cancelled');
    });

    it('lets a relative who takes the minutes write them; items not sent keep their text', async () => {
      const first = await save('minuteTaker', held, {
        ...emptyBody,
        items: [
          { id: held.itemIds[0], notes: 'Iedereen gaf een cijfer.', decisions: '' },
          { id: held.itemIds[1], notes: 'Drie weken weg in juli.', decisions: 'Oppas geregeld.' },
        ],
      });
      expect(first.statusCode, first.body).toBe(200);
      const second = await save('minuteTaker', held, {
        ...emptyBody,
        items: [{ id: held.itemIds[0], notes: 'Iedereen gaf een cijfer, ook de buurman.', decisions: 'Volgende keer weer.' }],
      });
      expect(second.statusCode, second.body).toBe(200);
      const minutes = await c.minutes('client', w.client.id, held.id);
      expect(minutes.items.map((item) => [item.notes, item.decisions])).toEqual([
        ['Iedereen gaf een cijfer, ook de buurman.', 'Volgende keer weer.'],
        ['Drie weken weg in juli.', 'Oppas geregeld.'],
        ['', ''],
      ]);
    });

    it('records one audit row per save', async () => {
      const before = await lastAuditSequence(t.db);
      const response = await save('coordinator', held, emptyBody);
      expect(response.statusCode, response.body).toBe(200);
      const rows = await auditRowsAfter(t.db, before);
      expect(rows.map((row) => [row.action, row.data_category, row.object_id, row.client_id])).toEqual([
        ['update', 'meetings', held.id, w.client.id],
      ]);
    });

    it('refuses the draft to those who only read (403), and to who does not see the meeting (404)', async () => {
      const body = { ...emptyBody, items: [{ id: held.itemIds[2], notes: 'Niet van mij.', decisions: '' }] };
      await c.refused(() => save('relative', held, body), 403, 'forbidden');
      await c.refused(() => save('teamLead', held, body), 403, 'forbidden');
      for (const who of ['hidden', 'otherRelative', 'otherTeam', 'foreign']) await c.refused(() => save(who, held, body), 404);
      await c.refused(() => save('anonymous', held, body), 401);
    });

    it('refuses a body of the wrong shape (400)', async () => {
      const response = await c.refused(
        () => save('client', held, { ...emptyBody, scores: [{ goalId: w.clientGroup.plan.longGoalId, score: 11, note: null }] }),
        400,
        'validation_failed',
      );
      expect(response.errors?.map((e) => e.field)).toEqual(['scores.0.score']);
    });

    it('refuses ids that are not of this meeting, its plan or its group (422), naming each, and keeps the draft as it was', async () => {
      const { plan, nominee } = w.clientGroup;
      const other = w.otherClientGroup.plan;
      const problem = await c.refused(
        () =>
          save('client', held, {
            items: [
              { id: newId(), notes: 'x', decisions: '' },
              { id: future.itemIds[0], notes: 'x', decisions: '' },
              { id: held.itemIds[0], notes: 'x', decisions: '' },
            ],
            scores: [
              { goalId: other.longGoalId, score: 5, note: null },
              { goalId: achievedGoalId, score: 5, note: null },
              { goalId: plan.longGoalId, score: 5, note: null },
              { goalId: plan.longGoalId, score: 6, note: null },
            ],
            agreements: [
              { agreementId: null, what: 'Bellen', memberId: nominee.id, dueOn: null, goalId: null, status: 'open' },
              { agreementId: other.agreementId, what: 'Bellen', memberId: null, dueOn: null, goalId: null, status: 'open' },
              { agreementId: null, what: 'Bellen', memberId: null, dueOn: null, goalId: other.goalId, status: 'open' },
              { agreementId: plan.clientAgreementId, what: 'Pad', memberId: null, dueOn: null, goalId: null, status: 'done' },
              { agreementId: plan.clientAgreementId, what: 'Pad', memberId: null, dueOn: null, goalId: null, status: 'open' },
            ],
          }),
        422,
        'minutes_unfit',
      );
      expect(problem.errors?.map((e) => [e.field, e.code])).toEqual([
        ['items.0.id', 'agenda_item_unknown'],
        ['items.1.id', 'agenda_item_unknown'],
        ['scores.0.goalId', 'goal_not_in_plan'],
        ['scores.1.goalId', 'goal_not_open'],
        ['scores.3.goalId', 'duplicate'],
        ['agreements.0.memberId', 'member_not_active'],
        ['agreements.1.agreementId', 'agreement_not_in_plan'],
        ['agreements.2.goalId', 'goal_not_in_plan'],
        ['agreements.4.agreementId', 'duplicate'],
      ]);
      // One wrong id is enough to keep everything else of the body out.
      await c.refused(
        () =>
          save('client', held, {
            items: [{ id: held.itemIds[0], notes: 'Anders', decisions: '' }],
            scores: [{ goalId: plan.longGoalId, score: 5, note: null }],
            agreements: [
              { agreementId: other.agreementId, what: 'Bellen', memberId: null, dueOn: null, goalId: null, status: 'open' },
            ],
          }),
        422,
        'minutes_unfit',
      );
    });

    it('keeps the scores and agreements from who may not see the plan: they write only the items', async () => {
      const { plan } = w.clientGroup;
      const score = { goalId: plan.shortGoalId, score: 3, note: 'Lastig' };
      expect((await save('client', held, { ...emptyBody, scores: [score] })).statusCode).toBe(200);
      const relativeId =
        (
          await t.db
            .selectFrom('group_members')
            .select('relative_id')
            .where('id', '=', c.people.minuteTakerMemberId)
            .executeTakeFirstOrThrow()
        ).relative_id ?? '';
      const sharing = (shared: boolean) =>
        c.send('client', 'PUT', `/api/clients/${w.client.id}/sharing/${relativeId}`, { category: 'plan', shared });
      expect((await sharing(false)).statusCode).toBe(200);
      try {
        const seen = await c.minutes('minuteTaker', w.client.id, held.id);
        expect(seen).toMatchObject({ goals: [], planAgreements: [], scores: [], agreements: [] });
        await c.refused(() => save('minuteTaker', held, { ...emptyBody, scores: [score] }), 403, 'forbidden');
        const items = [{ id: held.itemIds[2], notes: 'Afspraken staan in het plan.', decisions: '' }];
        expect((await save('minuteTaker', held, { ...emptyBody, items })).statusCode).toBe(200);
        const minutes = await c.minutes('client', w.client.id, held.id);
        expect(minutes.scores).toEqual([score]);
        expect(minutes.items[2]?.notes).toBe('Afspraken staan in het plan.');
      } finally {
        expect((await sharing(true)).statusCode).toBe(200);
      }
    });
  });

  describe('approving', () => {
    const draft = (): MinutesBody => {
      const { plan, member } = w.clientGroup;
      return {
        items: [{ id: held.itemIds[0], notes: 'Het gaat beter met buiten komen.', decisions: 'Doorgaan.' }],
        scores: [
          { goalId: plan.longGoalId, score: 6, note: 'Gaat beter' },
          { goalId: plan.shortGoalId, score: 3, note: null },
        ],
        agreements: [
          {
            agreementId: null,
            what: 'Samen naar de markt',
            memberId: member.id,
            dueOn: null,
            goalId: plan.shortGoalId,
            status: 'open',
          },
          {
            agreementId: plan.clientAgreementId,
            what: 'Het tuinpad opzoeken',
            memberId: null,
            dueOn: null,
            goalId: plan.shortGoalId,
            status: 'done',
          },
        ],
      };
    };

    it('is the client’s: the minute-taker, a member, the coordinator who was not asked and an outsider are refused', async () => {
      expect((await save('client', held, draft())).statusCode).toBe(200);
      await c.refused(() => approve('minuteTaker', held), 403, 'forbidden');
      await c.refused(() => approve('clinician', held), 403, 'forbidden');
      await c.refused(() => approve('relative', held), 403, 'forbidden');
      await c.refused(() => approve('coordinator', held), 403, 'forbidden');
      for (const who of ['hidden', 'otherTeam', 'foreign']) await c.refused(() => approve(who, held), 404);
      await c.refused(() => approve('client', future), 409, 'meeting_not_started');
      await c.refused(() => approve('client', cancelled), 409, 'meeting_cancelled');
    });

    it('takes the scores into the goals’ trends on the meeting’s day and the agreements into the plan, as one version', async () => {
      const { plan, member } = w.clientGroup;
      const versionsBefore = (await c.get('client', `/api/clients/${w.client.id}/plan/versions`)).json<VersionList>().versions
        .length;
      const before = await lastAuditSequence(t.db);
      const response = await approve('client', held);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({ status: 'approved', abilities: { write: false, approve: false } });
      const rows = await auditRowsAfter(t.db, before);
      expect(rows.map((row) => [row.action, row.data_category, row.object_id, row.on_behalf_of_account_id])).toEqual([
        ['update', 'meetings', held.id, null],
        ['update', 'plan', plan.id, null],
      ]);

      const planView = (await c.get('client', `/api/clients/${w.client.id}/plan`)).json<Plan>();
      const long = planView.goals.find((goal) => goal.id === plan.longGoalId);
      // The meeting's score replaces the one given earlier that day.
      expect(long?.progress).toEqual([
        { date: addDays(held.date, -20), score: 2 },
        { date: addDays(held.date, -10), score: 4 },
        { date: held.date, score: 6 },
      ]);
      expect(planView.goals.find((goal) => goal.id === plan.shortGoalId)?.progress).toEqual([{ date: held.date, score: 3 }]);
      const added = planView.agreements.find((agreement) => agreement.what === 'Samen naar de markt');
      expect(added).toMatchObject({
        assignee: { kind: 'member', memberId: member.id },
        goalId: plan.shortGoalId,
        status: 'open',
      });
      expect(planView.agreements.find((agreement) => agreement.id === plan.clientAgreementId)).toMatchObject({ status: 'done' });
      expect(planView.agreements.find((agreement) => agreement.id === plan.clientAgreementId)?.doneAt).not.toBeNull();

      const progressRows = await t.db
        .selectFrom('goal_progress')
        .select(['meeting_id', 'scored_on'])
        .where('meeting_id', '=', held.id)
        .execute();
      expect(progressRows).toHaveLength(2);
      expect(progressRows.every((row) => row.scored_on === held.date)).toBe(true);

      const versions = (await c.get('client', `/api/clients/${w.client.id}/plan/versions`)).json<VersionList>().versions;
      expect(versions).toHaveLength(versionsBefore + 1);
      expect(versions[0]?.change).toEqual({ kind: 'minutes_approved', subjectId: held.id });

      const mine = (await c.get('relative', '/api/my-agreements')).json<MyAgreements>();
      expect(mine.groups.flatMap((group) => group.agreements.map((agreement) => agreement.what))).toContain(
        'Samen naar de markt',
      );
    });

    it('opens the minutes to the members who see the meetings, and closes them to changes (409)', async () => {
      const minutes = await c.minutes('relative', w.client.id, held.id);
      expect(minutes).toMatchObject({ status: 'approved', abilities: { write: false, approve: false } });
      expect(minutes.approvedAt).not.toBeNull();
      expect(minutes.items[0]?.notes).toBe('Het gaat beter met buiten komen.');
      expect((await c.minutes('teamLead', w.client.id, held.id)).status).toBe('approved');
      await c.refused(() => c.get('hidden', minutesUrl(held)), 404);

      await c.refused(() => save('client', held, draft()), 409, 'minutes_approved');
      await c.refused(() => save('minuteTaker', held, emptyBody), 409, 'minutes_approved');
      await c.refused(() => save('relative', held, emptyBody), 403);
      await c.refused(() => approve('client', held), 409, 'minutes_approved');
    });

    it('lets the coordinator approve when the client asked them to work on the plan, recorded for the client', async () => {
      const meeting = await meetingOf({ daysFromToday: -3 });
      const body = { ...emptyBody, scores: [{ goalId: w.clientGroup.plan.longGoalId, score: 7, note: null }] };
      expect((await save('coordinator', meeting, body)).statusCode).toBe(200);
      const delegations = (tasks: string[]) => c.send('client', 'PUT', `/api/clients/${w.client.id}/delegations`, { tasks });
      expect((await delegations(['edit_plan'])).statusCode).toBe(200);
      try {
        expect((await c.minutes('coordinator', w.client.id, meeting.id)).abilities.approve).toBe(true);
        const before = await lastAuditSequence(t.db);
        const response = await approve('coordinator', meeting);
        expect(response.statusCode, response.body).toBe(200);
        const rows = await auditRowsAfter(t.db, before);
        expect(rows.map((row) => [row.data_category, row.actor_account_id, row.on_behalf_of_account_id])).toEqual([
          ['meetings', w.coordinator.account_id, w.client.account_id],
          ['plan', w.coordinator.account_id, w.client.account_id],
        ]);
        const version = await t.db
          .selectFrom('plan_versions')
          .select(['author_account_id', 'on_behalf_of_account_id', 'change'])
          .where('plan_id', '=', w.clientGroup.plan.id)
          .orderBy('number', 'desc')
          .executeTakeFirstOrThrow();
        expect(version).toMatchObject({
          author_account_id: w.coordinator.account_id,
          on_behalf_of_account_id: w.client.account_id,
        });
        expect(JSON.parse(version.change)).toEqual({ kind: 'minutes_approved', subjectId: meeting.id });
        const approved = await t.db
          .selectFrom('meetings')
          .select(['minutes_status', 'minutes_approved_by_account_id'])
          .where('id', '=', meeting.id)
          .executeTakeFirstOrThrow();
        expect(approved).toEqual({ minutes_status: 'approved', minutes_approved_by_account_id: w.coordinator.account_id });
      } finally {
        expect((await delegations([])).statusCode).toBe(200);
      }
    });

    it('approves minutes without scores or agreements without a new version of the plan', async () => {
      const meeting = await meetingOf({ daysFromToday: -4 });
      expect(
        (
          await save('minuteTaker', meeting, {
            ...emptyBody,
            items: [{ id: meeting.itemIds[1], notes: 'Kort overleg.', decisions: '' }],
          })
        ).statusCode,
      ).toBe(200);
      const versionsBefore = await t.db
        .selectFrom('plan_versions')
        .select('id')
        .where('plan_id', '=', w.clientGroup.plan.id)
        .execute();
      const before = await lastAuditSequence(t.db);
      const response = await approve('client', meeting);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({ status: 'approved' });
      const versionsAfter = await t.db
        .selectFrom('plan_versions')
        .select('id')
        .where('plan_id', '=', w.clientGroup.plan.id)
        .execute();
      expect(versionsAfter).toHaveLength(versionsBefore.length);
      const rows = await auditRowsAfter(t.db, before);
      expect(rows.map((row) => [row.action, row.data_category, row.object_id])).toEqual([['update', 'meetings', meeting.id]]);
      expect(problemOf(await approve('client', meeting)).code).toBe('minutes_approved');
    });
  });
});
