import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QualityAction, QualityActionList } from '../../../shared/team.js';
import { createWorld, type World } from '../../testing/factories.js';
import { rowCounts } from '../../testing/row-counts.js';
import { bodyOf, problemOf, signInEach, worldPeople, type SignedIn } from '../../testing/signed-in.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { createQualityAction, qualityActionBody } from './team-testing.js';

// The team's improvement actions (PDCA): its care professionals record them and take them through
// plan, do, check and act; nobody else reads or writes them.

describe("the team's improvement actions", () => {
  let t: TestApp;
  let w: World;
  let s: SignedIn;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db);
    s = await signInEach(t, worldPeople(w));
  });

  afterAll(() => t.close());

  const actionsUrl = (teamId: string, actionId?: string) =>
    `/api/teams/${teamId}/quality-actions${actionId ? `/${actionId}` : ''}`;
  const create = (who: string, body = qualityActionBody()) =>
    bodyOf<QualityAction>(s.send(who, 'POST', actionsUrl(w.team.id), body), 201);
  const update = (who: string, actionId: string, body: object) =>
    bodyOf<QualityAction>(s.send(who, 'PUT', actionsUrl(w.team.id, actionId), body));

  it('records an action as planned, and lists it newest first with who may own one', async () => {
    const body = qualityActionBody({
      theme: 'heard',
      what: 'Vooraf ieders agendapunten ophalen',
      why: 'Naasten scoren laag op gehoord worden',
    });
    const action = await create('teamLead', body);
    expect(action).toMatchObject({
      theme: 'heard',
      what: 'Vooraf ieders agendapunten ophalen',
      why: 'Naasten scoren laag op gehoord worden',
      owner: null,
      dueOn: null,
      checkResult: null,
      checkedOn: null,
      decision: null,
      decisionNote: null,
      stage: 'plan',
      createdBy: w.teamLead.name,
      updatedBy: w.teamLead.name,
    });
    // Apart in time, so that newest first is one order.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const later = await create('clinician', qualityActionBody({ theme: null }));
    const list = await bodyOf<QualityActionList>(s.get('coordinator', actionsUrl(w.team.id)));
    expect(list.team).toEqual({ id: w.team.id, name: w.team.name });
    expect(list.actions.map((item) => item.id).slice(0, 2)).toEqual([later.id, action.id]);
    expect(list.abilities).toEqual({ write: true });
    expect(list.owners.map((owner) => owner.id).sort()).toEqual(
      [w.coordinator.id, w.clinician.id, w.otherProfessional.id, w.teamLead.id].sort(),
    );
  });

  it('goes through do, check and act as the team fills them in', async () => {
    const action = await create('teamLead');
    const plan = { theme: action.theme, what: action.what, why: action.why };
    const done = await update(
      'coordinator',
      action.id,
      qualityActionBody({ ...plan, ownerProfessionalId: w.coordinator.id, dueOn: '2026-06-01' }),
    );
    expect(done).toMatchObject({ stage: 'do', owner: { id: w.coordinator.id, name: w.coordinator.name }, dueOn: '2026-06-01' });
    expect(done.updatedBy).toBe(w.coordinator.name);
    expect(done.createdBy).toBe(w.teamLead.name);
    const checked = await update(
      'clinician',
      action.id,
      qualityActionBody({
        ...plan,
        ownerProfessionalId: w.coordinator.id,
        dueOn: '2026-06-01',
        checkResult: 'Naasten scoren een half punt hoger',
        checkedOn: '2026-07-01',
      }),
    );
    expect(checked).toMatchObject({ stage: 'check', checkResult: 'Naasten scoren een half punt hoger', checkedOn: '2026-07-01' });
    const decided = await update(
      'teamLead',
      action.id,
      qualityActionBody({
        ...plan,
        ownerProfessionalId: w.coordinator.id,
        dueOn: '2026-06-01',
        checkResult: 'Naasten scoren een half punt hoger',
        checkedOn: '2026-07-01',
        decision: 'keep',
        decisionNote: 'Vast onderdeel van de voorbereiding',
      }),
    );
    expect(decided).toMatchObject({ stage: 'act', decision: 'keep', decisionNote: 'Vast onderdeel van de voorbereiding' });
    // Blank text is nothing filled in: back to do.
    const blank = await update(
      'teamLead',
      action.id,
      qualityActionBody({ ...plan, dueOn: '2026-06-01', checkResult: '  ', decisionNote: '' }),
    );
    expect(blank).toMatchObject({ stage: 'do', owner: null, checkResult: null, decisionNote: null });
    const listed = (await bodyOf<QualityActionList>(s.get('teamLead', actionsUrl(w.team.id)))).actions.find(
      (item) => item.id === action.id,
    );
    expect(listed).toEqual(blank);
  });

  it('refuses an owner who is not a professional of the team (422), and changes nothing', async () => {
    const action = await create('teamLead');
    const before = await rowCounts(t.db);
    const stored = await t.db.selectFrom('quality_actions').selectAll().where('id', '=', action.id).executeTakeFirstOrThrow();
    for (const owner of [w.otherTeamCoordinator.id, w.foreignCoordinator.id, w.researcher.id, crypto.randomUUID()]) {
      const created = await s.send('teamLead', 'POST', actionsUrl(w.team.id), qualityActionBody({ ownerProfessionalId: owner }));
      expect(created.statusCode, created.body).toBe(422);
      expect(problemOf(created)).toMatchObject({
        code: 'owner_not_in_team',
        errors: [{ field: 'ownerProfessionalId', code: 'owner_not_in_team' }],
      });
      const changed = await s.send(
        'teamLead',
        'PUT',
        actionsUrl(w.team.id, action.id),
        qualityActionBody({ ownerProfessionalId: owner }),
      );
      expect(changed.statusCode, changed.body).toBe(422);
    }
    expect(await rowCounts(t.db)).toEqual(before);
    expect(await t.db.selectFrom('quality_actions').selectAll().where('id', '=', action.id).executeTakeFirstOrThrow()).toEqual(
      stored,
    );
  });

  it("answers another team's professionals, and another team's actions, as if they did not exist (404)", async () => {
    const action = await create('teamLead');
    const theirs = await createQualityAction(t.db, {
      teamId: w.otherTeam.id,
      createdByAccountId: w.otherTeamCoordinator.account_id,
    });
    const before = await rowCounts(t.db);
    for (const who of ['otherTeam', 'foreign']) {
      expect((await s.get(who, actionsUrl(w.team.id))).statusCode, who).toBe(404);
      expect((await s.send(who, 'POST', actionsUrl(w.team.id), qualityActionBody())).statusCode, who).toBe(404);
      expect((await s.send(who, 'PUT', actionsUrl(w.team.id, action.id), qualityActionBody())).statusCode, who).toBe(404);
    }
    // The world's team lead, about the other team, or the other team's action under their own team.
    expect((await s.get('teamLead', actionsUrl(w.otherTeam.id))).statusCode).toBe(404);
    expect((await s.send('teamLead', 'POST', actionsUrl(w.otherTeam.id), qualityActionBody())).statusCode).toBe(404);
    expect((await s.send('teamLead', 'PUT', actionsUrl(w.team.id, theirs.id), qualityActionBody())).statusCode).toBe(404);
    expect((await s.send('teamLead', 'PUT', actionsUrl(w.otherTeam.id, theirs.id), qualityActionBody())).statusCode).toBe(404);
    expect((await s.send('teamLead', 'PUT', actionsUrl(w.team.id, crypto.randomUUID()), qualityActionBody())).statusCode).toBe(
      404,
    );
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it('refuses clients, relatives and roles without the team’s quality cycle (403), and changes nothing', async () => {
    const action = await create('teamLead');
    const before = await rowCounts(t.db);
    for (const who of ['client', 'relative', 'professional', 'researcher', 'admin']) {
      expect((await s.get(who, actionsUrl(w.team.id))).statusCode, who).toBe(403);
      expect((await s.send(who, 'POST', actionsUrl(w.team.id), qualityActionBody())).statusCode, who).toBe(403);
      expect((await s.send(who, 'PUT', actionsUrl(w.team.id, action.id), qualityActionBody())).statusCode, who).toBe(403);
    }
    expect((await s.get('anonymous', actionsUrl(w.team.id))).statusCode).toBe(401);
    expect((await s.send('anonymous', 'POST', actionsUrl(w.team.id), qualityActionBody())).statusCode).toBe(401);
    const counts = await rowCounts(t.db);
    // Refusals may touch sessions and the audit log; the content stays as it was.
    expect({ ...counts, sessions: 0, audit_events: 0 }).toEqual({ ...before, sessions: 0, audit_events: 0 });
  });

  it('refuses a body of the wrong shape with 400, naming the field', async () => {
    const response = await s.send(
      'teamLead',
      'POST',
      actionsUrl(w.team.id),
      qualityActionBody({ what: ' ', decision: 'maybe', theme: 'a\u0000b' }),
    );
    expect(response.statusCode).toBe(400);
    expect(
      problemOf(response)
        .errors?.map((error) => error.field)
        .sort(),
    ).toEqual(['decision', 'theme', 'what']);
  });
});
