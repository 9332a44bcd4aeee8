import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GroupState } from '../../../shared/groups.js';
import type { Agreement, Goal, SignalPlanView } from '../../../shared/plans.js';
import { bookkeepingTables, databaseDigest } from '../../testing/database-digest.js';
import { createMember, createWorld, type World } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import {
  goalBody,
  planCalls,
  planUrl,
  problemOf,
  signalPlanBody,
  signalPlanUrl,
  type PlanCalls,
  type PlanClient,
} from './plan-testing.js';

// The plan's own rules (src/domain/plan.ts): links between goals, progress on days that have been,
// agreements for members who take part, the signalling plan's phases; and what the group's checklist
// sees of the plan.

describe('the rules of the plan', () => {
  let t: TestApp;
  let w: World;
  let c: PlanCalls;
  let client: PlanClient;
  let long: Goal;
  let short: Goal;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db);
    c = await planCalls(t, w);
    client = await c.newClient('rules');
    long = await c.addGoal('rules', client.id, { horizon: 'long', text: 'Een baan vinden', dimension: 'social' });
    short = await c.addGoal('rules', client.id, { text: 'Een cv schrijven', servesGoalId: long.id, targetOn: '2026-05-01' });
  });

  afterAll(() => t.close());

  const digest = () => databaseDigest(t.db, bookkeepingTables);
  /** Sends as the client and expects a 409 with `code` naming `field`, and nothing changed. */
  const expectConflict = async (method: 'POST' | 'PUT', url: string, payload: object, code: string, field?: string) => {
    const before = await digest();
    const response = await c.send('rules', method, url, payload);
    expect(response.statusCode, response.body).toBe(409);
    expect(problemOf(response).code).toBe(code);
    if (field) expect(problemOf(response).errors?.map((e) => e.field)).toEqual([field]);
    expect(await digest()).toEqual(before);
  };

  describe('goals', () => {
    it('keeps a goal in the client’s words, with its link to the long-term goal it serves', () => {
      expect(short).toMatchObject({
        horizon: 'short',
        text: 'Een cv schrijven',
        dimension: 'health',
        status: 'not_started',
        targetOn: '2026-05-01',
        servesGoalId: long.id,
        progress: [],
      });
    });

    it('links only a short-term goal to a long-term goal of this plan that has not been stopped', async () => {
      const other = (await c.plan('coordinator', w.client.id)).goals[0];
      await expectConflict(
        'POST',
        planUrl(client.id, '/goals'),
        goalBody({ servesGoalId: other?.id }),
        'goal_not_in_plan',
        'servesGoalId',
      );
      await expectConflict(
        'POST',
        planUrl(client.id, '/goals'),
        goalBody({ servesGoalId: short.id }),
        'goal_link_invalid',
        'servesGoalId',
      );
      await expectConflict(
        'POST',
        planUrl(client.id, '/goals'),
        goalBody({ horizon: 'long', servesGoalId: long.id }),
        'goal_link_invalid',
        'servesGoalId',
      );
      await expectConflict(
        'PUT',
        planUrl(client.id, `/goals/${short.id}`),
        goalBody({ text: short.text, servesGoalId: short.id }),
        'goal_link_invalid',
      );
      // A long-term goal that steps serve stays long-term.
      await expectConflict(
        'PUT',
        planUrl(client.id, `/goals/${long.id}`),
        goalBody({ horizon: 'short', text: long.text }),
        'goal_link_invalid',
      );

      const stopped = await c.addGoal('rules', client.id, { horizon: 'long', text: 'Verhuizen', status: 'stopped' });
      await expectConflict(
        'POST',
        planUrl(client.id, '/goals'),
        goalBody({ servesGoalId: stopped.id }),
        'goal_link_invalid',
        'servesGoalId',
      );
      // The link that exists may stay while the rest of the goal changes; leaving it out clears it.
      const kept = await c.send(
        'rules',
        'PUT',
        planUrl(client.id, `/goals/${short.id}`),
        goalBody({ text: 'Een cv maken', servesGoalId: long.id }),
      );
      expect(kept.json<Goal>()).toMatchObject({
        text: 'Een cv maken',
        servesGoalId: long.id,
        targetOn: null,
        status: 'not_started',
      });
    });

    it('records progress on days that have been, drawn as one point per day', async () => {
      const url = planUrl(client.id, `/goals/${short.id}/progress`);
      for (const [date, score] of [
        ['2026-02-01', 3],
        ['2026-01-15', 2],
        ['2026-02-01', 4],
      ] as const) {
        const response = await c.send('rules', 'POST', url, { date, score, note: 'Bij de bijeenkomst' });
        expect(response.statusCode, response.body).toBe(201);
      }
      const goal = (await c.plan('rules', client.id)).goals.find((g) => g.id === short.id);
      expect(goal?.progress).toEqual([
        { date: '2026-01-15', score: 2 },
        { date: '2026-02-01', score: 4 },
      ]);
      const before = await digest();
      const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
      const future = await c.send('rules', 'POST', url, { date: tomorrow, score: 5 });
      expect(future.statusCode).toBe(400);
      expect(problemOf(future).errors).toMatchObject([{ field: 'date', code: 'in_future' }]);
      const other = (await c.plan('coordinator', w.client.id)).goals[0];
      expect(
        (await c.send('rules', 'POST', planUrl(client.id, `/goals/${other?.id}/progress`), { date: '2026-01-01', score: 5 }))
          .statusCode,
      ).toBe(404);
      expect((await c.send('rules', 'PUT', planUrl(client.id, `/goals/${other?.id}`), goalBody())).statusCode).toBe(404);
      expect(await digest()).toEqual(before);
    });
  });

  describe('agreements', () => {
    it('are done by the client or an active member, for a goal of this plan', async () => {
      const nominee = await createMember(t.db, { groupId: client.groupId, name: 'Nog niet gevraagd', status: 'nominated' });
      const left = await createMember(t.db, { groupId: client.groupId, name: 'Vertrokken', status: 'left' });
      const url = planUrl(client.id, '/agreements');
      for (const memberId of [nominee.id, left.id, w.clientGroup.member.id])
        await expectConflict('POST', url, { what: 'Iets', memberId }, 'member_not_active', 'memberId');
      const other = (await c.plan('coordinator', w.client.id)).goals[0];
      await expectConflict('POST', url, { what: 'Iets', memberId: null, goalId: other?.id }, 'goal_not_in_plan', 'goalId');

      const created = await c.send('rules', 'POST', url, {
        what: 'Het cv nalezen',
        memberId: client.relativeMemberId,
        dueOn: '2026-03-01',
        goalId: short.id,
      });
      expect(created.statusCode, created.body).toBe(201);
      const agreement = created.json<Agreement>();
      expect(agreement).toMatchObject({
        what: 'Het cv nalezen',
        assignee: { kind: 'member', memberId: client.relativeMemberId, name: client.relative.name },
        dueOn: '2026-03-01',
        goalId: short.id,
        status: 'open',
        doneAt: null,
        mine: false,
      });

      // Cancelled, not removed; the one who does it can no longer mark it.
      const cancelled = await c.send('rules', 'PUT', planUrl(client.id, `/agreements/${agreement.id}`), {
        what: agreement.what,
        memberId: client.relativeMemberId,
        status: 'cancelled',
      });
      expect(cancelled.json<Agreement>()).toMatchObject({ status: 'cancelled', goalId: null, dueOn: null });
      const marked = await c.send('rulesRelative', 'PUT', `/api/my-agreements/${agreement.id}/status`, { status: 'done' });
      expect(marked.statusCode).toBe(409);
      expect(problemOf(marked).code).toBe('agreement_cancelled');
      expect((await c.plan('rules', client.id)).agreements.map((a) => a.id)).toContain(agreement.id);

      // A member who left stays named on what they agreed to, and can no longer mark it.
      const own = await c.addAgreement('rules', client.id, client.relativeMemberId, 'Meelezen');
      await t.db.updateTable('group_members').set({ status: 'left' }).where('id', '=', client.relativeMemberId).execute();
      const edited = await c.send('rules', 'PUT', planUrl(client.id, `/agreements/${own.id}`), {
        what: 'Meelezen, later',
        memberId: client.relativeMemberId,
      });
      expect(edited.statusCode, edited.body).toBe(200);
      expect((await c.send('rulesRelative', 'PUT', `/api/my-agreements/${own.id}/status`, { status: 'done' })).statusCode).toBe(
        404,
      );
      await t.db.updateTable('group_members').set({ status: 'active' }).where('id', '=', client.relativeMemberId).execute();
    });
  });

  describe('the signalling plan', () => {
    it('starts empty, keeps its phases’ ids across saves and names the members in it', async () => {
      const empty = (await c.get('rules', signalPlanUrl(client.id))).json<SignalPlanView>();
      expect(empty.signalPlan).toBeNull();
      expect(empty.abilities).toEqual({ edit: true });

      const first = await c.send('rules', 'PUT', signalPlanUrl(client.id), signalPlanBody(client.relativeMemberId));
      expect(first.statusCode, first.body).toBe(200);
      const saved = first.json<SignalPlanView>().signalPlan;
      const ids = saved?.phases.map((phase) => phase.id) ?? [];
      expect(new Set(ids).size).toBe(4);
      expect(saved?.phases[0]?.membersDo).toEqual([
        { memberId: client.relativeMemberId, name: client.relative.name, action: 'Eens per week bellen.' },
      ]);
      expect(saved?.crisisContacts).toEqual([{ name: 'Crisisdienst', phone: '088 123 4567', note: "Ook 's nachts" }]);

      // Renamed and reordered, one taken out, a new one in: ids stay with their phases.
      const body = signalPlanBody();
      const [stable, early, , crisis] = body.phases;
      const again = await c.send('rules', 'PUT', signalPlanUrl(client.id), {
        ...body,
        phases: [
          { ...stable, id: ids[0], name: 'Goed' },
          { ...early, id: ids[1] },
          { ...early, code: null, name: 'Tussenin', id: '00000000-0000-4000-8000-000000000000' },
          { ...crisis, id: ids[3] },
        ],
      });
      expect(again.statusCode, again.body).toBe(200);
      const phases = again.json<SignalPlanView>().signalPlan?.phases ?? [];
      expect(phases.map((phase) => phase.id).slice(0, 2)).toEqual([ids[0], ids[1]]);
      expect(phases[3]?.id).toBe(ids[3]);
      expect(ids).not.toContain(phases[2]?.id);
      expect(phases[0]?.name).toBe('Goed');
      expect((await c.plan('rules', client.id)).signalPlanStarted).toBe(true);
    });

    it('refuses phases the method does not know, and members who do not take part', async () => {
      const body = signalPlanBody();
      const before = await digest();
      const unknown = await c.send('rules', 'PUT', signalPlanUrl(client.id), {
        ...body,
        phases: [{ ...body.phases[0], code: 'panic' }, ...body.phases.slice(1)],
      });
      expect(unknown.statusCode).toBe(400);
      expect(problemOf(unknown).errors?.map((e) => e.field)).toEqual(['phases.0.code']);
      const twice = await c.send('rules', 'PUT', signalPlanUrl(client.id), {
        ...body,
        phases: [...body.phases.slice(0, 3), { ...body.phases[3], code: 'stable' }],
      });
      expect(problemOf(twice).errors?.map((e) => e.field)).toEqual(['phases.3.code']);
      expect(await digest()).toEqual(before);
      await expectConflict(
        'PUT',
        signalPlanUrl(client.id),
        {
          ...body,
          phases: [body.phases[0], { ...body.phases[1], membersDo: [{ memberId: w.clientGroup.member.id, action: 'Bellen' }] }],
        },
        'member_not_active',
        'phases.1.membersDo.0.memberId',
      );
    });
  });

  describe("the group's checklist", () => {
    const items = async (clientId: string) => {
      const response = await c.get('coordinator', `/api/clients/${clientId}/group`);
      expect(response.statusCode, response.body).toBe(200);
      const phases = response.json<GroupState>().group?.phases ?? [];
      return Object.fromEntries(phases.flatMap((phase) => phase.checklist.map((item) => [item.id, item.done])));
    };

    it('ticks goals drafted, signalling plan started, agreements recorded and plan agreed as the plan grows', async () => {
      const fresh = await c.newClient('checklist');
      const open = await items(fresh.id);
      expect([open.goals_drafted, open.signal_plan_started, open.agreements_recorded, open.goals_agreed]).toEqual([
        false,
        false,
        false,
        false,
      ]);

      const longGoal = await c.addGoal('checklist', fresh.id, { horizon: 'long' });
      expect((await items(fresh.id)).goals_drafted).toBe(false);
      await c.addGoal('checklist', fresh.id, { servesGoalId: longGoal.id });
      expect((await items(fresh.id)).goals_drafted).toBe(true);
      expect((await c.send('checklist', 'PUT', signalPlanUrl(fresh.id), signalPlanBody())).statusCode).toBe(200);
      const agreement = await c.addAgreement('checklist', fresh.id, fresh.relativeMemberId);
      expect((await c.send('checklist', 'POST', planUrl(fresh.id, '/adoptions'), { meetingOn: '2026-03-02' })).statusCode).toBe(
        201,
      );
      const done = await items(fresh.id);
      expect([done.goals_drafted, done.signal_plan_started, done.agreements_recorded, done.goals_agreed]).toEqual([
        true,
        true,
        true,
        true,
      ]);

      // A cancelled agreement does not count; a stopped long-term goal leaves no drafted goals.
      await c.send('checklist', 'PUT', planUrl(fresh.id, `/agreements/${agreement.id}`), {
        what: agreement.what,
        memberId: fresh.relativeMemberId,
        status: 'cancelled',
      });
      await c.send(
        'checklist',
        'PUT',
        planUrl(fresh.id, `/goals/${longGoal.id}`),
        goalBody({ horizon: 'long', status: 'stopped' }),
      );
      const after = await items(fresh.id);
      expect([after.goals_drafted, after.agreements_recorded]).toEqual([false, false]);
    });
  });
});
