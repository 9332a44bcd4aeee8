import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Goal, GoalLimits, Plan } from '../../../shared/plans.js';
import {
  createClient,
  createGroup,
  createOrganisation,
  createProfessional,
  createTeam,
  createWorld,
  type World,
} from '../../testing/factories.js';
import { rowCounts } from '../../testing/row-counts.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { goalBody, planCalls, planUrl, problemOf, type PlanCalls } from './plan-testing.js';

// PRODUCT.md §5: at most 2 long-term and 3 short-term goals, so that every goal gets attention at a
// meeting; an organisation may choose its own limits. Achieved and stopped goals stay in the plan but
// leave their place free.

describe('goal limits', () => {
  let t: TestApp;
  let w: World;
  let c: PlanCalls;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db);
    c = await planCalls(t, w);
  });

  afterAll(() => t.close());

  const planTables = ['plans', 'plan_goals', 'plan_versions', 'audit_events'] as const;
  const versionOf = async (clientId: string) => (await c.plan('coordinator', clientId)).version;

  it('takes two long-term and three short-term goals, and refuses a third long and a fourth short with the reason, changing nothing', async () => {
    const client = await c.newClient('full');
    for (const horizon of ['long', 'long', 'short', 'short', 'short'] as const) await c.addGoal('full', client.id, { horizon });
    const plan = await c.plan('full', client.id);
    expect(plan.limits).toEqual({ long: 2, short: 3 });
    expect(plan.version).toBe(5);

    const before = await rowCounts(t.db, planTables);
    for (const horizon of ['short', 'long'] as const) {
      const refused = await c.send('full', 'POST', planUrl(client.id, '/goals'), goalBody({ horizon, text: 'Nog een doel' }));
      expect(refused.statusCode, refused.body).toBe(409);
      const problem = problemOf(refused);
      expect(problem.code).toBe('goal_limit_reached');
      // The method's reason, not just the number.
      expect(problem.title).toMatch(/attention at each meeting/);
      expect(problem.title).toContain(horizon === 'long' ? '2 open long-term goals' : '3 open short-term goals');
      expect(problem.errors).toEqual([{ field: 'horizon', code: 'goal_limit_reached', message: expect.any(String) as string }]);
    }
    expect(await rowCounts(t.db, planTables)).toEqual(before);
    expect(await versionOf(client.id)).toBe(5);
  });

  it('frees the place of an achieved or stopped goal, and refuses to bring it back over the limit', async () => {
    const client = await c.newClient('freeing');
    const shorts: Goal[] = [];
    for (let i = 0; i < 3; i++) shorts.push(await c.addGoal('freeing', client.id, { text: `Stap ${i + 1}` }));
    const [first, second] = shorts as [Goal, Goal, Goal];
    const achieved = await c.send(
      'freeing',
      'PUT',
      planUrl(client.id, `/goals/${first.id}`),
      goalBody({ text: first.text, status: 'achieved' }),
    );
    expect(achieved.statusCode, achieved.body).toBe(200);
    const fourth = await c.addGoal('freeing', client.id, { text: 'Stap 4' });

    const stopped = await c.send(
      'freeing',
      'PUT',
      planUrl(client.id, `/goals/${second.id}`),
      goalBody({ text: second.text, status: 'stopped' }),
    );
    expect(stopped.statusCode).toBe(200);
    await c.addGoal('freeing', client.id, { text: 'Stap 5' });

    // Back in progress would make four open short-term goals.
    const before = await rowCounts(t.db, planTables);
    const version = await versionOf(client.id);
    const back = await c.send(
      'freeing',
      'PUT',
      planUrl(client.id, `/goals/${first.id}`),
      goalBody({ text: first.text, status: 'in_progress' }),
    );
    expect(back.statusCode, back.body).toBe(409);
    expect(problemOf(back)).toMatchObject({ code: 'goal_limit_reached', errors: [{ field: 'status' }] });
    // Nor by turning an achieved goal into the other horizon's while that one is full… and a long goal
    // that turns short takes a short place.
    await c.addGoal('freeing', client.id, { horizon: 'long', text: 'Lang 1' });
    const long2 = await c.addGoal('freeing', client.id, { horizon: 'long', text: 'Lang 2' });
    const turned = await c.send(
      'freeing',
      'PUT',
      planUrl(client.id, `/goals/${long2.id}`),
      goalBody({ horizon: 'short', text: 'Lang 2' }),
    );
    expect(turned.statusCode).toBe(409);
    expect(problemOf(turned)).toMatchObject({ code: 'goal_limit_reached', errors: [{ field: 'horizon' }] });
    expect((await rowCounts(t.db, planTables)).plan_goals).toBe((before.plan_goals ?? 0) + 2);
    expect(await versionOf(client.id)).toBe(version + 2);

    // An open goal changes freely while it keeps its place.
    const kept = await c.send(
      'freeing',
      'PUT',
      planUrl(client.id, `/goals/${fourth.id}`),
      goalBody({ text: 'Stap 4, anders gezegd', status: 'in_progress' }),
    );
    expect(kept.statusCode, kept.body).toBe(200);
    const plan = await c.plan('freeing', client.id);
    // Achieved goals stay visible as successes.
    expect(plan.goals.find((goal) => goal.id === first.id)?.status).toBe('achieved');
    expect(plan.goals.filter((goal) => goal.horizon === 'short' && !['achieved', 'stopped'].includes(goal.status))).toHaveLength(
      3,
    );
  });

  it('gives only one of two goals sent at once for the last place', async () => {
    const client = await c.newClient('racing');
    await c.addGoal('racing', client.id, { text: 'Eerste' });
    await c.addGoal('racing', client.id, { text: 'Tweede' });
    const answers = await Promise.all(
      [1, 2, 3].map((n) => c.send('racing', 'POST', planUrl(client.id, '/goals'), goalBody({ text: `Race ${n}` }))),
    );
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 409, 409]);
    const plan = await c.plan('racing', client.id);
    expect(plan.goals).toHaveLength(3);
    expect(plan.version).toBe(3);
  });

  describe("an organisation's own limits", () => {
    const limitsUrl = '/api/organisation/goal-limits';

    it('are the method’s until the admin sets others, 1 to 10 each', async () => {
      const read = await c.get('admin', limitsUrl);
      expect(read.statusCode, read.body).toBe(200);
      expect(read.json<GoalLimits>()).toEqual({ long: 2, short: 3, methodDefault: true });
      for (const [body, field] of [
        [{ long: 0, short: 3 }, 'long'],
        [{ long: 2, short: 11 }, 'short'],
        [{ long: 2.5, short: 3 }, 'long'],
        [{ long: 2 }, 'short'],
      ] as const) {
        const refused = await c.send('admin', 'PUT', limitsUrl, body);
        expect(refused.statusCode, JSON.stringify(body)).toBe(400);
        expect(problemOf(refused).errors?.map((e) => e.field)).toContain(field);
      }
      expect((await c.get('admin', limitsUrl)).json<GoalLimits>().methodDefault).toBe(true);
      for (const who of ['coordinator', 'teamLead', 'researcher', 'client', 'relative']) {
        expect((await c.get(who, limitsUrl)).statusCode, who).toBe(403);
        expect((await c.send(who, 'PUT', limitsUrl, { long: 1, short: 1 })).statusCode, who).toBe(403);
      }
    });

    it('hold the plans of that organisation, and no other', async () => {
      const organisation = await createOrganisation(t.db);
      const team = await createTeam(t.db, organisation.id);
      const admin = await createProfessional(t.db, { organisationId: organisation.id, teamId: null, role: 'admin' });
      const coordinator = await createProfessional(t.db, {
        organisationId: organisation.id,
        teamId: team.id,
        role: 'coordinator',
      });
      const client = await createClient(t.db, { teamId: team.id, coordinatorId: coordinator.id });
      await createGroup(t.db, { clientId: client.id, createdByAccountId: coordinator.account_id });
      c.cookie.ownAdmin = await t.signIn(admin.email);
      c.cookie.ownClient = await t.signIn(client.email ?? '');

      const set = await c.send('ownAdmin', 'PUT', limitsUrl, { long: 1, short: 4 });
      expect(set.statusCode, set.body).toBe(200);
      expect(set.json<GoalLimits>()).toEqual({ long: 1, short: 4, methodDefault: false });
      // Another organisation's admin sees their own.
      expect((await c.get('admin', limitsUrl)).json<GoalLimits>()).toEqual({ long: 2, short: 3, methodDefault: true });

      expect((await c.plan('ownClient', client.id)).limits).toEqual({ long: 1, short: 4 });
      await c.addGoal('ownClient', client.id, { horizon: 'long' });
      const second = await c.send('ownClient', 'POST', planUrl(client.id, '/goals'), goalBody({ horizon: 'long' }));
      expect(second.statusCode).toBe(409);
      expect(problemOf(second).title).toContain('1 open long-term goal,');
      for (let i = 0; i < 4; i++) await c.addGoal('ownClient', client.id, { text: `Stap ${i}` });
      expect((await c.send('ownClient', 'POST', planUrl(client.id, '/goals'), goalBody())).statusCode).toBe(409);

      // The method's own numbers keep the method's limits (stored as none).
      const reset = await c.send('ownAdmin', 'PUT', limitsUrl, { long: 2, short: 3 });
      expect(reset.json<GoalLimits>()).toEqual({ long: 2, short: 3, methodDefault: true });
      const row = await t.db
        .selectFrom('organisations')
        .select(['goal_limit_long', 'goal_limit_short'])
        .where('id', '=', organisation.id)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ goal_limit_long: null, goal_limit_short: null });
      const plan = (await c.get('ownClient', planUrl(client.id))).json<Plan>();
      expect(plan.limits).toEqual({ long: 2, short: 3 });
    });
  });
});
