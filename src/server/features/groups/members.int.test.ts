import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Group, Member } from '../../../shared/groups.js';
import { nowIso } from '../../platform/ids/ids.js';
import { auditRowsAfter, lastAuditSequence } from '../../testing/audit.js';
import { bookkeepingTables, databaseDigest } from '../../testing/database-digest.js';
import { createMember, createNetworkPerson, createRelative, createWorld, type World } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { groupCalls, memberOf, memberUrl, problemCode, url, type GroupCalls } from './group-testing.js';
import { dutchToday } from '../../platform/ids/ids.js';

// Memberships (PRODUCT.md §4): nominated → approached → (conversation held) → active → left, or
// declined; every step in the group's history, every refusal a 409 that changes nothing.

describe('memberships of the group', () => {
  let t: TestApp;
  let w: World;
  let c: GroupCalls;
  let clientId: string;
  let clientName: string;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db);
    c = await groupCalls(t, w);
    const client = await c.newClient('director');
    clientId = client.id;
    clientName = client.name;
    expect((await c.send('director', 'POST', url(clientId), { name: 'Groep van Noor' })).statusCode).toBe(201);
  });

  afterAll(() => t.close());

  const digest = () => databaseDigest(t.db, bookkeepingTables);
  const nominate = (networkPersonId: string, who = 'director') =>
    c.send(who, 'POST', url(clientId, '/members'), { networkPersonId });
  const step = (who: string, memberId: string, name: string, payload?: object) =>
    c.send(who, 'POST', memberUrl(clientId, memberId, name), payload);

  /** A refusal: 409 with this code, and nothing changed. */
  async function refused(request: () => Promise<LightMyRequestResponse>, code: string) {
    const before = await digest();
    const response = await request();
    expect(response.statusCode, response.body).toBe(409);
    expect(response.json<{ code: string }>().code).toBe(code);
    expect(await digest()).toEqual(before);
  }

  it('takes a person from nomination to active member and out again, each step in the history', async () => {
    const person = await createNetworkPerson(t.db, { clientId, name: 'Bram Buurman', relation: 'neighbour' });
    const since = await lastAuditSequence(t.db);
    const nominated = await nominate(person.id);
    expect(nominated.statusCode, nominated.body).toBe(201);
    const member = nominated.json<Member>();
    expect(member).toMatchObject({
      name: 'Bram Buurman',
      kind: 'informal',
      role: null,
      status: 'nominated',
      networkPersonId: person.id,
      canBeInvitedByEmail: false,
      conversationHeld: false,
      abilities: { approach: true, invite: false, recordAnswer: false, activate: false, leave: true },
    });
    expect(await auditRowsAfter(t.db, since)).toMatchObject([
      {
        action: 'create',
        data_category: 'group',
        client_id: clientId,
        object_id: member.id,
        actor_role: 'client',
        on_behalf_of_account_id: null,
      },
    ]);
    await refused(() => nominate(person.id), 'already_member');

    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const future = await step('director', member.id, 'approach', { approachedBy: 'client', approachedOn: tomorrow });
    expect(future.statusCode).toBe(400);
    await refused(() => step('director', member.id, 'answer', { answer: 'yes' }), 'not_approached');

    const approached = await step('coordinator', member.id, 'approach', {
      approachedBy: 'coordinator',
      approachedOn: dutchToday(),
    });
    expect(approached.statusCode, approached.body).toBe(200);
    expect(approached.json<Member>()).toMatchObject({
      status: 'approached',
      approachedBy: 'coordinator',
      approachedOn: dutchToday(),
      answer: null,
    });
    await refused(
      () => step('director', member.id, 'approach', { approachedBy: 'client', approachedOn: dutchToday() }),
      'member_same_status',
    );
    // A person joins after they said yes.
    await refused(() => step('director', member.id, 'activate'), 'no_yes_yet');

    const yes = await step('director', member.id, 'answer', { answer: 'yes' });
    expect(yes.json<Member>()).toMatchObject({
      status: 'approached',
      answer: 'yes',
      abilities: { activate: true, recordAnswer: true },
    });
    await refused(() => step('director', member.id, 'answer', { answer: 'yes' }), 'already_answered');

    const active = await step('coordinator', member.id, 'activate');
    expect(active.statusCode, active.body).toBe(200);
    expect(active.json<Member>()).toMatchObject({
      status: 'active',
      abilities: { approach: false, activate: false, leave: true },
    });
    await refused(() => step('director', member.id, 'activate'), 'member_same_status');

    const handover = await step('director', member.id, 'leave', { reason: 'handover' });
    expect(handover.statusCode).toBe(400);
    expect(handover.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual(['reason']);
    const left = await step('director', member.id, 'leave', { reason: 'member_decision', note: 'Verhuist naar Groningen' });
    expect(left.statusCode, left.body).toBe(200);
    expect(left.json<Member>()).toMatchObject({ status: 'left', leaveReason: 'member_decision', abilities: { leave: false } });
    const stored = await t.db
      .selectFrom('group_members')
      .select(['leave_note'])
      .where('id', '=', member.id)
      .executeTakeFirstOrThrow();
    expect(stored.leave_note).toBe('Verhuist naar Groningen');
    await refused(() => step('director', member.id, 'leave', { reason: 'other' }), 'member_same_status');
    await refused(() => step('director', member.id, 'activate'), 'member_membership_ended');

    const events = (await c.history('director', clientId)).events.filter((e) => e.kind === 'member' && e.memberId === member.id);
    expect(events).toMatchObject([
      { to: 'left', from: 'active', reason: 'member_decision', by: clientName },
      { to: 'active', from: 'approached', reason: null, by: w.coordinator.name },
      { to: 'approached', from: 'nominated', by: w.coordinator.name },
      { to: 'nominated', from: null, by: clientName },
    ]);
    // `since` is when the membership last reached a status.
    expect(memberOf(await c.group('director', clientId), member.id).since).toBe(events[0]?.at);

    // Someone who left can be nominated again: a new membership, a new story.
    const again = await nominate(person.id);
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json<Member>().id).not.toBe(member.id);
  });

  it('records a no as declined, which ends the membership', async () => {
    const person = await createNetworkPerson(t.db, { clientId, name: 'Zus Zegt Nee', relation: 'sibling' });
    const member = (await nominate(person.id)).json<Member>();
    await step('director', member.id, 'approach', { approachedBy: 'client', approachedOn: dutchToday() });
    const no = await step('director', member.id, 'answer', { answer: 'no' });
    expect(no.statusCode, no.body).toBe(200);
    expect(no.json<Member>()).toMatchObject({
      status: 'declined',
      answer: 'no',
      abilities: { leave: false, recordAnswer: false },
    });
    await refused(() => step('director', member.id, 'activate'), 'member_membership_ended');
    await refused(() => step('director', member.id, 'answer', { answer: 'yes' }), 'not_approached');
  });

  it('lets a nominee the client no longer wants to ask leave before they were asked', async () => {
    const person = await createNetworkPerson(t.db, { clientId, name: 'Toch Maar Niet' });
    const member = (await nominate(person.id)).json<Member>();
    const left = await step('coordinator', member.id, 'leave', { reason: 'client_decision' });
    expect(left.json<Member>()).toMatchObject({ status: 'left', leaveReason: 'client_decision' });
  });

  it('links a nominee who is already a relative of the client to that relative, once', async () => {
    const relative = await createRelative(t.db, { clientId, name: 'Al Een Naaste' });
    const person = await createNetworkPerson(t.db, { clientId, name: relative.name, email: relative.email.toUpperCase() });
    const member = (await nominate(person.id)).json<Member>();
    expect(member).toMatchObject({ relativeId: relative.id, canBeInvitedByEmail: false });
    // The same relative under a second entry on the map is still one member.
    const twin = await createNetworkPerson(t.db, { clientId, name: 'Ook Al Een Naaste', email: relative.email });
    await refused(() => nominate(twin.id), 'already_member');
    // Nobody else's relative is linked: a stranger with an email of their own stays unlinked.
    const stranger = await createNetworkPerson(t.db, { clientId, email: 'onbekend@voorbeeld.test' });
    expect((await nominate(stranger.id)).json<Member>().relativeId).toBeNull();
  });

  it('nominates a person once, also when two requests come at the same moment', async () => {
    const person = await createNetworkPerson(t.db, { clientId, name: 'Twee Keer Gevraagd' });
    const answers = await Promise.all([nominate(person.id), nominate(person.id)]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 409]);
    const open = await t.db
      .selectFrom('group_members')
      .select('id')
      .where('network_person_id', '=', person.id)
      .where('status', 'not in', ['declined', 'left'])
      .execute();
    expect(open).toHaveLength(1);
  });

  it('lets the database itself refuse a second open membership, and allow a new one after the first ended', async () => {
    const person = await createNetworkPerson(t.db, { clientId, name: 'Opnieuw Gevraagd' });
    const { id: groupId } = await t.db
      .selectFrom('groups')
      .select('id')
      .where('client_id', '=', clientId)
      .executeTakeFirstOrThrow();
    const first = await createMember(t.db, { groupId, name: person.name, status: 'nominated', networkPersonId: person.id });
    await expect(
      createMember(t.db, { groupId, name: person.name, status: 'approached', networkPersonId: person.id }),
    ).rejects.toThrow();
    await t.db.updateTable('group_members').set({ status: 'declined' }).where('id', '=', first.id).execute();
    await expect(
      createMember(t.db, { groupId, name: person.name, status: 'nominated', networkPersonId: person.id }),
    ).resolves.toBeDefined();
  });

  it('makes a member of the kind the map says: informal, peer expert or formal', async () => {
    const kinds: [string, string, string][] = [
      ['peer_expert', 'formal', 'peer'],
      ['gp', 'formal', 'formal'],
      ['friend', 'informal', 'informal'],
      ['colleague', 'formal', 'formal'],
    ];
    for (const [relation, formality, kind] of kinds) {
      const person = await createNetworkPerson(t.db, { clientId, relation, formality });
      expect((await nominate(person.id)).json<Member>().kind, relation).toBe(kind);
    }
  });

  it('nominates only people on this client’s map who were not removed from it (400 naming the field)', async () => {
    const removed = await createNetworkPerson(t.db, { clientId });
    await t.db.updateTable('network_people').set({ removed_at: nowIso() }).where('id', '=', removed.id).execute();
    const before = await digest();
    for (const personId of [removed.id, w.clientGroup.nomineePerson.id, w.otherClientGroup.relativePerson.id]) {
      const response = await nominate(personId);
      expect(response.statusCode, personId).toBe(400);
      expect(response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual(['networkPersonId']);
    }
    expect(await digest()).toEqual(before);
  });

  it('leaves whom to ask to the client: the coordinator nominates only when the client handed that over', async () => {
    const person = await createNetworkPerson(t.db, { clientId, name: 'Via Coordinator' });
    const before = await digest();
    for (const [who, status] of [
      ['coordinator', 403],
      ['clinician', 403],
      ['teamLead', 403],
      ['relative', 404],
      ['otherTeam', 404],
    ] as const) {
      expect((await nominate(person.id, who)).statusCode, who).toBe(status);
    }
    expect(await digest()).toEqual(before);
    expect((await c.group('coordinator', clientId)).abilities.nominate).toBe(false);

    const client = await t.db.selectFrom('clients').select('account_id').where('id', '=', clientId).executeTakeFirstOrThrow();
    await t.db.insertInto('delegations').values({ client_id: clientId, task: 'invite_members', granted_at: nowIso() }).execute();
    const since = await lastAuditSequence(t.db);
    const response = await nominate(person.id, 'coordinator');
    expect(response.statusCode, response.body).toBe(201);
    expect(await auditRowsAfter(t.db, since)).toMatchObject([
      { action: 'create', data_category: 'group', actor_role: 'coordinator', on_behalf_of_account_id: client.account_id },
    ]);
    const event = await t.db
      .selectFrom('member_events')
      .selectAll()
      .where('member_id', '=', response.json<Member>().id)
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ by_account_id: w.coordinator.account_id, on_behalf_of_account_id: client.account_id });
    expect((await c.group('coordinator', clientId)).abilities.nominate).toBe(true);
    await t.db.deleteFrom('delegations').where('client_id', '=', clientId).execute();
  });

  it('refuses the steps of a membership to the rest of the team (403) and to outsiders (404)', async () => {
    const person = await createNetworkPerson(t.db, { clientId });
    const member = (await nominate(person.id)).json<Member>();
    const before = await digest();
    for (const [who, status] of [
      ['clinician', 403],
      ['professional', 403],
      ['teamLead', 403],
      ['relative', 404],
      ['otherTeam', 404],
      ['foreign', 404],
    ] as const) {
      expect(
        (await step(who, member.id, 'approach', { approachedBy: 'client', approachedOn: dutchToday() })).statusCode,
        who,
      ).toBe(status);
      expect((await step(who, member.id, 'leave', { reason: 'other' })).statusCode, who).toBe(status);
    }
    // A member of another client's group, reached through this client: not found.
    expect((await step('director', w.clientGroup.nominee.id, 'leave', { reason: 'other' })).statusCode).toBe(404);
    expect(await digest()).toEqual(before);
    const group: Group = await c.group('clinician', clientId);
    expect(memberOf(group, member.id).abilities).toEqual({
      approach: false,
      invite: false,
      recordAnswer: false,
      activate: false,
      leave: false,
    });
    expect(group.abilities).toMatchObject({ rename: false, movePhase: false, tick: false, nominate: false, networkMap: false });
  });

  it('shows each step on the history, newest first, and nothing of it to relatives', async () => {
    const events = (await c.history('clinician', clientId)).events;
    expect(events.length).toBeGreaterThan(5);
    const times = events.map((event) => event.at);
    expect([...times].sort().reverse()).toEqual(times);
    expect((await c.get('relative', url(w.client.id, '/history'))).statusCode).toBe(403);
    expect(problemCode(await c.get('otherTeam', url(clientId, '/history')))).toBe('not_found');
  });
});
