import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conversation, ConversationOverview, MyConversation } from '../../../shared/conversations.js';
import type { GroupState } from '../../../shared/groups.js';
import type { Problem } from '../../../shared/problem.js';
import { newId } from '../../platform/ids/ids.js';
import { auditRowsAfter, lastAuditSequence } from '../../testing/audit.js';
import { bookkeepingTables, databaseDigest } from '../../testing/database-digest.js';
import {
  createClient,
  createMember,
  createProfessional,
  createRelative,
  createWorld,
  type World,
} from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { changeMemberStatus } from '../groups/index.js';

// PRODUCT.md §4: the coordinator holds an in-depth conversation with every member, without the
// client, and records the themes. The coordinator and the group's responsible clinician read the
// records; the client reads only those the member agreed to share; a member sees their own record
// once asked, and answers; nobody else reads them.

describe('in-depth conversations', () => {
  let t: TestApp;
  let w: World;
  /** A member from the map who was approached and has no account. */
  let approached: Awaited<ReturnType<typeof createMember>>;
  let left: Awaited<ReturnType<typeof createMember>>;
  let declined: Awaited<ReturnType<typeof createMember>>;
  /** A relative of the client with an account who is not in the group. */
  let outsideRelative: Awaited<ReturnType<typeof createRelative>>;
  const cookie: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db);
    const group = w.clientGroup.group.id;
    approached = await createMember(t.db, { groupId: group, name: 'Bram Benaderd', status: 'approached' });
    left = await createMember(t.db, { groupId: group, name: 'Lotte Vertrokken', status: 'left' });
    declined = await createMember(t.db, { groupId: group, name: 'Dirk Nee', status: 'declined' });
    outsideRelative = await createRelative(t.db, { clientId: w.client.id, name: 'Olga Buiten' });
    const people = {
      client: w.client.email ?? '',
      otherClient: w.otherClient.email ?? '',
      relative: w.relative.email,
      otherRelative: w.otherRelative.email,
      outsideRelative: outsideRelative.email,
      coordinator: w.coordinator.email,
      clinician: w.clinician.email,
      professional: w.otherProfessional.email,
      teamLead: w.teamLead.email,
      otherTeam: w.otherTeamCoordinator.email,
      foreign: w.foreignCoordinator.email,
      researcher: w.researcher.email,
    };
    for (const [who, email] of Object.entries(people)) cookie[who] = await t.signIn(email);
  });

  afterAll(() => t.close());

  const base = (clientId = w.client.id) => `/api/clients/${clientId}`;
  const get = (who: string, url: string) => t.request({ method: 'GET', url, cookie: cookie[who] });
  const put = (who: string, url: string, payload: unknown) =>
    t.request({ method: 'PUT', url, cookie: cookie[who], payload: payload as object });
  const overview = async (who: string) => {
    const response = await get(who, `${base()}/conversations`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<ConversationOverview>();
  };
  const recordUrl = (memberId: string, clientId = w.client.id) => `${base(clientId)}/conversations/${memberId}`;
  const sharingUrl = (memberId: string, clientId = w.client.id) => `${recordUrl(memberId, clientId)}/sharing`;
  const record = (memberId: string, body: object = {}, who = 'coordinator') =>
    put(who, recordUrl(memberId), { heldOn: '2026-02-03', themes: ['expectations'], notes: 'Wil meedenken.', ...body });
  const mine = async (who = 'relative') => {
    const response = await get(who, `${base()}/my-conversation`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<MyConversation>();
  };
  const statusOf = async (memberId: string) =>
    (await t.db.selectFrom('group_members').select('status').where('id', '=', memberId).executeTakeFirstOrThrow()).status;
  const digest = () => databaseDigest(t.db, bookkeepingTables);
  const byMember = (view: ConversationOverview, memberId: string) => view.members.find((member) => member.memberId === memberId);

  describe('the overview', () => {
    it('lists the members owed a conversation: not the coordinator, nor nominees, nor those who said no or left', async () => {
      const view = await overview('coordinator');
      expect(view.client).toEqual({ id: w.client.id, name: w.client.name });
      expect(view.abilities).toEqual({ record: true });
      const listed = view.members.map((member) => member.memberId).sort();
      const clinicianMember = await t.db
        .selectFrom('group_members')
        .select('id')
        .where('group_id', '=', w.clientGroup.group.id)
        .where('role', '=', 'clinician')
        .executeTakeFirstOrThrow();
      expect(listed).toEqual([clinicianMember.id, w.clientGroup.member.id, approached.id].sort());
      expect(listed).not.toContain(w.clientGroup.nominee.id);
      expect(listed).not.toContain(left.id);
      expect(listed).not.toContain(declined.id);
      for (const member of view.members) expect(member.conversation).toBeNull();
      // The relative has an account and can answer in Regie; the person from the map cannot.
      expect(byMember(view, w.clientGroup.member.id)).toMatchObject({
        name: w.relative.name,
        status: 'active',
        answersInRegie: true,
      });
      expect(byMember(view, approached.id)).toMatchObject({ status: 'approached', answersInRegie: false });
    });

    it('answers 404 when the client has no group yet', async () => {
      const withoutGroup = await createClient(t.db, { teamId: w.team.id, coordinatorId: w.coordinator.id });
      expect((await get('coordinator', `${base(withoutGroup.id)}/conversations`)).statusCode).toBe(404);
    });
  });

  describe('recording', () => {
    it('records the conversation with an approached member, who has now had their conversation', async () => {
      const since = await lastAuditSequence(t.db);
      const response = await record(approached.id, {
        themes: ['role_in_group', 'expectations', 'role_in_group'],
        notes: '  Wil meedenken over werk.  ',
      });
      expect(response.statusCode, response.body).toBe(200);
      const saved = response.json<Conversation>();
      expect(saved).toMatchObject({
        memberId: approached.id,
        heldOn: '2026-02-03',
        themes: ['expectations', 'role_in_group'],
        notes: 'Wil meedenken over werk.',
        sharing: 'not_asked',
        recordedBy: w.coordinator.name,
      });
      expect(await statusOf(approached.id)).toBe('conversation_held');
      const events = await t.db
        .selectFrom('member_events')
        .selectAll()
        .where('member_id', '=', approached.id)
        .orderBy('occurred_at')
        .execute();
      expect(events.at(-1)).toMatchObject({
        from_status: 'approached',
        to_status: 'conversation_held',
        by_account_id: w.coordinator.account_id,
      });
      const audit = await auditRowsAfter(t.db, since);
      expect(audit).toMatchObject([
        {
          action: 'create',
          data_category: 'conversation',
          client_id: w.client.id,
          object_id: approached.id,
          actor_role: 'coordinator',
        },
        { action: 'update', data_category: 'group', client_id: w.client.id, object_id: approached.id },
      ]);
      // The log tells what happened, never what was said.
      expect(JSON.stringify(audit)).not.toContain('meedenken');
    });

    it('corrects the record in place: one per member, and the status stays', async () => {
      const first = (await overview('coordinator')).members.find((m) => m.memberId === approached.id)?.conversation;
      const response = await record(approached.id, {
        heldOn: '2026-02-04',
        themes: ['burden_and_capacity'],
        notes: 'Heeft weinig tijd.',
      });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json<Conversation>()).toMatchObject({
        id: first?.id,
        heldOn: '2026-02-04',
        themes: ['burden_and_capacity'],
      });
      expect(await statusOf(approached.id)).toBe('conversation_held');
      const rows = await t.db.selectFrom('deepening_conversations').select('id').where('member_id', '=', approached.id).execute();
      expect(rows).toHaveLength(1);
    });

    it('records the conversation with an active member, whose status stays', async () => {
      const response = await record(w.clientGroup.member.id, {
        themes: ['history_with_client', 'what_helps_in_meetings'],
        notes: 'Kent de cliënt lang.',
      });
      expect(response.statusCode, response.body).toBe(200);
      expect(await statusOf(w.clientGroup.member.id)).toBe('active');
    });

    it('refuses a nominee not yet approached, a membership that ended and the coordinator, changing nothing', async () => {
      const before = await digest();
      const nominee = await record(w.clientGroup.nominee.id);
      expect(nominee.statusCode).toBe(409);
      expect(nominee.json<Problem>().code).toBe('not_approached');
      for (const ended of [left, declined]) {
        const response = await record(ended.id);
        expect(response.statusCode).toBe(409);
        expect(response.json<Problem>().code).toBe('membership_ended');
      }
      const coordinatorMember = await t.db
        .selectFrom('group_members')
        .select('id')
        .where('group_id', '=', w.clientGroup.group.id)
        .where('role', '=', 'coordinator')
        .executeTakeFirstOrThrow();
      const own = await record(coordinatorMember.id);
      expect(own.statusCode).toBe(409);
      expect(own.json<Problem>().code).toBe('coordinator_member');
      expect(await digest()).toEqual(before);
    });

    it('refuses bad input naming the field, a date in the future among it, and changes nothing', async () => {
      const before = await digest();
      const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
      const cases: [object, string][] = [
        [{ heldOn: tomorrow }, 'heldOn'],
        [{ heldOn: '3-2-2026' }, 'heldOn'],
        [{ themes: ['gossip'] }, 'themes.0'],
        [{ notes: 'x'.repeat(2001) }, 'notes'],
        [{ notes: 'a\u0000b' }, 'notes'],
        [{ whatWasSaid: 'Alles' }, 'whatWasSaid'],
      ];
      for (const [body, field] of cases) {
        const response = await record(approached.id, body);
        expect(response.statusCode, JSON.stringify(body)).toBe(400);
        expect(
          response.json<Problem>().errors?.map((e) => e.field),
          JSON.stringify(body),
        ).toContain(field);
      }
      const sharing = await put('coordinator', sharingUrl(approached.id), { sharing: 'not_asked' });
      expect(sharing.statusCode).toBe(400);
      const mineBad = await put('relative', `${base()}/my-conversation/sharing`, { agree: 'ja' });
      expect(mineBad.statusCode).toBe(400);
      expect(await digest()).toEqual(before);
    });

    it('refuses the rest of the team (403), and hides the client from outsiders (404), changing nothing', async () => {
      const before = await digest();
      for (const who of ['client', 'clinician', 'professional', 'teamLead']) {
        expect((await record(approached.id, {}, who)).statusCode, who).toBe(403);
        expect((await put(who, sharingUrl(approached.id), { sharing: 'agreed' })).statusCode, who).toBe(403);
      }
      for (const who of ['relative', 'researcher']) expect((await record(approached.id, {}, who)).statusCode, who).toBe(403);
      for (const who of ['otherTeam', 'foreign']) {
        expect((await record(approached.id, {}, who)).statusCode, who).toBe(404);
        expect((await put(who, sharingUrl(approached.id), { sharing: 'agreed' })).statusCode, who).toBe(404);
      }
      // A member of another client's group, through this client's address: not found.
      expect((await record(w.otherClientGroup.member.id)).statusCode).toBe(404);
      expect((await record(newId())).statusCode).toBe(404);
      const valid = { heldOn: '2026-02-03', themes: [], notes: '' };
      expect((await put('client', recordUrl(w.otherClientGroup.member.id, w.otherClient.id), valid)).statusCode).toBe(404);
      expect(await digest()).toEqual(before);
    });
  });

  describe('reading', () => {
    it('lets the group clinician read every record, without recording', async () => {
      const view = await overview('clinician');
      expect(view.abilities).toEqual({ record: false });
      expect(byMember(view, approached.id)?.conversation).toMatchObject({
        themes: ['burden_and_capacity'],
        notes: 'Heeft weinig tijd.',
      });
      expect(byMember(view, w.clientGroup.member.id)?.conversation).not.toBeNull();
    });

    it('refuses the team lead, other professionals, relatives and researchers (403), and outsiders (404)', async () => {
      for (const who of ['professional', 'teamLead', 'relative', 'researcher']) {
        expect((await get(who, `${base()}/conversations`)).statusCode, who).toBe(403);
      }
      for (const who of ['otherTeam', 'foreign']) expect((await get(who, `${base()}/conversations`)).statusCode, who).toBe(404);
      for (const who of ['client', 'relative'])
        expect((await get(who, `${base(w.otherClient.id)}/conversations`)).statusCode, who).toBe(404);
    });

    it('lets a clinician read only while they are the group clinician: not before they join, not after they leave', async () => {
      const clinician = await createProfessional(t.db, { organisationId: w.home.id, teamId: w.team.id, role: 'clinician' });
      const session = await t.signIn(clinician.email);
      const read = () => t.request({ method: 'GET', url: `${base()}/conversations`, cookie: session });
      expect((await read()).statusCode).toBe(403);

      const membership = await createMember(t.db, {
        groupId: w.clientGroup.group.id,
        name: clinician.name,
        kind: 'formal',
        role: 'clinician',
        professionalId: clinician.id,
      });
      expect((await read()).statusCode).toBe(200);

      await t.db
        .transaction()
        .execute((trx) =>
          changeMemberStatus(trx, {
            memberId: membership.id,
            to: 'left',
            byAccountId: w.coordinator.account_id,
            reason: 'care_ended',
          }),
        );
      expect((await read()).statusCode).toBe(403);

      // A member of the group without the clinician's role reads nothing either.
      const other = await createProfessional(t.db, { organisationId: w.home.id, teamId: w.team.id, role: 'clinician' });
      await createMember(t.db, { groupId: w.clientGroup.group.id, name: other.name, kind: 'formal', professionalId: other.id });
      expect(
        (await t.request({ method: 'GET', url: `${base()}/conversations`, cookie: await t.signIn(other.email) })).statusCode,
      ).toBe(403);
    });

    it('logs every record read, by member, and never their content', async () => {
      const since = await lastAuditSequence(t.db);
      await overview('coordinator');
      const rows = await auditRowsAfter(t.db, since);
      expect(rows.map((row) => row.object_id).sort()).toEqual([approached.id, w.clientGroup.member.id].sort());
      for (const row of rows)
        expect(row).toMatchObject({ action: 'read', data_category: 'conversation', client_id: w.client.id });
    });

    it('logs a refused read', async () => {
      const since = await lastAuditSequence(t.db);
      await get('teamLead', `${base()}/conversations`);
      expect(await auditRowsAfter(t.db, since)).toMatchObject([
        {
          action: 'access_refused',
          outcome: 'refused',
          data_category: 'conversation',
          client_id: w.client.id,
          actor_role: 'team_lead',
        },
      ]);
    });
  });

  describe('sharing with the client', () => {
    it('shows the client no record the member has not agreed to share', async () => {
      const view = await overview('client');
      expect(view.abilities).toEqual({ record: false });
      for (const member of view.members) {
        expect(member.conversation).toBeNull();
        expect(member.answersInRegie).toBe(false);
      }
    });

    it('answers 404 to asking about a member without a record', async () => {
      const before = await digest();
      const clinicianMember = (await overview('coordinator')).members.find((m) => m.conversation === null);
      expect(clinicianMember).toBeDefined();
      const response = await put('coordinator', sharingUrl(clinicianMember?.memberId ?? ''), { sharing: 'asked' });
      expect(response.statusCode).toBe(404);
      expect(await digest()).toEqual(before);
    });

    it('shows the client a record once the member agreed in person, and hides it again when they withdraw', async () => {
      const agreed = await put('coordinator', sharingUrl(approached.id), { sharing: 'agreed' });
      expect(agreed.statusCode, agreed.body).toBe(200);
      expect(agreed.json<Conversation>().sharing).toBe('agreed');
      let view = await overview('client');
      expect(byMember(view, approached.id)?.conversation).toMatchObject({ themes: ['burden_and_capacity'], sharing: 'agreed' });
      expect(byMember(view, w.clientGroup.member.id)?.conversation).toBeNull();

      expect((await put('coordinator', sharingUrl(approached.id), { sharing: 'declined' })).statusCode).toBe(200);
      view = await overview('client');
      expect(byMember(view, approached.id)?.conversation).toBeNull();
    });

    it('takes the agreement back when the themes or notes change after it, but not for another date', async () => {
      expect((await put('coordinator', sharingUrl(approached.id), { sharing: 'agreed' })).statusCode).toBe(200);
      const sameContent = await record(approached.id, {
        heldOn: '2026-02-05',
        themes: ['burden_and_capacity'],
        notes: 'Heeft weinig tijd.',
      });
      expect(sameContent.json<Conversation>().sharing).toBe('agreed');
      const changed = await record(approached.id, {
        heldOn: '2026-02-05',
        themes: ['burden_and_capacity'],
        notes: 'Heeft weinig tijd, wel op zaterdag.',
      });
      expect(changed.json<Conversation>().sharing).toBe('not_asked');
      expect(byMember(await overview('client'), approached.id)?.conversation).toBeNull();
    });
  });

  describe("the group's checklist", () => {
    const checklistItem = async () => {
      const response = await get('coordinator', `${base()}/group`);
      expect(response.statusCode, response.body).toBe(200);
      const group = response.json<GroupState>().group;
      return group?.phases
        .find((phase) => phase.number === 2)
        ?.checklist.find((item) => item.id === 'conversation_with_every_member');
    };

    it('ticks "a conversation with every member" in phase 2 once every member owed one has had it', async () => {
      const open = (await overview('coordinator')).members.filter((member) => member.conversation === null);
      expect(open.length).toBeGreaterThan(0);
      expect(await checklistItem()).toMatchObject({ mode: 'automatic', done: false });
      for (const member of open) expect((await record(member.memberId)).statusCode, member.name).toBe(200);
      expect(await checklistItem()).toMatchObject({ done: true });
      const members = (await get('coordinator', `${base()}/group`)).json<GroupState>().group?.members ?? [];
      expect(members.find((member) => member.id === approached.id)).toMatchObject({
        status: 'conversation_held',
        conversationHeld: true,
      });
    });
  });

  describe("the member's own record", () => {
    it('shows the relative nothing until the coordinator asks, and refuses an answer then (409)', async () => {
      expect(await mine()).toEqual({ client: { id: w.client.id, name: w.client.name }, conversation: null });
      const before = await digest();
      const response = await put('relative', `${base()}/my-conversation/sharing`, { agree: true });
      expect(response.statusCode).toBe(409);
      expect(response.json<Problem>().code).toBe('not_asked');
      expect(await digest()).toEqual(before);
    });

    it('shows the relative their own record once asked, and takes their answer', async () => {
      expect((await put('coordinator', sharingUrl(w.clientGroup.member.id), { sharing: 'asked' })).statusCode).toBe(200);
      const asked = await mine();
      expect(asked.conversation).toMatchObject({
        memberId: w.clientGroup.member.id,
        notes: 'Kent de cliënt lang.',
        sharing: 'asked',
      });
      // Asked is not agreed: the client does not see it yet.
      expect(byMember(await overview('client'), w.clientGroup.member.id)?.conversation).toBeNull();

      const since = await lastAuditSequence(t.db);
      const yes = await put('relative', `${base()}/my-conversation/sharing`, { agree: true });
      expect(yes.statusCode, yes.body).toBe(200);
      expect(yes.json<MyConversation>().conversation?.sharing).toBe('agreed');
      expect(await auditRowsAfter(t.db, since)).toMatchObject([
        {
          action: 'update',
          data_category: 'conversation',
          client_id: w.client.id,
          object_id: w.clientGroup.member.id,
          actor_role: 'relative',
        },
      ]);
      expect(byMember(await overview('client'), w.clientGroup.member.id)?.conversation).toMatchObject({
        notes: 'Kent de cliënt lang.',
      });

      const no = await put('relative', `${base()}/my-conversation/sharing`, { agree: false });
      expect(no.json<MyConversation>().conversation?.sharing).toBe('declined');
      expect(byMember(await overview('client'), w.clientGroup.member.id)?.conversation).toBeNull();
    });

    it("never shows a relative another member's record, nor the coordinators' overview", async () => {
      const own = await mine();
      expect(own.conversation?.memberId).toBe(w.clientGroup.member.id);
      expect(JSON.stringify(own)).not.toContain('weinig tijd');
      expect((await get('relative', `${base()}/conversations`)).statusCode).toBe(403);
    });

    it('shows a relative who is not a member no record (nothing to answer), and answers the relative of another client 404', async () => {
      const outside = await get('outsideRelative', `${base()}/my-conversation`);
      expect(outside.statusCode).toBe(200);
      expect(outside.json<MyConversation>().conversation).toBeNull();
      const answered = await put('outsideRelative', `${base()}/my-conversation/sharing`, { agree: true });
      expect(answered.statusCode).toBe(409);
      expect(answered.json<{ code: string }>().code).toBe('not_asked');
      expect((await get('otherRelative', `${base()}/my-conversation`)).statusCode).toBe(404);
      expect((await get('relative', `${base(w.otherClient.id)}/my-conversation`)).statusCode).toBe(404);
    });

    it('is for relatives only', async () => {
      for (const who of ['client', 'coordinator', 'clinician']) {
        expect((await get(who, `${base()}/my-conversation`)).statusCode, who).toBe(403);
        expect((await put(who, `${base()}/my-conversation/sharing`, { agree: true })).statusCode, who).toBe(403);
      }
      expect((await t.request({ method: 'GET', url: `${base()}/my-conversation` })).statusCode).toBe(401);
    });
  });
});
