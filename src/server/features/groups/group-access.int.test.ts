import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Group, Member } from '../../../shared/groups.js';
import type { RelativeRecord } from '../../../shared/clients.js';
import { nowIso } from '../../platform/ids/ids.js';
import { auditRowsAfter, lastAuditSequence } from '../../testing/audit.js';
import { bookkeepingTables, databaseDigest } from '../../testing/database-digest.js';
import { createMember, createRelative, createWorld, type World } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { groupCalls, memberOf, memberUrl, url, type GroupCalls } from './group-testing.js';

// Who sees the group and how much of it (the brief's access rules), and the tie between a relative's
// place in the client's circle and their membership: either ending ends the other.

describe('who sees the group', () => {
  let t: TestApp;
  let w: World;
  let c: GroupCalls;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db);
    c = await groupCalls(t, w);
  });

  afterAll(() => t.close());

  const noAbilities = { approach: false, invite: false, recordAnswer: false, activate: false, leave: false };

  it('shows the client and their whole team the group; others are refused (403) or told it is not there (404)', async () => {
    const before = await databaseDigest(t.db, bookkeepingTables);
    for (const [who, status] of [
      ['client', 200],
      ['relative', 200],
      ['coordinator', 200],
      ['clinician', 200],
      ['professional', 200],
      ['teamLead', 200],
      ['researcher', 403],
      ['admin', 403],
      ['otherTeam', 404],
      ['foreign', 404],
      ['anonymous', 401],
    ] as const) {
      expect((await c.get(who, url(w.client.id))).statusCode, who).toBe(status);
    }
    // A relative of one client, and the client, meet another client's group as if it did not exist.
    expect((await c.get('relative', url(w.otherClient.id))).statusCode).toBe(404);
    expect((await c.get('client', url(w.otherClient.id))).statusCode).toBe(404);
    expect((await c.get('coordinator', url(w.foreignClient.id))).statusCode).toBe(404);
    expect(await databaseDigest(t.db, bookkeepingTables)).toEqual(before);
  });

  it('shows a relative the active members only, nothing of conversations, and no abilities', async () => {
    const group = await c.group('relative');
    const active = (await c.group('client')).members.filter((m) => m.status === 'active').map((m) => m.id);
    expect(group.members.map((m) => m.id)).toEqual(active);
    expect(group.members.map((m) => m.id)).not.toContain(w.clientGroup.nominee.id);
    expect(active).toContain(w.clientGroup.member.id);
    for (const member of group.members) {
      expect(member.conversationHeld, member.name).toBeNull();
      expect(member.abilities, member.name).toEqual(noAbilities);
    }
    expect(group.abilities).toEqual({
      rename: false,
      movePhase: false,
      tick: false,
      nominate: false,
      addProfessional: false,
      handover: false,
      conversations: false,
      networkMap: false,
    });
    // The map only when the client shares it with them.
    const share = async (shared: boolean) =>
      c.send('client', 'PUT', `/api/clients/${w.client.id}/sharing/${w.relative.id}`, { category: 'network_map', shared });
    expect((await share(true)).statusCode).toBe(200);
    expect((await c.group('relative')).abilities.networkMap).toBe(true);
    expect((await share(false)).statusCode).toBe(200);
    expect((await c.group('relative')).abilities.networkMap).toBe(false);
  });

  it('shows the team who had a conversation, and gives each the abilities of their part', async () => {
    const member = (group: Group) => memberOf(group, w.clientGroup.member.id);
    const asCoordinator = await c.group('coordinator');
    expect(member(asCoordinator).conversationHeld).toBe(false);
    expect(asCoordinator.abilities).toMatchObject({
      rename: true,
      nominate: false,
      addProfessional: true,
      handover: true,
      conversations: true,
      networkMap: true,
    });
    expect(memberOf(asCoordinator, w.clientGroup.nominee.id).abilities).toMatchObject({
      approach: true,
      leave: true,
      invite: false,
    });

    const asClient = await c.group('client');
    expect(asClient.abilities).toMatchObject({
      rename: true,
      nominate: true,
      addProfessional: false,
      handover: false,
      conversations: true,
      networkMap: true,
    });
    // The nominee has an email address on the map and no account yet: the client may invite them.
    expect(memberOf(asClient, w.clientGroup.nominee.id)).toMatchObject({
      canBeInvitedByEmail: true,
      abilities: { invite: true },
    });
    expect(member(asClient)).toMatchObject({ canBeInvitedByEmail: false, abilities: { invite: false } });

    // The clinician in the group reads the conversations; the rest of the team does not.
    expect((await c.group('clinician')).abilities).toMatchObject({ rename: false, conversations: true, networkMap: false });
    expect((await c.group('professional')).abilities).toMatchObject({ conversations: false, networkMap: false, handover: false });
    expect((await c.group('teamLead')).abilities).toMatchObject({ conversations: false, addProfessional: true, handover: true });
  });
});

describe("a relative's place and their membership", () => {
  let t: TestApp;
  let w: World;
  let c: GroupCalls;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db);
    c = await groupCalls(t, w);
  });

  afterAll(() => t.close());

  /** A relative of the world's client who is an active member, signed in. */
  async function relativeMember(name: string) {
    const relative = await createRelative(t.db, { clientId: w.client.id, name });
    const member = await createMember(t.db, { groupId: w.clientGroup.group.id, name, relativeId: relative.id });
    const session = await t.signIn(relative.email);
    return { relative, member, session };
  }

  it('ends the place of a relative who leaves the group: their open session sees nothing of the client', async () => {
    const { relative, member, session } = await relativeMember('Vertrekt Vandaag');
    expect((await t.request({ method: 'GET', url: url(w.client.id), cookie: session })).statusCode).toBe(200);

    const since = await lastAuditSequence(t.db);
    const left = await c.send('client', 'POST', memberUrl(w.client.id, member.id, 'leave'), { reason: 'member_decision' });
    expect(left.statusCode, left.body).toBe(200);
    expect(left.json<Member>()).toMatchObject({ status: 'left', leaveReason: 'member_decision' });
    expect(await auditRowsAfter(t.db, since)).toMatchObject([
      { action: 'update', data_category: 'group', client_id: w.client.id, object_id: member.id },
      { action: 'update', data_category: 'relatives', client_id: w.client.id, object_id: relative.id },
    ]);
    const stored = await t.db
      .selectFrom('relatives')
      .select(['ended_at', 'ended_by_account_id'])
      .where('id', '=', relative.id)
      .executeTakeFirstOrThrow();
    expect(stored.ended_at).not.toBeNull();
    expect(stored.ended_by_account_id).toBe(w.client.account_id);
    expect((await t.request({ method: 'GET', url: url(w.client.id), cookie: session })).statusCode).toBe(401);
  });

  it('lets a relative whose place ended through the client leave the group, by the client’s decision', async () => {
    const { relative, member, session } = await relativeMember('Plaats Beëindigd');
    const since = await lastAuditSequence(t.db);
    const ended = await c.send('coordinator', 'POST', `/api/clients/${w.client.id}/relatives/${relative.id}/end`, {
      reason: null,
    });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json<RelativeRecord>().endedAt).not.toBeNull();
    expect(await auditRowsAfter(t.db, since)).toMatchObject([
      { action: 'update', data_category: 'relatives', object_id: relative.id },
      { action: 'update', data_category: 'group', object_id: member.id },
    ]);
    const after = memberOf(await c.group('client'), member.id);
    expect(after).toMatchObject({ status: 'left', leaveReason: 'client_decision' });
    const history = (await c.history('client')).events.find((e) => e.kind === 'member' && e.memberId === member.id);
    expect(history).toMatchObject({ from: 'active', to: 'left', reason: 'client_decision', by: w.coordinator.name });
    expect((await t.request({ method: 'GET', url: url(w.client.id), cookie: session })).statusCode).toBe(401);
  });

  it('leaves a membership that already ended as it was', async () => {
    const { relative, member } = await relativeMember('Al Vertrokken');
    await t.db
      .updateTable('group_members')
      .set({ status: 'left', leave_reason: 'other', updated_at: nowIso() })
      .where('id', '=', member.id)
      .execute();
    const events = await t.db.selectFrom('member_events').select('id').where('member_id', '=', member.id).execute();
    expect((await c.send('client', 'POST', `/api/clients/${w.client.id}/relatives/${relative.id}/end`, {})).statusCode).toBe(200);
    expect(await t.db.selectFrom('member_events').select('id').where('member_id', '=', member.id).execute()).toEqual(events);
  });
});
