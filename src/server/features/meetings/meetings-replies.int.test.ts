import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Meeting } from '../../../shared/meetings.js';
import { auditRowsAfter, lastAuditSequence } from '../../testing/audit.js';
import { bookkeepingTables, databaseDigest } from '../../testing/database-digest.js';
import {
  createMeeting,
  createMember,
  createNetworkPerson,
  createRelative,
  createWorld,
  type World,
} from '../../testing/factories.js';
import { problemOf } from '../../testing/signed-in.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { meetingCalls, meetingUrl, type MeetingCalls, type MeetingsClient } from './meetings-testing.js';

// Members who cannot sign in are invited by mail and tell whoever invited them whether they come.
// Whoever plans the client's meetings writes that answer down (PUT …/reply with a memberId): the
// client, or their coordinator for them. Nobody else, not for someone who answers in Regie
// themselves, and not for someone who was not invited.

describe('writing down the answer of an invitee who cannot sign in', () => {
  let t: TestApp;
  let w: World;
  let c: MeetingCalls;
  let client: MeetingsClient;
  let meeting: Meeting;
  /** Known only from the network map, with an address there. */
  let mapOnlyId: string;
  /** A relative of the client's without an account. */
  let noAccountId: string;
  /** A professional of another team, with an account that does not open this client's meetings. */
  let outsiderId: string;
  /** Active in the group but not yet a member when the meeting was planned. */
  let latecomerId: string;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db);
    c = await meetingCalls(t, w);
    client = await c.newClient('owner');
    const aunt = await createNetworkPerson(t.db, {
      clientId: client.id,
      relation: 'other_family',
      email: 'tante@voorbeeld.test',
    });
    mapOnlyId = (await createMember(t.db, { groupId: client.groupId, name: aunt.name, networkPersonId: aunt.id })).id;
    const cousin = await createRelative(t.db, { clientId: client.id });
    await t.db.updateTable('relatives').set({ account_id: null }).where('id', '=', cousin.id).execute();
    noAccountId = (await createMember(t.db, { groupId: client.groupId, name: cousin.name, relativeId: cousin.id })).id;
    outsiderId = (
      await createMember(t.db, {
        groupId: client.groupId,
        name: w.otherTeamCoordinator.name,
        kind: 'formal',
        professionalId: w.otherTeamCoordinator.id,
      })
    ).id;
    meeting = await c.plan('owner', client.id);
    const neighbour = await createNetworkPerson(t.db, { clientId: client.id, relation: 'neighbour' });
    latecomerId = (await createMember(t.db, { groupId: client.groupId, name: neighbour.name, networkPersonId: neighbour.id })).id;
  });

  afterAll(() => t.close());

  const replyUrl = (meetingId = meeting.id, clientId = client.id) => meetingUrl(clientId, meetingId, '/reply');
  const answerOf = async (meetingId: string, memberId: string) =>
    (
      await t.db
        .selectFrom('meeting_invitees')
        .select(['answer', 'answered_at'])
        .where('meeting_id', '=', meetingId)
        .where('member_id', '=', memberId)
        .executeTakeFirstOrThrow()
    ).answer;

  it('tells whoever plans which invitees answer in Regie themselves, and no one else', async () => {
    const seen = await c.meeting('owner', client.id, meeting.id);
    expect(Object.fromEntries(seen.invitees.map((invitee) => [invitee.memberId, invitee.answersInRegie]))).toEqual({
      [client.coordinatorMemberId]: true,
      [client.clinicianMemberId]: true,
      [client.relativeMemberId]: true,
      [mapOnlyId]: false,
      [noAccountId]: false,
      [outsiderId]: false,
    });
    for (const who of ['ownerRelative', 'clinician'])
      expect((await c.meeting(who, client.id, meeting.id)).invitees, who).toEqual([]);
  });

  it('lets the client write down the answer of someone from the network map: stored, counted and audited', async () => {
    const since = await lastAuditSequence(t.db);
    const response = await c.send('owner', 'PUT', replyUrl(), { answer: 'yes', memberId: mapOnlyId });
    expect(response.statusCode, response.body).toBe(200);
    const answered = response.json<Meeting>();
    expect(answered.replyCounts).toEqual({ yes: 1, no: 0, maybe: 0, none: 5 });
    expect(answered.invitees.find((invitee) => invitee.memberId === mapOnlyId)).toMatchObject({
      answer: 'yes',
      answersInRegie: false,
    });
    expect(answered.invitees.find((invitee) => invitee.memberId === mapOnlyId)?.answeredAt).not.toBeNull();
    // The client was not invited to their own meeting: the answer is not theirs.
    expect(answered.myAnswer).toBeNull();
    expect(await answerOf(meeting.id, mapOnlyId)).toBe('yes');
    expect(await auditRowsAfter(t.db, since)).toMatchObject([
      {
        action: 'update',
        data_category: 'meetings',
        client_id: client.id,
        object_id: meeting.id,
        actor_role: 'client',
        on_behalf_of_account_id: null,
      },
    ]);

    // A new answer replaces the one before, for a relative without an account and a professional of another team too.
    for (const memberId of [mapOnlyId, noAccountId, outsiderId]) {
      const again = await c.send('owner', 'PUT', replyUrl(), { answer: 'no', memberId });
      expect(again.statusCode, again.body).toBe(200);
      expect(await answerOf(meeting.id, memberId)).toBe('no');
    }
    expect((await c.meeting('clinician', client.id, meeting.id)).replyCounts).toEqual({ yes: 0, no: 3, maybe: 0, none: 3 });
  });

  it('refuses it to everyone else who sees the meetings (403), and to outsiders (404), changing nothing', async () => {
    const before = await databaseDigest(t.db, bookkeepingTables);
    // The coordinator has not been asked to plan, the relative and the clinician are invited themselves.
    for (const who of ['coordinator', 'ownerRelative', 'clinician', 'professional']) {
      const response = await c.send(who, 'PUT', replyUrl(), { answer: 'maybe', memberId: mapOnlyId });
      expect(response.statusCode, who).toBe(403);
      if (who === 'coordinator')
        expect(problemOf(response).title).toBe(
          "Only the client, or their coordinator for them, writes down someone else's answer.",
        );
    }
    for (const who of ['otherTeam', 'relative', 'client']) {
      const response = await c.send(who, 'PUT', replyUrl(), { answer: 'maybe', memberId: mapOnlyId });
      expect(response.statusCode, who).toBe(404);
    }
    expect(await databaseDigest(t.db, bookkeepingTables)).toEqual(before);
  });

  it('refuses it for someone who answers in Regie themselves (409), changing nothing', async () => {
    const before = await databaseDigest(t.db, bookkeepingTables);
    for (const memberId of [client.relativeMemberId, client.clinicianMemberId, client.coordinatorMemberId]) {
      const response = await c.send('owner', 'PUT', replyUrl(), { answer: 'yes', memberId });
      expect(response.statusCode, response.body).toBe(409);
      expect(problemOf(response)).toMatchObject({ code: 'answers_in_regie', title: 'This person answers in Regie themselves.' });
    }
    expect(await databaseDigest(t.db, bookkeepingTables)).toEqual(before);
  });

  it('refuses it for someone not invited to this meeting (422 naming memberId), changing nothing', async () => {
    const nominee = await createMember(t.db, { groupId: client.groupId, name: 'Genomineerd', status: 'nominated' });
    const before = await databaseDigest(t.db, bookkeepingTables);
    for (const memberId of [latecomerId, nominee.id, w.clientGroup.member.id, crypto.randomUUID()]) {
      const response = await c.send('owner', 'PUT', replyUrl(), { answer: 'yes', memberId });
      expect(response.statusCode, response.body).toBe(422);
      expect(problemOf(response)).toMatchObject({ code: 'not_invited', errors: [{ field: 'memberId', code: 'not_invited' }] });
    }
    const malformed = await c.send('owner', 'PUT', replyUrl(), { answer: 'yes', memberId: 'tante' });
    expect(malformed.statusCode).toBe(400);
    expect(problemOf(malformed).errors?.map((error) => error.field)).toContain('memberId');
    expect(await databaseDigest(t.db, bookkeepingTables)).toEqual(before);
  });

  it('refuses it for a meeting that began or was cancelled (409), changing nothing', async () => {
    const begun = await createMeeting(t.db, {
      groupId: client.groupId,
      createdByAccountId: w.coordinator.account_id,
      daysFromToday: 0,
      time: '00:00',
      inviteeMemberIds: [mapOnlyId],
    });
    const cancelled = await createMeeting(t.db, {
      groupId: client.groupId,
      createdByAccountId: w.coordinator.account_id,
      status: 'cancelled',
      inviteeMemberIds: [mapOnlyId],
    });
    const before = await databaseDigest(t.db, bookkeepingTables);
    for (const [meetingId, code] of [
      [begun.id, 'meeting_started'],
      [cancelled.id, 'meeting_cancelled'],
    ] as const) {
      const response = await c.send('owner', 'PUT', replyUrl(meetingId), { answer: 'yes', memberId: mapOnlyId });
      expect(response.statusCode, response.body).toBe(409);
      expect(problemOf(response).code).toBe(code);
    }
    expect(await databaseDigest(t.db, bookkeepingTables)).toEqual(before);
  });

  it('lets the coordinator write it down once asked, on behalf of the client, and no longer once that stops', async () => {
    await c.delegate('owner', client.id, true);
    const since = await lastAuditSequence(t.db);
    const response = await c.send('coordinator', 'PUT', replyUrl(), { answer: 'maybe', memberId: mapOnlyId });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<Meeting>().invitees.find((invitee) => invitee.memberId === mapOnlyId)?.answer).toBe('maybe');
    expect(await auditRowsAfter(t.db, since)).toMatchObject([
      {
        action: 'update',
        object_id: meeting.id,
        actor_account_id: w.coordinator.account_id,
        actor_role: 'coordinator',
        on_behalf_of_account_id: client.accountId,
      },
    ]);
    await c.delegate('owner', client.id, false);
    const refused = await c.send('coordinator', 'PUT', replyUrl(), { answer: 'yes', memberId: mapOnlyId });
    expect(refused.statusCode).toBe(403);
    expect(await answerOf(meeting.id, mapOnlyId)).toBe('maybe');
  });

  it('lets the coordinator write it down alone for a client without an account, in their own name', async () => {
    const quiet = await c.newClient('quiet', { withAccount: false });
    const friend = await createNetworkPerson(t.db, { clientId: quiet.id, relation: 'friend' });
    const friendId = (await createMember(t.db, { groupId: quiet.groupId, name: friend.name, networkPersonId: friend.id })).id;
    const planned = await c.plan('coordinator', quiet.id);
    const since = await lastAuditSequence(t.db);
    const response = await c.send('coordinator', 'PUT', replyUrl(planned.id, quiet.id), { answer: 'yes', memberId: friendId });
    expect(response.statusCode, response.body).toBe(200);
    expect(await answerOf(planned.id, friendId)).toBe('yes');
    expect(await auditRowsAfter(t.db, since)).toMatchObject([
      { action: 'update', object_id: planned.id, actor_role: 'coordinator', on_behalf_of_account_id: null },
    ]);
    // The coordinator is invited too, and answers in Regie for themself.
    const own = await c.send('coordinator', 'PUT', replyUrl(planned.id, quiet.id), {
      answer: 'yes',
      memberId: quiet.coordinatorMemberId,
    });
    expect(own.statusCode).toBe(409);
    const plain = await c.send('coordinator', 'PUT', replyUrl(planned.id, quiet.id), { answer: 'yes' });
    expect(plain.statusCode, plain.body).toBe(200);
    expect(plain.json<Meeting>().myAnswer).toBe('yes');
  });
});
