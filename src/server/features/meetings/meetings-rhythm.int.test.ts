import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '../../../domain/amsterdam-time.js';
import type { GroupState } from '../../../shared/groups.js';
import type { MeetingAttention, MeetingList, MyMeeting, Rhythm } from '../../../shared/meetings.js';
import { auditRowsAfter, lastAuditSequence } from '../../testing/audit.js';
import { bookkeepingTables, databaseDigest } from '../../testing/database-digest.js';
import { createMeeting, createWorld, type World } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import {
  dayFromToday,
  meetingBody,
  meetingCalls,
  meetingsUrl,
  rhythmUrl,
  type MeetingCalls,
  type MeetingsClient,
} from './meetings-testing.js';

// The rhythm of a group's meetings, the checklist items the meetings tick, one's own meetings across
// groups, and the coordinator's list of groups whose next meeting is due.

describe('the rhythm, the checklist and the lists across groups', () => {
  let t: TestApp;
  let w: World;
  let c: MeetingCalls;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db);
    c = await meetingCalls(t, w);
  });

  afterAll(() => t.close());

  const rhythmOf = async (who: string, clientId: string): Promise<Rhythm> => {
    const response = await c.get(who, meetingsUrl(clientId));
    expect(response.statusCode, response.body).toBe(200);
    return response.json<MeetingList>().rhythm;
  };
  const pastMeeting = (client: MeetingsClient, daysAgo: number, kind: 'start' | 'follow_up' | 'theme' = 'follow_up') =>
    createMeeting(t.db, { groupId: client.groupId, createdByAccountId: w.coordinator.account_id, kind, daysFromToday: -daysAgo });

  it('has no rhythm before the first meeting, is planned with one to come, and overdue three months after the last', async () => {
    const client = await c.newClient('rhythm');
    expect(await rhythmOf('rhythm', client.id)).toEqual({
      state: 'none_yet',
      dueDate: null,
      intervalMonths: 3,
      lastHeld: null,
      next: null,
    });

    const last = await pastMeeting(client, 120);
    const overdue = await rhythmOf('coordinator', client.id);
    expect(overdue).toEqual({
      state: 'overdue',
      dueDate: addMonths(last.date, 3),
      intervalMonths: 3,
      lastHeld: last.date,
      next: null,
    });

    // A theme meeting comes on top: it neither keeps the rhythm nor stands in for the next follow-up.
    const theme = await c.plan('rhythm', client.id, { kind: 'theme', theme: 'Terugval voorkomen', agenda: [{ code: 'theme' }] });
    expect(await rhythmOf('rhythmRelative', client.id)).toMatchObject({
      state: 'overdue',
      next: { id: theme.id, kind: 'theme', date: theme.date, time: theme.time },
    });
    // Nor does a cancelled follow-up.
    await createMeeting(t.db, { groupId: client.groupId, createdByAccountId: w.coordinator.account_id, status: 'cancelled' });
    expect((await rhythmOf('rhythm', client.id)).state).toBe('overdue');

    const followUp = await c.plan('rhythm', client.id, { date: dayFromToday(30) });
    expect(await rhythmOf('rhythm', client.id)).toMatchObject({
      state: 'planned',
      lastHeld: last.date,
      next: { id: theme.id },
    });
    expect(followUp.kind).toBe('follow_up');
  });

  it('is due soon within four weeks of the due date, and follows the interval the client sets', async () => {
    const client = await c.newClient('interval');
    const last = await pastMeeting(client, 80);
    expect(await rhythmOf('interval', client.id)).toMatchObject({ state: 'due_soon', dueDate: addMonths(last.date, 3) });

    const since = await lastAuditSequence(t.db);
    const response = await c.send('interval', 'PUT', rhythmUrl(client.id), { intervalMonths: 6 });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<Rhythm>()).toEqual({
      state: 'not_due',
      dueDate: addMonths(last.date, 6),
      intervalMonths: 6,
      lastHeld: last.date,
      next: null,
    });
    expect(await auditRowsAfter(t.db, since)).toMatchObject([
      { action: 'update', data_category: 'meetings', client_id: client.id, object_id: client.groupId, actor_role: 'client' },
    ]);
    expect(await rhythmOf('interval', client.id)).toMatchObject({ state: 'not_due', intervalMonths: 6 });

    const before = await databaseDigest(t.db, bookkeepingTables);
    for (const intervalMonths of [0, 13, 2.5, '3']) {
      const refused = await c.send('interval', 'PUT', rhythmUrl(client.id), { intervalMonths });
      expect(refused.statusCode, String(intervalMonths)).toBe(400);
    }
    for (const who of ['coordinator', 'intervalRelative', 'clinician'])
      expect((await c.send(who, 'PUT', rhythmUrl(client.id), { intervalMonths: 1 })).statusCode, who).toBe(403);
    expect((await c.send('otherTeam', 'PUT', rhythmUrl(client.id), { intervalMonths: 1 })).statusCode).toBe(404);
    expect(await databaseDigest(t.db, bookkeepingTables)).toEqual(before);
  });

  it("ticks the group's checklist items from its start meeting, and unticks them when it is cancelled", async () => {
    const client = await c.newClient('checklist');
    const items = async () => {
      const response = await c.get('checklist', `/api/clients/${client.id}/group`);
      expect(response.statusCode, response.body).toBe(200);
      const done = new Map(
        (response.json<GroupState>().group?.phases ?? []).flatMap((phase) => phase.checklist.map((item) => [item.id, item.done])),
      );
      return Object.fromEntries(
        [
          'first_meeting_dated',
          'agenda_made',
          'chair_chosen',
          'minute_taker_chosen',
          'location_chosen',
          'channel_chosen',
          'start_meeting_held',
        ].map((id) => [id, done.get(id)]),
      );
    };
    const none = {
      first_meeting_dated: false,
      agenda_made: false,
      chair_chosen: false,
      minute_taker_chosen: false,
      location_chosen: false,
      channel_chosen: false,
      start_meeting_held: false,
    };
    expect(await items()).toEqual(none);
    // A follow-up is no start meeting.
    await c.plan('checklist', client.id);
    expect(await items()).toEqual(none);

    const start = await c.plan('checklist', client.id, { kind: 'start', agenda: [], channel: null, time: '10:00' });
    expect(await items()).toEqual({ ...none, first_meeting_dated: true, chair_chosen: true, location_chosen: true });
    const filled = await c.send(
      'checklist',
      'PUT',
      meetingsUrl(client.id, `/${start.id}`),
      meetingBody({
        kind: 'start',
        time: '10:00',
        minuteTakerMemberId: client.relativeMemberId,
        agenda: [{ code: 'introductions' }],
      }),
    );
    expect(filled.statusCode, filled.body).toBe(200);
    expect(await items()).toEqual({
      ...none,
      ...Object.fromEntries(Object.keys(none).map((id) => [id, true])),
      start_meeting_held: false,
    });

    expect((await c.send('checklist', 'POST', meetingsUrl(client.id, `/${start.id}/cancel`))).statusCode).toBe(200);
    expect(await items()).toEqual(none);

    await createMeeting(t.db, {
      groupId: client.groupId,
      createdByAccountId: w.coordinator.account_id,
      kind: 'start',
      daysFromToday: -1,
      minuteTakerMemberId: client.relativeMemberId,
    });
    expect(await items()).toEqual(Object.fromEntries(Object.keys(none).map((id) => [id, true])));
  });

  it('lists the meetings to come that someone is invited to, soonest first, as their sharing allows', async () => {
    const client = await c.newClient('mine');
    const later = await c.plan('mine', client.id, { date: dayFromToday(40) });
    const sooner = await c.plan('mine', client.id, { date: dayFromToday(10) });
    await c.send('mineRelative', 'PUT', meetingsUrl(client.id, `/${sooner.id}/reply`), { answer: 'yes' });
    // Begun an hour ago and still going on, and one that ended yesterday.
    const going = await createMeeting(t.db, {
      groupId: client.groupId,
      createdByAccountId: w.coordinator.account_id,
      daysFromToday: 0,
      time: '00:00',
      durationMinutes: 240,
      inviteeMemberIds: [client.relativeMemberId],
    });
    const goingOn = Date.parse(going.startsAt) + 240 * 60_000 > Date.now();
    const ended = await pastMeeting(client, 1);
    await t.db
      .insertInto('meeting_invitees')
      .values({
        id: crypto.randomUUID(),
        meeting_id: ended.id,
        member_id: client.relativeMemberId,
        invited_at: new Date().toISOString(),
        answer: null,
        answered_at: null,
        reminded_at: null,
      })
      .execute();
    const mine = async (who: string) => {
      const response = await c.get(who, '/api/my-meetings');
      expect(response.statusCode, response.body).toBe(200);
      return response.json<{ meetings: MyMeeting[] }>().meetings.filter((meeting) => meeting.client.id === client.id);
    };
    const expected = [...(goingOn ? [going.id] : []), sooner.id, later.id];
    const relative = await mine('mineRelative');
    expect(relative.map((meeting) => meeting.id)).toEqual(expected);
    expect(relative.find((meeting) => meeting.id === sooner.id)).toMatchObject({
      client: { id: client.id, name: client.name },
      kind: 'follow_up',
      date: sooner.date,
      time: sooner.time,
      locationKind: 'client_home',
      myAnswer: 'yes',
    });
    // The client sees their own group's; the clinician is invited to the two planned through Regie.
    expect((await mine('mine')).map((meeting) => meeting.id)).toEqual(expected);
    expect((await mine('clinician')).map((meeting) => meeting.id)).toEqual([sooner.id, later.id]);
    expect(await mine('professional')).toEqual([]);

    await c.shareMeetings('mine', client.id, client.relative.id, false);
    expect(await mine('mineRelative')).toEqual([]);
    await c.shareMeetings('mine', client.id, client.relative.id, true);

    // The world's relative: the follow-up to come, not the start meeting that began yesterday.
    const world = (await c.get('relative', '/api/my-meetings')).json<{ meetings: MyMeeting[] }>().meetings;
    expect(world.map((meeting) => meeting.id)).toEqual([w.clientGroup.nextMeeting.id]);
    for (const who of ['researcher', 'admin']) expect((await c.get(who, '/api/my-meetings')).statusCode, who).toBe(403);
  });

  it("flags to a coordinator only their own clients' groups whose next meeting is overdue or due soon", async () => {
    const overdue = await c.newClient('late', { phase: 4 });
    const lastLate = await pastMeeting(overdue, 120, 'start');
    const soon = await c.newClient('soon', { phase: 5 });
    const lastSoon = await pastMeeting(soon, 80);
    const planned = await c.newClient('planned', { phase: 5 });
    await pastMeeting(planned, 120);
    await c.plan('planned', planned.id);
    const early = await c.newClient('early', { phase: 3 });
    await pastMeeting(early, 120);
    const notDue = await c.newClient('notDue', { phase: 5 });
    await pastMeeting(notDue, 10);
    const others = await c.newClient('others', { phase: 5, coordinatorId: w.otherProfessional.id });
    await pastMeeting(others, 120);

    const since = await lastAuditSequence(t.db);
    const response = await c.get('coordinator', '/api/meeting-attention');
    expect(response.statusCode, response.body).toBe(200);
    const mine = response.json<MeetingAttention>().groups;
    const ours = new Set([overdue.id, soon.id, planned.id, early.id, notDue.id, others.id]);
    const flagged = mine.filter((group) => ours.has(group.client.id));
    expect(flagged.map(({ client, state, dueDate }) => ({ client, state, dueDate }))).toEqual([
      { client: { id: overdue.id, name: overdue.name }, state: 'overdue', dueDate: addMonths(lastLate.date, 3) },
      { client: { id: soon.id, name: soon.name }, state: 'due_soon', dueDate: addMonths(lastSoon.date, 3) },
    ]);
    for (const group of flagged) expect(group.groupName).not.toBe('');
    // The world's groups are in the deepening phase: no meetings due yet.
    expect(mine.map((group) => group.client.id)).not.toContain(w.client.id);
    expect(await auditRowsAfter(t.db, since)).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'read', data_category: 'meetings', client_id: overdue.id })]),
    );

    const otherTeam = (await c.get('otherTeam', '/api/meeting-attention')).json<MeetingAttention>();
    expect(otherTeam.groups).toEqual([]);
    for (const who of ['client', 'relative', 'clinician', 'professional', 'teamLead', 'researcher', 'admin'])
      expect((await c.get(who, '/api/meeting-attention')).statusCode, who).toBe(403);
    expect((await c.get('anonymous', '/api/meeting-attention')).statusCode).toBe(401);
  });
});
