import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Group, Member } from '../../../shared/groups.js';
import { newId, nowIso } from '../../platform/ids/ids.js';
import { auditRowsAfter, lastAuditSequence } from '../../testing/audit.js';
import { bookkeepingTables, databaseDigest } from '../../testing/database-digest.js';
import { createNetworkPerson, createProfessional, createWorld, type World } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { groupCalls, memberOf, problemCode, url, type GroupCalls } from './group-testing.js';
import { dutchToday } from '../../platform/ids/ids.js';

// The warm handover (PRODUCT.md §2, issue 4): the successor becomes member and coordinator in one
// act, the predecessor leaves with reason 'handover', and nothing of the group is lost.

describe('the warm handover', () => {
  let t: TestApp;
  let w: World;
  let c: GroupCalls;
  let successor: Awaited<ReturnType<typeof createProfessional>>;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db);
    c = await groupCalls(t, w);
    successor = await createProfessional(t.db, {
      organisationId: w.home.id,
      teamId: w.team.id,
      role: 'coordinator',
      name: 'Opvolger Olga',
    });
    c.cookie.successor = await t.signIn(successor.email);
  });

  afterAll(() => t.close());

  const digest = () => databaseDigest(t.db, bookkeepingTables);
  const handover = (who: string, clientId: string, successorProfessionalId: string) =>
    c.send(who, 'POST', url(clientId, '/handover'), { successorProfessionalId });

  /** A client with a group in phase 2: map, members in every state, a conversation, a ticked item. */
  async function groupWithHistory(as: string) {
    const client = await c.newClient(as);
    expect((await c.send(as, 'POST', url(client.id), { name: 'Groep van Kim' })).statusCode).toBe(201);
    const person = await createNetworkPerson(t.db, { clientId: client.id, name: 'Moeder Mia', relation: 'parent' });
    const member = (await c.send(as, 'POST', url(client.id, '/members'), { networkPersonId: person.id })).json<Member>();
    await c.send(as, 'POST', url(client.id, `/members/${member.id}/approach`), {
      approachedBy: 'client',
      approachedOn: dutchToday(),
    });
    await c.send(as, 'PUT', url(client.id, '/checklist/method_explained'), { done: true });
    await c.send(as, 'POST', url(client.id, '/phase'), { phase: 2 });
    const group = await c.group(as, client.id);
    await t.db
      .insertInto('deepening_conversations')
      .values({
        id: newId(),
        group_id: group.id,
        member_id: member.id,
        held_on: dutchToday(),
        themes: '["expectations"]',
        notes: 'Thema’s',
        sharing: 'not_asked',
        recorded_by_account_id: w.coordinator.account_id,
        created_at: nowIso(),
        updated_at: nowIso(),
      })
      .execute();
    return { client, group: await c.group(as, client.id), member };
  }

  /** What must survive a handover untouched. */
  const kept = async (clientId: string, groupId: string) => ({
    group: await t.db
      .selectFrom('groups')
      .select(['id', 'name', 'phase', 'closed_at'])
      .where('id', '=', groupId)
      .executeTakeFirstOrThrow(),
    map: await t.db.selectFrom('network_people').selectAll().where('client_id', '=', clientId).orderBy('id').execute(),
    conversations: await t.db.selectFrom('deepening_conversations').selectAll().where('group_id', '=', groupId).execute(),
    ticks: await t.db.selectFrom('checklist_ticks').selectAll().where('group_id', '=', groupId).execute(),
    phaseChanges: await t.db
      .selectFrom('group_phase_changes')
      .selectAll()
      .where('group_id', '=', groupId)
      .orderBy('id')
      .execute(),
  });

  it('makes the successor member and coordinator and lets the predecessor leave, losing nothing of the group', async () => {
    const { client, group, member } = await groupWithHistory('kim');
    const predecessorMember = group.members.find((m) => m.professionalId === w.coordinator.id);
    const before = await kept(client.id, group.id);
    const since = await lastAuditSequence(t.db);

    const response = await handover('coordinator', client.id, successor.id);
    expect(response.statusCode, response.body).toBe(200);
    const after = response.json<Group>();
    expect(after.coordinator).toEqual({ id: successor.id, name: 'Opvolger Olga' });
    const successorMember = after.members.find((m) => m.professionalId === successor.id);
    expect(successorMember).toMatchObject({ kind: 'formal', role: 'coordinator', status: 'active' });
    expect(memberOf(after, predecessorMember?.id ?? '')).toMatchObject({
      status: 'left',
      leaveReason: 'handover',
      role: 'coordinator',
    });
    expect(memberOf(after, member.id)).toMatchObject({ status: 'approached', conversationHeld: true });
    expect(after.members).toHaveLength(group.members.length + 1);
    expect(await kept(client.id, group.id)).toEqual(before);
    const stored = await t.db
      .selectFrom('clients')
      .select('coordinator_id')
      .where('id', '=', client.id)
      .executeTakeFirstOrThrow();
    expect(stored.coordinator_id).toBe(successor.id);

    expect(await auditRowsAfter(t.db, since)).toMatchObject([
      { action: 'create', data_category: 'group', client_id: client.id, object_id: successorMember?.id },
      { action: 'update', data_category: 'group', client_id: client.id, object_id: predecessorMember?.id },
      { action: 'update', data_category: 'client', client_id: client.id, object_id: client.id },
    ]);
    const history = (await c.history('kim', client.id)).events.slice(0, 2);
    expect(history).toMatchObject([
      { kind: 'member', memberName: w.coordinator.name, from: 'active', to: 'left', reason: 'handover', by: w.coordinator.name },
      { kind: 'member', memberName: 'Opvolger Olga', from: null, to: 'active', by: w.coordinator.name },
    ]);

    // The client sees who their new coordinator is.
    expect((await c.group('kim', client.id)).coordinator.name).toBe('Opvolger Olga');
    const clientRecord = await c.get('kim', `/api/clients/${client.id}`);
    expect(clientRecord.json<{ coordinator: { id: string } }>().coordinator.id).toBe(successor.id);

    // The predecessor is still of the team, but no longer the coordinator of this client.
    const asPredecessor = await c.group('coordinator', client.id);
    expect(asPredecessor.abilities).toMatchObject({ rename: false, movePhase: false, handover: false, networkMap: false });
    const noMove = await c.send('coordinator', 'POST', url(client.id, '/phase'), { phase: 3 });
    expect(noMove.statusCode).toBe(403);
    expect((await handover('coordinator', client.id, w.coordinator.id)).statusCode).toBe(403);
    // The successor has the coordinator's rights.
    expect((await c.group('successor', client.id)).abilities).toMatchObject({
      rename: true,
      movePhase: true,
      handover: true,
      networkMap: true,
    });
    expect((await c.send('successor', 'POST', url(client.id, '/phase'), { phase: 3 })).statusCode).toBe(200);

    // And back, by the team lead: the former coordinator gets a new membership of their own.
    const back = await handover('teamLead', client.id, w.coordinator.id);
    expect(back.statusCode, back.body).toBe(200);
    const returned = back.json<Group>().members.filter((m) => m.professionalId === w.coordinator.id);
    expect(returned.map((m) => m.status).sort()).toEqual(['active', 'left']);
    expect(back.json<Group>().coordinator.id).toBe(w.coordinator.id);
  });

  it('makes a successor already in the group its coordinator, active at once', async () => {
    const { client } = await groupWithHistory('lotte');
    const added = await c.send('teamLead', 'POST', url(client.id, '/professionals'), {
      professionalId: successor.id,
      role: null,
    });
    expect(added.statusCode, added.body).toBe(201);
    const response = await handover('teamLead', client.id, successor.id);
    expect(response.statusCode, response.body).toBe(200);
    expect(memberOf(response.json<Group>(), added.json<Member>().id)).toMatchObject({ role: 'coordinator', status: 'active' });
    await handover('teamLead', client.id, w.coordinator.id);
  });

  it('refuses who cannot take over, and who may not hand over, changing nothing', async () => {
    const { client } = await groupWithHistory('ruben');
    const before = await digest();
    for (const [who, status] of [
      ['ruben', 403],
      ['clinician', 403],
      ['professional', 403],
      ['relative', 404],
      ['otherTeam', 404],
      ['foreign', 404],
    ] as const) {
      expect((await handover(who, client.id, successor.id)).statusCode, who).toBe(status);
    }
    for (const id of [newId(), w.clinician.id, w.otherTeamCoordinator.id]) {
      const response = await handover('coordinator', client.id, id);
      expect(response.statusCode, id).toBe(400);
      expect(response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual(['successorProfessionalId']);
    }
    const same = await handover('coordinator', client.id, w.coordinator.id);
    expect(same.statusCode).toBe(409);
    expect(problemCode(same)).toBe('same_person');
    expect(await digest()).toEqual(before);

    // A coordinator who is the group's clinician: that role needs a handover of its own.
    const dual = await createProfessional(t.db, { organisationId: w.home.id, teamId: w.team.id, role: 'coordinator' });
    await c.send('coordinator', 'POST', url(client.id, '/professionals'), { professionalId: dual.id, role: 'clinician' });
    const afterAdd = await digest();
    const otherRole = await handover('coordinator', client.id, dual.id);
    expect(otherRole.statusCode).toBe(409);
    expect(problemCode(otherRole)).toBe('successor_has_other_role');
    expect(await digest()).toEqual(afterAdd);
  });

  it('refuses when the coordinator is not an active member to hand over from', async () => {
    const { client, group } = await groupWithHistory('sanne');
    const coordinatorMember = group.members.find((m) => m.role === 'coordinator');
    await c.send('sanne', 'POST', url(client.id, `/members/${coordinatorMember?.id ?? ''}/leave`), { reason: 'other' });
    const response = await handover('coordinator', client.id, successor.id);
    expect(response.statusCode).toBe(409);
    expect(problemCode(response)).toBe('predecessor_not_active_coordinator');
    expect((await c.group('sanne', client.id)).missingRoles).toContain('coordinator');
  });
});
