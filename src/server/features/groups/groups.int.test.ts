import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Group } from '../../../shared/groups.js';
import { auditRowsAfter, lastAuditSequence } from '../../testing/audit.js';
import { bookkeepingTables, databaseDigest } from '../../testing/database-digest.js';
import { createClient, createNetworkPerson, createWorld, type World } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { groupCalls, problemCode, url, type GroupCalls } from './group-testing.js';

// The group itself: starting it, its name, its phases and their checklists (PRODUCT.md §2).

describe('the resource group', () => {
  let t: TestApp;
  let w: World;
  let c: GroupCalls;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db);
    c = await groupCalls(t, w);
  });

  afterAll(() => t.close());

  const digest = () => databaseDigest(t.db, bookkeepingTables);

  /** A new client of the team with a group just started by them. */
  async function startedGroup(as = 'fresh'): Promise<{ clientId: string; group: Group }> {
    const client = await c.newClient(as);
    const response = await c.send(as, 'POST', url(client.id), { name: `Groep van ${client.name}` });
    expect(response.statusCode, response.body).toBe(201);
    return { clientId: client.id, group: response.json<Group>() };
  }

  describe('starting it', () => {
    it('starts in phase 1 with the coordinator as its first member, offered to the client until it exists', async () => {
      const client = await c.newClient('starter');
      const before = await c.state('starter', client.id);
      expect(before).toEqual({ client: { id: client.id, name: client.name }, group: null, abilities: { create: true } });
      expect((await c.state('clinician', client.id)).abilities.create).toBe(false);

      const since = await lastAuditSequence(t.db);
      const response = await c.send('starter', 'POST', url(client.id), { name: 'Groep van Joep' });
      expect(response.statusCode, response.body).toBe(201);
      const group = response.json<Group>();
      expect(group).toMatchObject({
        name: 'Groep van Joep',
        phase: 1,
        coordinator: { id: w.coordinator.id, name: w.coordinator.name },
        nextStep: { kind: 'do_item', phase: 1, itemId: 'method_explained' },
        // A GGZ team: the responsible clinician is missing, and Regie says so.
        missingRoles: ['clinician'],
        abilities: { rename: true, movePhase: true, tick: true, nominate: true, addProfessional: false, handover: false },
      });
      expect(group.members).toMatchObject([
        { name: w.coordinator.name, kind: 'formal', role: 'coordinator', status: 'active', professionalId: w.coordinator.id },
      ]);
      expect(group.phases.map((phase) => [phase.number, phase.code, phase.state])).toEqual([
        [1, 'preparation', 'current'],
        [2, 'deepening', 'upcoming'],
        [3, 'planning', 'upcoming'],
        [4, 'start_meeting', 'upcoming'],
        [5, 'follow_up', 'upcoming'],
        [6, 'reorientation', 'upcoming'],
      ]);
      expect(group.phases[0]?.checklist.map((item) => [item.id, item.mode, item.done])).toEqual([
        ['method_explained', 'manual', false],
        ['network_map_made', 'automatic', false],
        // The coordinator's membership counts: someone is in the group.
        ['members_nominated', 'automatic', true],
        ['goals_drafted', 'automatic', false],
        ['signal_plan_started', 'automatic', false],
        ['first_meeting_dated', 'automatic', false],
      ]);
      expect(await auditRowsAfter(t.db, since)).toMatchObject([
        { action: 'create', data_category: 'group', client_id: client.id, object_id: group.id, actor_role: 'client' },
      ]);
      expect((await c.state('starter', client.id)).abilities.create).toBe(false);
      const history = await c.history('starter', client.id);
      expect(history.events).toMatchObject([
        { kind: 'member', memberName: w.coordinator.name, from: null, to: 'active', by: client.name },
      ]);
    });

    it('keeps one active group per client: a second is refused (409) and changes nothing, even when sent at once', async () => {
      const { clientId } = await startedGroup();
      const before = await digest();
      for (const who of ['fresh', 'coordinator']) {
        const again = await c.send(who, 'POST', url(clientId), { name: 'Nog een groep' });
        expect(again.statusCode, who).toBe(409);
        expect(problemCode(again)).toBe('group_exists');
      }
      expect(await digest()).toEqual(before);

      const racer = await c.newClient('racer');
      const answers = await Promise.all(
        [1, 2, 3].map((n) => c.send(n === 2 ? 'coordinator' : 'racer', 'POST', url(racer.id), { name: `Groep ${n}` })),
      );
      expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 409, 409]);
      const groups = await t.db.selectFrom('groups').select('id').where('client_id', '=', racer.id).execute();
      expect(groups).toHaveLength(1);
    });

    it('lets the client and their coordinator start and rename it; the team reads along (403), outsiders see nothing (404)', async () => {
      const client = await c.newClient('renamer');
      const before = await digest();
      for (const [who, status] of [
        ['clinician', 403],
        ['professional', 403],
        ['teamLead', 403],
        ['researcher', 403],
        ['admin', 403],
        ['otherTeam', 404],
        ['foreign', 404],
        ['client', 404],
        ['relative', 404],
        ['anonymous', 401],
      ] as const) {
        expect((await c.send(who, 'POST', url(client.id), { name: 'Niet van jou' })).statusCode, who).toBe(status);
      }
      expect(await digest()).toEqual(before);
      expect((await c.send('coordinator', 'POST', url(client.id), { name: 'Steungroep' })).statusCode).toBe(201);
      const renamed = await c.send('renamer', 'PUT', url(client.id), { name: 'Groep van Sam' });
      expect(renamed.statusCode, renamed.body).toBe(200);
      expect(renamed.json<Group>().name).toBe('Groep van Sam');
      expect((await c.send('clinician', 'PUT', url(client.id), { name: 'Anders' })).statusCode).toBe(403);
      expect((await c.group('renamer', client.id)).name).toBe('Groep van Sam');
    });

    it('answers 404 on the changes of a client who has no group yet', async () => {
      const client = await c.newClient('groupless');
      for (const [method, path, payload] of [
        ['PUT', url(client.id), { name: 'X' }],
        ['POST', url(client.id, '/phase'), { phase: 2 }],
        ['PUT', url(client.id, '/checklist/method_explained'), { done: true }],
      ] as const) {
        expect((await c.send('groupless', method, path, payload)).statusCode, path).toBe(404);
      }
      expect((await c.history('groupless', client.id)).events).toEqual([]);
    });
  });

  describe('its phases', () => {
    it('moves forward one phase at a time and back to any earlier one, recording who moved it', async () => {
      const { clientId } = await startedGroup('mover');
      const move = (who: string, phase: number) => c.send(who, 'POST', url(clientId, '/phase'), { phase });

      const forward = await move('mover', 2);
      expect(forward.statusCode, forward.body).toBe(200);
      expect(forward.json<Group>().phases.map((phase) => phase.state)).toEqual([
        'done',
        'current',
        'upcoming',
        'upcoming',
        'upcoming',
        'upcoming',
      ]);

      const before = await digest();
      const skip = await move('mover', 4);
      expect(skip.statusCode).toBe(409);
      expect(skip.json()).toMatchObject({
        code: 'skips_phase',
        title: 'The group moves forward one phase at a time: move it to phase 3 first.',
      });
      const same = await move('coordinator', 2);
      expect(same.statusCode).toBe(409);
      expect(problemCode(same)).toBe('same_phase');
      expect((await move('clinician', 3)).statusCode).toBe(403);
      expect(await digest()).toEqual(before);

      // Back is always allowed: a group may need to prepare again.
      const back = await move('coordinator', 1);
      expect(back.statusCode, back.body).toBe(200);
      expect(back.json<Group>().phase).toBe(1);
      expect((await move('mover', 2)).statusCode).toBe(200);

      const phaseEvents = (await c.history('mover', clientId)).events.filter((event) => event.kind === 'phase');
      const client = await t.db.selectFrom('clients').select('name').where('id', '=', clientId).executeTakeFirstOrThrow();
      expect(phaseEvents).toMatchObject([
        { from: 1, to: 2, by: client.name },
        { from: 2, to: 1, by: w.coordinator.name },
        { from: 1, to: 2, by: client.name },
      ]);
      const changes = await t.db
        .selectFrom('group_phase_changes')
        .selectAll()
        .where('changed_by_account_id', '=', w.coordinator.account_id)
        .execute();
      expect(changes.some((change) => change.on_behalf_of_account_id !== null)).toBe(false);
    });

    it('does not let an open checklist stop a move: it advises, the client decides', async () => {
      const { clientId, group } = await startedGroup('eager');
      expect(group.phases[0]?.checklist.some((item) => !item.done)).toBe(true);
      expect((await c.send('eager', 'POST', url(clientId, '/phase'), { phase: 2 })).statusCode).toBe(200);
    });
  });

  describe('its checklist', () => {
    it('lets the client tick what Regie cannot see, and ticks the rest itself when it sees it happen', async () => {
      const { clientId } = await startedGroup('ticker');
      const tick = (item: string, done: boolean, who = 'ticker') =>
        c.send(who, 'PUT', url(clientId, `/checklist/${item}`), { done });

      const ticked = await tick('method_explained', true);
      expect(ticked.statusCode, ticked.body).toBe(200);
      const after = ticked.json<Group>();
      expect(after.phases[0]?.checklist[0]).toEqual({ id: 'method_explained', mode: 'manual', done: true });
      expect(after.nextStep).toEqual({ kind: 'do_item', phase: 1, itemId: 'network_map_made' });
      // Ticking again changes nothing; unticking takes it back.
      expect((await tick('method_explained', true, 'coordinator')).statusCode).toBe(200);
      expect((await tick('method_explained', false)).json<Group>().phases[0]?.checklist[0]?.done).toBe(false);
      // Items of other phases can be ticked too (a group that went back keeps what it did).
      expect(
        (await tick('plan_finished', true)).json<Group>().phases[2]?.checklist.find((i) => i.id === 'plan_finished')?.done,
      ).toBe(true);

      const before = await digest();
      const automatic = await tick('network_map_made', true);
      expect(automatic.statusCode).toBe(409);
      expect(automatic.json()).toMatchObject({
        code: 'automatic_item',
        title: 'Regie ticks this itself when it sees it happen.',
      });
      const unknown = await tick('not_an_item', true);
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual(['itemId']);
      expect((await tick('method_explained', true, 'clinician')).statusCode).toBe(403);
      expect(await digest()).toEqual(before);

      await createNetworkPerson(t.db, { clientId });
      const seen = await c.group('ticker', clientId);
      expect(seen.phases[0]?.checklist.find((item) => item.id === 'network_map_made')?.done).toBe(true);
    });

    it('counts only people still on the map', async () => {
      const { clientId } = await startedGroup('remover');
      const person = await createNetworkPerson(t.db, { clientId });
      await t.db
        .updateTable('network_people')
        .set({ removed_at: new Date().toISOString() })
        .where('id', '=', person.id)
        .execute();
      const group = await c.group('remover', clientId);
      expect(group.phases[0]?.checklist.find((item) => item.id === 'network_map_made')?.done).toBe(false);
    });
  });

  describe('the professionals it needs', () => {
    it('points out a missing clinician without blocking, and stops once the team lead added one', async () => {
      const { clientId } = await startedGroup('hinted');
      expect((await c.group('hinted', clientId)).missingRoles).toEqual(['clinician']);
      expect((await c.send('hinted', 'POST', url(clientId, '/phase'), { phase: 2 })).statusCode).toBe(200);

      const candidates = await c.get('teamLead', url(clientId, '/candidates'));
      expect(candidates.statusCode, candidates.body).toBe(200);
      const professionals = candidates.json<{ professionals: { id: string; role: string; canBecomeCoordinator: boolean }[] }>()
        .professionals;
      expect(professionals.map((p) => p.id).sort()).toEqual(
        [w.coordinator.id, w.clinician.id, w.otherProfessional.id, w.teamLead.id].sort(),
      );
      // The only coordinator of the team is this client's already.
      expect(professionals.some((p) => p.canBecomeCoordinator)).toBe(false);
      for (const [who, status] of [
        ['clinician', 403],
        ['relative', 404],
        ['otherTeam', 404],
        ['hinted', 200],
        ['coordinator', 200],
      ] as const) {
        expect((await c.get(who, url(clientId, '/candidates'))).statusCode, who).toBe(status);
      }

      const add = (who: string, professionalId: string) =>
        c.send(who, 'POST', url(clientId, '/professionals'), { professionalId, role: 'clinician' });
      const before = await digest();
      for (const [who, status] of [
        ['hinted', 403],
        ['clinician', 403],
        ['professional', 403],
        ['otherTeam', 404],
      ] as const) {
        expect((await add(who, w.clinician.id)).statusCode, who).toBe(status);
      }
      const outsider = await add('teamLead', w.otherTeamCoordinator.id);
      expect(outsider.statusCode).toBe(400);
      expect(outsider.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual(['professionalId']);
      expect(await digest()).toEqual(before);

      const added = await add('teamLead', w.clinician.id);
      expect(added.statusCode, added.body).toBe(201);
      expect(added.json()).toMatchObject({ kind: 'formal', role: 'clinician', status: 'active', professionalId: w.clinician.id });
      const again = await add('coordinator', w.clinician.id);
      expect(again.statusCode).toBe(409);
      expect(problemCode(again)).toBe('already_member');
      expect((await c.group('hinted', clientId)).missingRoles).toEqual([]);

      // Outside mental health care (a wijkteam) the method asks for the coordinator only.
      const social = await createClient(t.db, { teamId: w.foreignTeam.id, coordinatorId: w.foreignCoordinator.id });
      const started = await c.send('foreign', 'POST', url(social.id), { name: 'Groep in de wijk' });
      expect(started.statusCode, started.body).toBe(201);
      expect(started.json<Group>().missingRoles).toEqual([]);
      expect((await c.history('hinted', clientId)).events[0]).toMatchObject({
        kind: 'member',
        memberName: w.clinician.name,
        from: null,
        to: 'active',
        by: w.teamLead.name,
      });
    });
  });
});
