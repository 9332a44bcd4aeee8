import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  versionSchema,
  type Adoption,
  type Agreement,
  type Goal,
  type Plan,
  type SignalPlanView,
  type Version,
} from '../../../shared/plans.js';
import { auditRowsAfter, lastAuditSequence } from '../../testing/audit.js';
import { createWorld, type World } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { goalBody, planCalls, planUrl, problemOf, signalPlanBody, signalPlanUrl, type PlanCalls } from './plan-testing.js';

// PRODUCT.md §5: every change to goals, agreements or the signalling plan is kept as a version, with
// its author (and "on behalf of" where the coordinator acts for the client) and time, and no change
// is lost, also when several arrive at once. The plan can be marked as agreed at a meeting; the
// agreed version stays retrievable.

describe('versions of the plan', () => {
  let t: TestApp;
  let w: World;
  let c: PlanCalls;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db);
    c = await planCalls(t, w);
  });

  afterAll(() => t.close());

  const version = async (who: string, clientId: string, number: number) => {
    const response = await c.get(who, planUrl(clientId, `/versions/${number}`));
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Version>();
  };

  /** The plan as GET answers it, in the shape a version holds it (the schema leaves out the rest). */
  const asContent = async (who: string, clientId: string) => {
    const plan = await c.plan(who, clientId);
    const signal = (await c.get(who, signalPlanUrl(clientId))).json<SignalPlanView>();
    return versionSchema.shape.content.parse({ goals: plan.goals, agreements: plan.agreements, signalPlan: signal.signalPlan });
  };

  it('keeps every kind of change as one version, numbered 1, 2, 3…, holding the plan as it was after it', async () => {
    const client = await c.newClient('writer');
    const steps: [string, () => Promise<{ statusCode: number; body: string }>][] = [];
    let goal: Goal | undefined;
    let agreement: Agreement | undefined;
    steps.push([
      'goal_added',
      async () => {
        const response = await c.send(
          'writer',
          'POST',
          planUrl(client.id, '/goals'),
          goalBody({ horizon: 'long', text: 'Weer werken' }),
        );
        goal = response.json<Goal>();
        return response;
      },
    ]);
    steps.push([
      'goal_changed',
      () =>
        c.send(
          'writer',
          'PUT',
          planUrl(client.id, `/goals/${goal?.id}`),
          goalBody({ horizon: 'long', text: 'Weer betaald werken', status: 'in_progress' }),
        ),
    ]);
    steps.push([
      'progress_recorded',
      () => c.send('writer', 'POST', planUrl(client.id, `/goals/${goal?.id}/progress`), { date: '2026-02-01', score: 4 }),
    ]);
    steps.push([
      'agreement_added',
      async () => {
        const response = await c.send('writer', 'POST', planUrl(client.id, '/agreements'), {
          what: 'Vacatures bekijken',
          memberId: client.relativeMemberId,
          goalId: goal?.id,
        });
        agreement = response.json<Agreement>();
        return response;
      },
    ]);
    steps.push([
      'agreement_changed',
      () =>
        c.send('writer', 'PUT', planUrl(client.id, `/agreements/${agreement?.id}`), {
          what: 'Samen vacatures bekijken',
          memberId: client.relativeMemberId,
          goalId: goal?.id,
          dueOn: '2026-03-01',
        }),
    ]);
    steps.push([
      'agreement_status',
      () => c.send('writerRelative', 'PUT', `/api/my-agreements/${agreement?.id}/status`, { status: 'done' }),
    ]);
    steps.push([
      'signal_plan_saved',
      () => c.send('writer', 'PUT', signalPlanUrl(client.id), signalPlanBody(client.relativeMemberId)),
    ]);

    for (const [index, [kind, step]] of steps.entries()) {
      const since = await lastAuditSequence(t.db);
      const response = await step();
      expect(response.statusCode, `${kind}: ${response.body}`).toBeLessThan(300);
      const number = index + 1;
      expect((await c.plan('writer', client.id)).version, kind).toBe(number);
      const kept = await version('writer', client.id, number);
      expect(kept.change.kind).toBe(kind);
      expect(kept.content).toEqual(await asContent('writer', client.id));
      const byRelative = kind === 'agreement_status';
      expect(kept.author).toBe(byRelative ? client.relative.name : client.name);
      expect(kept.onBehalfOf).toBeNull();
      // One audit row for the change, in the plan's categories, before the reads of this test.
      const audit = await auditRowsAfter(t.db, since);
      expect(audit[0]).toMatchObject({
        action: kind.endsWith('_added') || kind === 'progress_recorded' || kind === 'signal_plan_saved' ? 'create' : 'update',
        data_category: kind === 'signal_plan_saved' ? 'signal_plan' : 'plan',
        client_id: client.id,
        actor_role: byRelative ? 'relative' : 'client',
        on_behalf_of_account_id: null,
      });
      expect(JSON.stringify(audit)).not.toContain('vacatures');
    }

    const list = await c.versions('writer', client.id);
    expect(list.versions.map((v) => [v.number, v.change.kind])).toEqual(
      steps.map(([kind], index) => [index + 1, kind]).reverse(),
    );
    expect(list.versions.find((v) => v.number === 2)?.subject).toBe('Weer betaald werken');
    expect(list.versions.find((v) => v.number === 1)?.subject).toBe('Weer werken');
    expect(list.versions.find((v) => v.number === 5)?.subject).toBe('Samen vacatures bekijken');
    expect(list.versions.find((v) => v.number === 7)?.subject).toBeNull();
    const rows = await t.db
      .selectFrom('plan_versions')
      .select('number')
      .where(
        'plan_id',
        '=',
        (await t.db.selectFrom('plans').select('id').where('group_id', '=', client.groupId).executeTakeFirstOrThrow()).id,
      )
      .execute();
    expect(rows).toHaveLength(steps.length);

    // The member's name is kept in the content as it was.
    const last = await version('writer', client.id, 7);
    expect(last.content.agreements[0]?.assignee).toEqual({
      kind: 'member',
      memberId: client.relativeMemberId,
      name: client.relative.name,
    });
    expect(last.content.signalPlan?.phases[0]?.membersDo).toEqual([
      { memberId: client.relativeMemberId, name: client.relative.name, action: 'Eens per week bellen.' },
    ]);
    // An earlier version stays as it was.
    expect((await version('writer', client.id, 4)).content.agreements[0]).toMatchObject({
      what: 'Vacatures bekijken',
      status: 'open',
    });
    expect((await version('writer', client.id, 4)).content.signalPlan).toBeNull();
    expect((await c.get('writer', planUrl(client.id, '/versions/99'))).statusCode).toBe(404);
  });

  it('records the coordinator acting for a client who handed them the plan, and the coordinator alone for a client without an account', async () => {
    const client = await c.newClient('delegating');
    const delegated = await c.send('delegating', 'PUT', `/api/clients/${client.id}/delegations`, { tasks: ['edit_plan'] });
    expect(delegated.statusCode, delegated.body).toBe(200);
    const since = await lastAuditSequence(t.db);
    const goal = await c.addGoal('coordinator', client.id, { text: 'Zelf koken' });
    const audit = await auditRowsAfter(t.db, since);
    const [summary] = (await c.versions('delegating', client.id)).versions;
    expect(summary).toMatchObject({ number: 1, author: w.coordinator.name, onBehalfOf: client.name, subject: 'Zelf koken' });
    expect(audit).toMatchObject([
      {
        action: 'create',
        data_category: 'plan',
        client_id: client.id,
        object_id: goal.id,
        actor_role: 'coordinator',
        on_behalf_of_account_id: client.accountId,
      },
    ]);
    const row = await t.db
      .selectFrom('plan_versions')
      .select(['author_account_id', 'on_behalf_of_account_id'])
      .where('number', '=', 1)
      .where('plan_id', 'in', t.db.selectFrom('plans').select('id').where('group_id', '=', client.groupId))
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ author_account_id: w.coordinator.account_id, on_behalf_of_account_id: client.accountId });

    const alone = await c.newClient('withoutAccount', { withAccount: false });
    await c.addGoal('coordinator', alone.id, { text: 'Rust vinden' });
    expect((await c.versions('coordinator', alone.id)).versions[0]).toMatchObject({
      author: w.coordinator.name,
      onBehalfOf: null,
    });
  });

  it('loses no change when twenty arrive at once: twenty versions without gaps, each change in the plan', async () => {
    const client = await c.newClient('busy');
    const first = await c.addGoal('busy', client.id, { text: 'Eerste stap' });
    const requests: (() => Promise<{ statusCode: number; body: string }>)[] = [
      ...[1, 2].map(
        (n) => () => c.send('busy', 'POST', planUrl(client.id, '/goals'), goalBody({ horizon: 'long', text: `Lang ${n}` })),
      ),
      ...[1, 2].map((n) => () => c.send('busy', 'POST', planUrl(client.id, '/goals'), goalBody({ text: `Kort ${n}` }))),
      ...Array.from(
        { length: 10 },
        (_, n) => () =>
          c.send('busy', 'POST', planUrl(client.id, '/agreements'), {
            what: `Afspraak ${n}`,
            memberId: n % 2 === 0 ? null : client.relativeMemberId,
          }),
      ),
      ...Array.from(
        { length: 6 },
        (_, n) => () =>
          c.send('busy', 'POST', planUrl(client.id, `/goals/${first.id}/progress`), {
            date: `2026-01-${String(n + 10)}`,
            score: n,
          }),
      ),
    ];
    const answers = await Promise.all(requests.map((request) => request()));
    for (const answer of answers) expect(answer.statusCode, answer.body).toBe(201);

    const list = await c.versions('busy', client.id);
    expect(list.version).toBe(21);
    expect(list.versions.map((v) => v.number)).toEqual(Array.from({ length: 21 }, (_, n) => 21 - n));
    const newest = await version('busy', client.id, 21);
    expect(newest.content.goals.map((goal) => goal.text).sort()).toEqual(['Eerste stap', 'Kort 1', 'Kort 2', 'Lang 1', 'Lang 2']);
    expect(newest.content.agreements.map((a) => a.what).sort()).toEqual(
      Array.from({ length: 10 }, (_, n) => `Afspraak ${n}`).sort(),
    );
    expect(newest.content.goals.find((goal) => goal.id === first.id)?.progress.map((p) => p.score)).toEqual([0, 1, 2, 3, 4, 5]);
    // Each version holds one more thing than the one before: no change overwrote another.
    let previous = 1;
    for (let number = 2; number <= 21; number++) {
      const content = (await version('busy', client.id, number)).content;
      const size =
        content.goals.length + content.agreements.length + content.goals.reduce((sum, goal) => sum + goal.progress.length, 0);
      expect(size, `version ${number}`).toBe(previous + 1);
      previous = size;
    }
    expect(newest.content).toEqual(await asContent('busy', client.id));
  });

  it('marks the current version as agreed at a meeting, and keeps that version retrievable after later changes', async () => {
    const client = await c.newClient('adopting');
    const empty = await c.send('adopting', 'POST', planUrl(client.id, '/adoptions'), { meetingOn: '2026-02-01' });
    expect(empty.statusCode).toBe(409);
    expect(problemOf(empty).code).toBe('nothing_to_adopt');

    await c.addGoal('adopting', client.id, { horizon: 'long', text: 'Een eigen huis' });
    await c.addGoal('adopting', client.id, { text: 'Inschrijven bij de woningbouw' });
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const early = await c.send('adopting', 'POST', planUrl(client.id, '/adoptions'), { meetingOn: future });
    expect(early.statusCode).toBe(400);
    expect(problemOf(early).errors?.map((e) => e.field)).toEqual(['meetingOn']);

    const adopted = await c.send('adopting', 'POST', planUrl(client.id, '/adoptions'), { meetingOn: '2026-02-01' });
    expect(adopted.statusCode, adopted.body).toBe(201);
    expect(adopted.json<Adoption>()).toMatchObject({ version: 2, meetingOn: '2026-02-01' });
    // Adopting is no change of the content: no version of its own.
    expect((await c.plan('adopting', client.id)).adoption).toMatchObject({ version: 2, meetingOn: '2026-02-01' });
    expect((await c.plan('adopting', client.id)).version).toBe(2);

    await c.addGoal('adopting', client.id, { text: 'Een makelaar bellen' });
    const list = await c.versions('adopting', client.id);
    expect(list.adoption).toMatchObject({ version: 2 });
    expect(list.versions.map((v) => [v.number, v.adoptedOn])).toEqual([
      [3, []],
      [2, ['2026-02-01']],
      [1, []],
    ]);
    const agreed = await version('adopting', client.id, 2);
    expect(agreed.adoptedOn).toEqual(['2026-02-01']);
    expect(agreed.content.goals.map((goal) => goal.text)).toEqual(['Een eigen huis', 'Inschrijven bij de woningbouw']);
    // The PDF carries the adoption.
    const pdf = await c.get('adopting', `${planUrl(client.id, '/pdf')}?part=plan&lang=en`);
    expect(pdf.statusCode).toBe(200);
    const plan: Plan = await c.plan('adopting', client.id);
    expect(plan.goals).toHaveLength(3);
  });
});
