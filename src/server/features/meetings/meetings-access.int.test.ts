import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Meeting, MeetingDraft, MeetingList } from '../../../shared/meetings.js';
import { auditRowsAfter, lastAuditSequence } from '../../testing/audit.js';
import { bookkeepingTables, databaseDigest } from '../../testing/database-digest.js';
import { createMeeting, createWorld, type World } from '../../testing/factories.js';
import { problemOf } from '../../testing/signed-in.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { meetingBody, meetingCalls, meetingsUrl, rhythmUrl, type MeetingCalls, type MeetingsClient } from './meetings-testing.js';

// Who sees and who plans meetings (the brief's rules, SECURITY.md "Access control"): the client plans,
// their coordinator for them when asked (alone for a client without an account); the team and the
// relatives the client shares meetings with see them; anyone else is told they are not there.

describe('who sees and plans meetings', () => {
  let t: TestApp;
  let w: World;
  let c: MeetingCalls;
  let client: MeetingsClient;
  let upcoming: Meeting;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db);
    c = await meetingCalls(t, w);
    client = await c.newClient('owner');
    upcoming = await c.plan('owner', client.id, { minuteTakerMemberId: client.relativeMemberId });
  });

  afterAll(() => t.close());

  const reads = () => [meetingsUrl(client.id), meetingsUrl(client.id, `/${upcoming.id}`)];
  const planning = (): ['POST' | 'PUT', string, object | undefined][] => [
    ['POST', meetingsUrl(client.id), meetingBody()],
    ['PUT', meetingsUrl(client.id, `/${upcoming.id}`), meetingBody({ time: '20:00' })],
    ['POST', meetingsUrl(client.id, `/${upcoming.id}/cancel`), undefined],
    ['PUT', rhythmUrl(client.id), { intervalMonths: 4 }],
  ];
  const draftUrl = () => meetingsUrl(client.id, '/draft?kind=follow_up');

  /** Tries the draft and every change as `who`: each gets `status`, and nothing in the database changes. */
  const expectPlanningRefused = async (who: string, status: number) => {
    const before = await databaseDigest(t.db, bookkeepingTables);
    expect((await c.get(who, draftUrl())).statusCode, `${who} draft`).toBe(status);
    for (const [method, url, payload] of planning()) {
      const response = await c.send(who, method, url, payload);
      expect(response.statusCode, `${who} ${method} ${url}: ${response.body}`).toBe(status);
    }
    expect(await databaseDigest(t.db, bookkeepingTables)).toEqual(before);
  };

  it('lets the client plan: the draft, a meeting with its invitations, and the group sees it', async () => {
    const draft = (await c.get('owner', draftUrl())).json<MeetingDraft>();
    expect(draft.kind).toBe('follow_up');
    expect(draft.agenda.map((item) => item.code)).toEqual([
      'goal_progress',
      'support',
      'early_signs',
      'agreements',
      'group_composition',
      'next_meeting',
    ]);
    expect(draft.durationMinutes).toBe(60);
    // The last meeting's channel is kept; the client chaired it, so Regie proposes the client again.
    expect(draft.channel).toBe('Een groepsapp');
    expect(draft.chairMemberId).toBeNull();
    // The relative took the minutes last time: the clinician is next (the coordinator never is).
    expect(draft.minuteTakerMemberId).toBe(client.clinicianMemberId);
    expect(draft.members.map((member) => member.id).sort()).toEqual(
      [client.coordinatorMemberId, client.clinicianMemberId, client.relativeMemberId].sort(),
    );

    const list = (await c.get('owner', meetingsUrl(client.id))).json<MeetingList>();
    expect(list.abilities).toEqual({ plan: true });
    expect(list.meetings.map((meeting) => meeting.id)).toEqual([upcoming.id]);
    expect(list.rhythm).toMatchObject({ state: 'planned', lastHeld: null, next: { id: upcoming.id, kind: 'follow_up' } });
    for (const who of ['coordinator', 'clinician', 'professional', 'teamLead', 'ownerRelative']) {
      for (const url of reads()) expect((await c.get(who, url)).statusCode, `${who} ${url}`).toBe(200);
      const seen = (await c.get(who, meetingsUrl(client.id))).json<MeetingList>();
      expect(seen.abilities.plan, who).toBe(false);
    }
  });

  it('starts a meeting of the start kind from its own template and the coordinator as chair', async () => {
    const fresh = await c.newClient('starter');
    const draft = (await c.get('starter', meetingsUrl(fresh.id, '/draft?kind=start'))).json<MeetingDraft>();
    expect(draft.agenda[0]?.code).toBe('introductions');
    expect(draft.chairMemberId).toBe(fresh.coordinatorMemberId);
    // Neither the chair nor the coordinator: of the rest, the informal network first.
    expect(draft.minuteTakerMemberId).toBe(fresh.relativeMemberId);
    expect(draft.channel).toBeNull();
    expect((await c.get('starter', meetingsUrl(fresh.id, '/draft?kind=meeting'))).statusCode).toBe(400);
  });

  it('refuses planning to everyone else who sees the meetings (403), the coordinator told how the client can ask', async () => {
    for (const who of ['coordinator', 'clinician', 'professional', 'teamLead', 'ownerRelative'])
      await expectPlanningRefused(who, 403);
    const refused = await c.send('coordinator', 'POST', meetingsUrl(client.id), meetingBody());
    expect(problemOf(refused).title).toContain('direction');
  });

  it('answers outsiders, and roles that never see a client, as if there were no meetings', async () => {
    for (const who of ['otherTeam', 'foreign']) {
      for (const url of reads()) expect((await c.get(who, url)).statusCode, `${who} ${url}`).toBe(404);
      await expectPlanningRefused(who, 404);
      expect((await c.send(who, 'PUT', meetingsUrl(client.id, `/${upcoming.id}/reply`), { answer: 'yes' })).statusCode).toBe(404);
    }
    for (const who of ['researcher', 'admin']) {
      for (const url of reads()) expect((await c.get(who, url)).statusCode, `${who} ${url}`).toBe(403);
      await expectPlanningRefused(who, 403);
    }
    for (const url of reads()) expect((await c.get('anonymous', url)).statusCode).toBe(401);
  });

  it("answers another client's meeting under this client's path with 404, and a meeting of this client under another's", async () => {
    const foreignMeeting = w.otherClientGroup.nextMeeting.id;
    const before = await databaseDigest(t.db, bookkeepingTables);
    for (const who of ['owner', 'coordinator']) {
      expect((await c.get(who, meetingsUrl(client.id, `/${foreignMeeting}`))).statusCode, who).toBe(404);
      expect((await c.send(who, 'POST', meetingsUrl(client.id, `/${foreignMeeting}/cancel`))).statusCode, who).toBe(
        who === 'owner' ? 404 : 403,
      );
    }
    expect((await c.send('owner', 'PUT', meetingsUrl(client.id, `/${foreignMeeting}`), meetingBody())).statusCode).toBe(404);
    expect(
      (await c.send('coordinator', 'PUT', meetingsUrl(client.id, `/${foreignMeeting}/reply`), { answer: 'no' })).statusCode,
    ).toBe(404);
    // The world's client's own meeting, asked for under this client: not theirs to see either.
    expect((await c.get('client', meetingsUrl(client.id, `/${upcoming.id}`))).statusCode).toBe(404);
    expect((await c.get('coordinator', meetingsUrl(w.client.id, `/${upcoming.id}`))).statusCode).toBe(404);
    expect(await databaseDigest(t.db, bookkeepingTables)).toEqual(before);
  });

  it('hides the meetings from a relative the client stops sharing them with (404), and shows them again', async () => {
    await c.shareMeetings('owner', client.id, client.relative.id, false);
    for (const url of reads()) expect((await c.get('ownerRelative', url)).statusCode, url).toBe(404);
    expect(
      (await c.send('ownerRelative', 'PUT', meetingsUrl(client.id, `/${upcoming.id}/reply`), { answer: 'yes' })).statusCode,
    ).toBe(404);
    await expectPlanningRefused('ownerRelative', 404);
    await c.shareMeetings('owner', client.id, client.relative.id, true);
    for (const url of reads()) expect((await c.get('ownerRelative', url)).statusCode, url).toBe(200);
  });

  it('shows every reply to the client and their coordinator only; the others see the counts and their own', async () => {
    const replied = await c.send('ownerRelative', 'PUT', meetingsUrl(client.id, `/${upcoming.id}/reply`), { answer: 'maybe' });
    expect(replied.statusCode, replied.body).toBe(200);
    for (const who of ['owner', 'coordinator']) {
      const seen = await c.meeting(who, client.id, upcoming.id);
      expect(seen.abilities.seeReplies, who).toBe(true);
      expect(seen.invitees.map((invitee) => [invitee.memberId, invitee.answer]).sort()).toEqual(
        [
          [client.coordinatorMemberId, null],
          [client.clinicianMemberId, null],
          [client.relativeMemberId, 'maybe'],
        ].sort(),
      );
      expect(seen.members.length > 0, who).toBe(who === 'owner');
    }
    for (const who of ['clinician', 'professional', 'ownerRelative']) {
      const seen = await c.meeting(who, client.id, upcoming.id);
      expect(seen.abilities.seeReplies, who).toBe(false);
      expect(seen.invitees, who).toEqual([]);
      expect(seen.members, who).toEqual([]);
      expect(seen.replyCounts, who).toEqual({ yes: 0, no: 0, maybe: 1, none: 2 });
      expect(seen.myAnswer, who).toBe(who === 'ownerRelative' ? 'maybe' : null);
      expect(seen.abilities.reply, who).toBe(who !== 'professional');
      expect(seen.abilities.edit, who).toBe(false);
    }
    const list = (await c.get('ownerRelative', meetingsUrl(client.id))).json<MeetingList>();
    expect(list.meetings.find((meeting) => meeting.id === upcoming.id)?.myAnswer).toBe('maybe');
  });

  it('lets only the invited reply (403 for the client and the team not in the group), then counts the reply', async () => {
    const before = await databaseDigest(t.db, bookkeepingTables);
    for (const who of ['owner', 'professional', 'teamLead']) {
      const response = await c.send(who, 'PUT', meetingsUrl(client.id, `/${upcoming.id}/reply`), { answer: 'yes' });
      expect(response.statusCode, who).toBe(403);
    }
    expect(await databaseDigest(t.db, bookkeepingTables)).toEqual(before);
    const since = await lastAuditSequence(t.db);
    const answered = await c.send('clinician', 'PUT', meetingsUrl(client.id, `/${upcoming.id}/reply`), { answer: 'no' });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json<Meeting>()).toMatchObject({ myAnswer: 'no', replyCounts: { no: 1 } });
    expect(await auditRowsAfter(t.db, since)).toMatchObject([
      { action: 'update', data_category: 'meetings', client_id: client.id, object_id: upcoming.id, actor_role: 'clinician' },
    ]);
    const seen = await c.meeting('owner', client.id, upcoming.id);
    expect(seen.invitees.find((invitee) => invitee.memberId === client.clinicianMemberId)).toMatchObject({ answer: 'no' });
    expect(seen.invitees.find((invitee) => invitee.memberId === client.clinicianMemberId)?.answeredAt).not.toBeNull();
  });

  it('takes no reply to a meeting that began or was cancelled (409)', async () => {
    const begun = await createMeeting(t.db, {
      groupId: client.groupId,
      createdByAccountId: w.coordinator.account_id,
      daysFromToday: 0,
      time: '00:00',
      inviteeMemberIds: [client.relativeMemberId],
    });
    const cancelled = await createMeeting(t.db, {
      groupId: client.groupId,
      createdByAccountId: w.coordinator.account_id,
      status: 'cancelled',
      inviteeMemberIds: [client.relativeMemberId],
    });
    const before = await databaseDigest(t.db, bookkeepingTables);
    for (const [meetingId, code] of [
      [begun.id, 'meeting_started'],
      [cancelled.id, 'meeting_cancelled'],
    ] as const) {
      const response = await c.send('ownerRelative', 'PUT', meetingsUrl(client.id, `/${meetingId}/reply`), { answer: 'yes' });
      expect(response.statusCode).toBe(409);
      expect(problemOf(response).code).toBe(code);
      const seen = await c.meeting('ownerRelative', client.id, meetingId);
      expect(seen.abilities.reply).toBe(false);
    }
    expect(await databaseDigest(t.db, bookkeepingTables)).toEqual(before);
  });

  it('lets the coordinator plan, change and cancel for the client once asked, recorded on behalf of the client', async () => {
    await c.delegate('owner', client.id, true);
    const since = await lastAuditSequence(t.db);
    const planned = await c.plan('coordinator', client.id, { date: meetingBody().date, time: '10:00' });
    expect((await c.get('coordinator', meetingsUrl(client.id))).json<MeetingList>().abilities.plan).toBe(true);
    const changed = await c.send('coordinator', 'PUT', meetingsUrl(client.id, `/${planned.id}`), meetingBody({ time: '11:00' }));
    expect(changed.statusCode, changed.body).toBe(200);
    const rhythm = await c.send('coordinator', 'PUT', rhythmUrl(client.id), { intervalMonths: 2 });
    expect(rhythm.statusCode, rhythm.body).toBe(200);
    const cancelled = await c.send('coordinator', 'POST', meetingsUrl(client.id, `/${planned.id}/cancel`));
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const stored = await t.db
      .selectFrom('meetings')
      .select(['created_by_account_id', 'on_behalf_of_account_id'])
      .where('id', '=', planned.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ created_by_account_id: w.coordinator.account_id, on_behalf_of_account_id: client.accountId });
    const writes = (await auditRowsAfter(t.db, since)).filter((row) => row.action !== 'read');
    expect(writes.map((row) => [row.action, row.object_id])).toEqual([
      ['create', planned.id],
      ['update', planned.id],
      ['update', client.groupId],
      ['update', planned.id],
    ]);
    for (const row of writes)
      expect(row).toMatchObject({
        data_category: 'meetings',
        client_id: client.id,
        actor_account_id: w.coordinator.account_id,
        on_behalf_of_account_id: client.accountId,
      });

    // Switched off again: back to 403, and the client's own changes carry no on-behalf-of.
    await c.delegate('owner', client.id, false);
    await expectPlanningRefused('coordinator', 403);
    const sinceOwn = await lastAuditSequence(t.db);
    await c.plan('owner', client.id, { time: '12:00' });
    expect(await auditRowsAfter(t.db, sinceOwn)).toMatchObject([
      { action: 'create', actor_role: 'client', on_behalf_of_account_id: null },
    ]);
  });

  it('lets the coordinator plan alone for a client without an account, in their own name', async () => {
    const quiet = await c.newClient('quiet', { withAccount: false });
    const since = await lastAuditSequence(t.db);
    const planned = await c.plan('coordinator', quiet.id);
    expect(planned.abilities.edit).toBe(true);
    expect(await auditRowsAfter(t.db, since)).toMatchObject([
      { action: 'create', data_category: 'meetings', actor_role: 'coordinator', on_behalf_of_account_id: null },
    ]);
    // The rest of the team still only reads.
    expect((await c.send('clinician', 'POST', meetingsUrl(quiet.id), meetingBody())).statusCode).toBe(403);
  });

  it('asks for a group first: 409 no_group for a change, 404 for a read', async () => {
    const { id } = await c.newClient('groupless');
    await t.db.updateTable('groups').set({ closed_at: new Date().toISOString() }).where('client_id', '=', id).execute();
    const before = await databaseDigest(t.db, bookkeepingTables);
    const planned = await c.send('groupless', 'POST', meetingsUrl(id), meetingBody());
    expect(planned.statusCode).toBe(409);
    expect(problemOf(planned).code).toBe('no_group');
    expect((await c.send('groupless', 'PUT', rhythmUrl(id), { intervalMonths: 3 })).statusCode).toBe(409);
    expect((await c.get('groupless', meetingsUrl(id))).statusCode).toBe(404);
    expect(await databaseDigest(t.db, bookkeepingTables)).toEqual(before);
  });

  it('logs reads, and refusals, in the audit log', async () => {
    const since = await lastAuditSequence(t.db);
    await c.get('ownerRelative', meetingsUrl(client.id, `/${upcoming.id}`));
    await c.get('otherTeam', meetingsUrl(client.id, `/${upcoming.id}`));
    expect(await auditRowsAfter(t.db, since)).toMatchObject([
      { action: 'read', outcome: 'success', data_category: 'meetings', client_id: client.id, object_id: upcoming.id },
      { action: 'access_refused', outcome: 'refused', data_category: 'meetings', client_id: client.id, object_id: upcoming.id },
    ]);
  });
});
