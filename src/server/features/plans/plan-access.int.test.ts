import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agreement, MyAgreements, Plan, SignalPlanView } from '../../../shared/plans.js';
import { auditRowsAfter, lastAuditSequence } from '../../testing/audit.js';
import { bookkeepingTables, databaseDigest } from '../../testing/database-digest.js';
import { createWorld, type World } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { goalBody, planCalls, planUrl, signalPlanBody, signalPlanUrl, type PlanCalls, type PlanClient } from './plan-testing.js';

// Who reads and who writes the plan (the brief's rules, SECURITY.md "Access control"): the client
// writes it, their coordinator for them when asked (alone for a client without an account); the team
// reads along; a relative reads what the client shares (by default the plan and the signalling plan),
// writes nothing, and marks their own agreements done; anyone else is told the plan is not there.

describe('who reads and writes the plan', () => {
  let t: TestApp;
  let w: World;
  let c: PlanCalls;
  let client: PlanClient;
  let relativeAgreement: Agreement;
  let clientAgreement: Agreement;
  let goalId: string;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db);
    c = await planCalls(t, w);
    client = await c.newClient('owner');
    goalId = (await c.addGoal('owner', client.id, { horizon: 'long', text: 'Weer sporten' })).id;
    relativeAgreement = await c.addAgreement('owner', client.id, client.relativeMemberId, 'Samen naar de sportschool');
    clientAgreement = await c.addAgreement('owner', client.id, null, 'Sportkleding kopen');
    const saved = await c.send('owner', 'PUT', signalPlanUrl(client.id), signalPlanBody());
    expect(saved.statusCode, saved.body).toBe(200);
  });

  afterAll(() => t.close());

  const reads = () => [
    planUrl(client.id),
    signalPlanUrl(client.id),
    planUrl(client.id, '/versions'),
    planUrl(client.id, '/versions/1'),
    `${planUrl(client.id, '/pdf')}?part=plan`,
    `${planUrl(client.id, '/pdf')}?part=signal_plan&lang=en`,
  ];
  const writes = (): ['POST' | 'PUT', string, object][] => [
    ['POST', planUrl(client.id, '/goals'), goalBody({ text: 'Poging' })],
    ['PUT', planUrl(client.id, `/goals/${goalId}`), goalBody({ horizon: 'long', text: 'Poging' })],
    ['POST', planUrl(client.id, `/goals/${goalId}/progress`), { date: '2026-01-10', score: 5 }],
    ['POST', planUrl(client.id, '/agreements'), { what: 'Poging', memberId: null }],
    ['PUT', planUrl(client.id, `/agreements/${clientAgreement.id}`), { what: 'Poging', memberId: null }],
    ['PUT', signalPlanUrl(client.id), signalPlanBody()],
    ['POST', planUrl(client.id, '/adoptions'), { meetingOn: '2026-01-20' }],
  ];
  const share = async (category: 'plan' | 'signal_plan', shared: boolean) => {
    const response = await c.send('owner', 'PUT', `/api/clients/${client.id}/sharing/${client.relative.id}`, {
      category,
      shared,
    });
    expect(response.statusCode, response.body).toBe(200);
  };
  const expectReads = async (who: string, status: number, urls = reads()) => {
    for (const url of urls) expect((await c.get(who, url)).statusCode, `${who} ${url}`).toBe(status);
  };
  /** Tries every change as `who`: each gets `status`, and nothing in the database changes. */
  const expectWritesRefused = async (who: string, status: number, signalPlanStatus = status) => {
    const before = await databaseDigest(t.db, bookkeepingTables);
    for (const [method, url, payload] of writes()) {
      const response = await c.send(who, method, url, payload);
      expect(response.statusCode, `${who} ${method} ${url}`).toBe(url === signalPlanUrl(client.id) ? signalPlanStatus : status);
    }
    expect(await databaseDigest(t.db, bookkeepingTables)).toEqual(before);
  };
  const markUrl = (agreementId: string) => `/api/my-agreements/${agreementId}/status`;

  it('lets a relative who is shared the plan (the default) read it and the signalling plan, and change nothing (403)', async () => {
    await expectReads('ownerRelative', 200);
    const plan = await c.plan('ownerRelative', client.id);
    expect(plan.abilities).toEqual({ edit: false, history: true, signalPlan: true });
    expect(plan.members).toEqual([]);
    expect(plan.agreements.find((a) => a.id === relativeAgreement.id)?.mine).toBe(true);
    expect(plan.agreements.find((a) => a.id === clientAgreement.id)?.mine).toBe(false);
    const signal = (await c.get('ownerRelative', signalPlanUrl(client.id))).json<SignalPlanView>();
    expect(signal.abilities).toEqual({ edit: false });
    expect(signal.signalPlan?.phases).toHaveLength(4);
    await expectWritesRefused('ownerRelative', 403);
  });

  it("lets the relative mark their own agreement done, not someone else's (404); the client sees it done", async () => {
    const since = await lastAuditSequence(t.db);
    const done = await c.send('ownerRelative', 'PUT', markUrl(relativeAgreement.id), { status: 'done' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json<Agreement>()).toMatchObject({ id: relativeAgreement.id, status: 'done', mine: true });
    expect(await auditRowsAfter(t.db, since)).toMatchObject([
      { action: 'update', data_category: 'plan', client_id: client.id, object_id: relativeAgreement.id, actor_role: 'relative' },
    ]);
    const seen = (await c.plan('owner', client.id)).agreements.find((a) => a.id === relativeAgreement.id);
    expect(seen).toMatchObject({ status: 'done', mine: false });
    expect(seen?.doneAt).not.toBeNull();

    const before = await databaseDigest(t.db, bookkeepingTables);
    // Someone else's, the editors' too: the plan's own routes are theirs.
    expect((await c.send('ownerRelative', 'PUT', markUrl(clientAgreement.id), { status: 'done' })).statusCode).toBe(404);
    for (const who of ['owner', 'coordinator', 'clinician', 'relative', 'otherTeam'])
      expect((await c.send(who, 'PUT', markUrl(relativeAgreement.id), { status: 'open' })).statusCode, who).toBe(404);
    expect((await c.send('researcher', 'PUT', markUrl(relativeAgreement.id), { status: 'open' })).statusCode).toBe(403);
    expect(await databaseDigest(t.db, bookkeepingTables)).toEqual(before);

    // Open again, by the relative.
    const reopened = await c.send('ownerRelative', 'PUT', markUrl(relativeAgreement.id), { status: 'open' });
    expect(reopened.json<Agreement>()).toMatchObject({ status: 'open', doneAt: null });
  });

  it('shows each member their own agreements in "Mijn afspraken", and the client all of their group', async () => {
    const mine = (await c.get('ownerRelative', '/api/my-agreements')).json<MyAgreements>();
    expect(mine.groups).toHaveLength(1);
    expect(mine.groups[0]).toMatchObject({
      client: { id: client.id, name: client.name },
      group: { id: client.groupId },
      abilities: { plan: true, signalPlan: true },
    });
    expect(mine.groups[0]?.agreements.map((a) => a.id)).toEqual([relativeAgreement.id]);

    const linked = await c.send('owner', 'POST', planUrl(client.id, '/agreements'), {
      what: 'Rooster maken',
      memberId: client.coordinatorMemberId,
      goalId,
    });
    expect(linked.statusCode, linked.body).toBe(201);
    const coordinators = (await c.get('coordinator', '/api/my-agreements')).json<MyAgreements>();
    const ownGroup = coordinators.groups.find((group) => group.group.id === client.groupId);
    expect(ownGroup?.agreements.map((a) => [a.what, a.goal, a.mine])).toEqual([['Rooster maken', 'Weer sporten', true]]);

    const owners = (await c.get('owner', '/api/my-agreements')).json<MyAgreements>();
    expect(owners.groups).toHaveLength(1);
    expect(owners.groups[0]?.agreements.map((a) => [a.what, a.mine])).toEqual([
      ['Samen naar de sportschool', false],
      ['Sportkleding kopen', true],
      ['Rooster maken', false],
    ]);
    // Someone in no group: nothing.
    expect((await c.get('otherTeam', '/api/my-agreements')).json<MyAgreements>()).toEqual({ groups: [] });
    expect((await c.get('admin', '/api/my-agreements')).statusCode).toBe(403);
  });

  it('lets a professional member mark their own agreement; one not in the group finds none', async () => {
    const own = (await c.plan('owner', client.id)).agreements.find((a) => a.what === 'Rooster maken');
    expect((await c.send('coordinator', 'PUT', markUrl(own?.id ?? ''), { status: 'done' })).statusCode).toBe(200);
    expect((await c.send('clinician', 'PUT', markUrl(own?.id ?? ''), { status: 'done' })).statusCode).toBe(404);
    expect((await c.get('clinician', '/api/my-agreements')).json<MyAgreements>().groups.map((g) => g.group.id)).not.toContain(
      client.groupId,
    );
    // The client marks their own there too.
    expect((await c.send('owner', 'PUT', markUrl(clientAgreement.id), { status: 'done' })).statusCode).toBe(200);
  });

  it('lets the team read along, and refuses their changes (403); the coordinator too until the client hands them the plan', async () => {
    for (const who of ['coordinator', 'clinician', 'professional', 'teamLead']) {
      await expectReads(who, 200);
      expect((await c.plan(who, client.id)).abilities.edit, who).toBe(false);
      await expectWritesRefused(who, 403);
    }
    for (const who of ['researcher', 'admin']) {
      await expectReads(who, 403);
      await expectWritesRefused(who, 403);
    }
    const handed = await c.send('owner', 'PUT', `/api/clients/${client.id}/delegations`, { tasks: ['edit_plan'] });
    expect(handed.statusCode).toBe(200);
    const plan = await c.plan('coordinator', client.id);
    expect(plan.abilities.edit).toBe(true);
    expect(plan.members.map((m) => m.id).sort()).toEqual([client.coordinatorMemberId, client.relativeMemberId].sort());
    expect(
      (await c.send('coordinator', 'POST', planUrl(client.id, '/agreements'), { what: 'Namens', memberId: null })).statusCode,
    ).toBe(201);
    await c.send('owner', 'PUT', `/api/clients/${client.id}/delegations`, { tasks: [] });
    await expectWritesRefused('coordinator', 403);
  });

  it('lets the coordinator write the plan of a client without an account', async () => {
    const alone = await c.newClient('noAccount', { withAccount: false });
    expect((await c.plan('coordinator', alone.id)).abilities.edit).toBe(true);
    await c.addGoal('coordinator', alone.id, { text: 'Zelf boodschappen doen' });
    expect((await c.send('clinician', 'POST', planUrl(alone.id, '/goals'), goalBody())).statusCode).toBe(403);
  });

  it('tells another team, another organisation and another client’s relative the plan is not there (404)', async () => {
    for (const who of ['otherTeam', 'foreign', 'relative', 'otherRelative']) {
      await expectReads(who, 404);
      await expectWritesRefused(who, 404);
    }
  });

  it('hides the plan from a relative once the client stops sharing it (404), and the history with the signalling plan', async () => {
    await share('plan', false);
    await expectReads('ownerRelative', 404, [
      planUrl(client.id),
      planUrl(client.id, '/versions'),
      `${planUrl(client.id, '/pdf')}?part=plan`,
    ]);
    // The signalling plan is shared on its own: they read it, and may still not change it.
    await expectWritesRefused('ownerRelative', 404, 403);
    await expectReads('ownerRelative', 200, [signalPlanUrl(client.id), `${planUrl(client.id, '/pdf')}?part=signal_plan`]);
    // Their own agreements stay theirs, without the goal they serve.
    const mine = (await c.get('ownerRelative', '/api/my-agreements')).json<MyAgreements>();
    expect(mine.groups[0]?.abilities).toEqual({ plan: false, signalPlan: true });
    const served = await c.send('owner', 'PUT', planUrl(client.id, `/agreements/${relativeAgreement.id}`), {
      what: relativeAgreement.what,
      memberId: client.relativeMemberId,
      goalId,
    });
    expect(served.statusCode).toBe(200);
    expect((await c.get('ownerRelative', '/api/my-agreements')).json<MyAgreements>().groups[0]?.agreements[0]?.goal).toBeNull();
    expect((await c.send('ownerRelative', 'PUT', markUrl(relativeAgreement.id), { status: 'done' })).statusCode).toBe(200);

    await share('plan', true);
    await share('signal_plan', false);
    await expectReads('ownerRelative', 404, [signalPlanUrl(client.id), `${planUrl(client.id, '/pdf')}?part=signal_plan`]);
    const plan = (await c.get('ownerRelative', planUrl(client.id))).json<Plan>();
    expect(plan.abilities).toEqual({ edit: false, history: false, signalPlan: false });
    // The versions hold the signalling plan: known to be there, not for them.
    await expectReads('ownerRelative', 403, [planUrl(client.id, '/versions'), planUrl(client.id, '/versions/1')]);
    await share('signal_plan', true);
  });

  it('answers a client without a group: reading 404, changing 409 no_group', async () => {
    const withoutGroup = await c.newClient('grouped');
    await t.db
      .updateTable('groups')
      .set({ closed_at: new Date().toISOString() })
      .where('id', '=', withoutGroup.groupId)
      .execute();
    expect((await c.get('grouped', planUrl(withoutGroup.id))).statusCode).toBe(404);
    const refused = await c.send('grouped', 'POST', planUrl(withoutGroup.id, '/goals'), goalBody());
    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ code: string }>().code).toBe('no_group');
  });

  it('records reads, exports and refusals in the audit log', async () => {
    const since = await lastAuditSequence(t.db);
    await c.get('ownerRelative', planUrl(client.id));
    const pdf = await c.get('clinician', `${planUrl(client.id, '/pdf')}?part=signal_plan&lang=nl`);
    await c.get('otherTeam', signalPlanUrl(client.id));
    expect(await auditRowsAfter(t.db, since)).toMatchObject([
      { action: 'read', outcome: 'success', data_category: 'plan', client_id: client.id, actor_role: 'relative' },
      { action: 'export', outcome: 'success', data_category: 'signal_plan', client_id: client.id, actor_role: 'clinician' },
      {
        action: 'access_refused',
        outcome: 'refused',
        data_category: 'signal_plan',
        client_id: client.id,
        actor_role: 'coordinator',
      },
    ]);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['cache-control']).toBe('no-store');
    expect(pdf.headers['content-disposition']).toMatch(
      /^attachment; filename="signaleringsplan-groep-[a-z0-9-]+\.pdf"; filename\*=UTF-8''Signaleringsplan%20/,
    );
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
