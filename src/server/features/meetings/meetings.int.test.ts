import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amsterdamToUtc } from '../../../domain/amsterdam-time.js';
import type { Meeting, MeetingBody } from '../../../shared/meetings.js';
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
import {
  dayFromToday,
  inviteesOf,
  mailJobsOf,
  meetingBody,
  meetingCalls,
  meetingsUrl,
  reminderJobsOf,
  type MeetingCalls,
  type MeetingsClient,
} from './meetings-testing.js';

// Planning, changing and cancelling: the method's rules on a meeting (422 naming the field, nothing
// changed), invitations to the active members, updates only when the date, time, duration
// or place changes, the agenda's items keeping their minutes, and cancelling.

describe('planning, changing and cancelling a meeting', () => {
  let t: TestApp;
  let w: World;
  let c: MeetingCalls;
  let client: MeetingsClient;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db);
    c = await meetingCalls(t, w);
    client = await c.newClient('owner');
  });

  afterAll(() => t.close());

  const url = (rest = '') => meetingsUrl(client.id, rest);

  it('invites every active member but a relative who does not see meetings, queues their mails and the reminder, and audits the plan', async () => {
    // A client of their own, so that the people added here do not change the others' invitations.
    const inviter = await c.newClient('inviter');
    // Besides the three active members: a nominee, a relative who left, a relative the client does not
    // share meetings with, a relative whose place in the client's circle ended, two people known only
    // from the map (one with an address, one without), and a professional of another team.
    const nominee = await createMember(t.db, { groupId: inviter.groupId, name: 'Buurvrouw', status: 'nominated' });
    const leftRelative = await createRelative(t.db, { clientId: inviter.id });
    const left = await createMember(t.db, {
      groupId: inviter.groupId,
      name: leftRelative.name,
      relativeId: leftRelative.id,
      status: 'left',
    });
    const privateRelative = await createRelative(t.db, { clientId: inviter.id });
    const unshared = await createMember(t.db, {
      groupId: inviter.groupId,
      name: privateRelative.name,
      relativeId: privateRelative.id,
    });
    await c.shareMeetings('inviter', inviter.id, privateRelative.id, false);
    const endedRelative = await createRelative(t.db, { clientId: inviter.id });
    const ended = await createMember(t.db, { groupId: inviter.groupId, name: endedRelative.name, relativeId: endedRelative.id });
    await t.db.updateTable('relatives').set({ ended_at: new Date().toISOString() }).where('id', '=', endedRelative.id).execute();
    const aunt = await createNetworkPerson(t.db, {
      clientId: inviter.id,
      relation: 'other_family',
      email: 'tante@voorbeeld.test',
    });
    const mapOnly = await createMember(t.db, { groupId: inviter.groupId, name: aunt.name, networkPersonId: aunt.id });
    const peer = await createNetworkPerson(t.db, { clientId: inviter.id, relation: 'peer_expert' });
    const noAddress = await createMember(t.db, {
      groupId: inviter.groupId,
      name: peer.name,
      kind: 'peer',
      networkPersonId: peer.id,
    });
    const outsider = await createMember(t.db, {
      groupId: inviter.groupId,
      name: w.otherTeamCoordinator.name,
      kind: 'formal',
      professionalId: w.otherTeamCoordinator.id,
    });

    const since = await lastAuditSequence(t.db);
    const body = meetingBody({
      kind: 'theme',
      theme: 'Omgaan met spanning',
      locationKind: 'video',
      locationDetail: 'https://video.voorbeeld.nl/groep',
      chairMemberId: inviter.coordinatorMemberId,
      minuteTakerMemberId: inviter.relativeMemberId,
      agenda: [{ code: 'opening' }, { code: 'custom', title: '  Wat   helpt mij  ' }, { code: 'closing_round' }],
    });
    const planned = await c.plan('inviter', inviter.id, body);
    expect(planned).toMatchObject({
      kind: 'theme',
      theme: 'Omgaan met spanning',
      date: body.date,
      time: '19:00',
      startsAt: amsterdamToUtc(body.date, '19:00'),
      durationMinutes: 60,
      locationKind: 'video',
      locationDetail: 'https://video.voorbeeld.nl/groep',
      status: 'planned',
      held: false,
      minutesStatus: 'draft',
      chair: { kind: 'member', memberId: inviter.coordinatorMemberId },
      minuteTaker: { memberId: inviter.relativeMemberId, name: inviter.relative.name },
      channel: 'Een groepsapp',
      replyCounts: { yes: 0, no: 0, maybe: 0, none: 6 },
      abilities: { edit: true, reply: false, seeReplies: true, readMinutes: true, evaluate: false },
      startEvaluation: null,
    });
    expect(planned.agenda.map((item) => [item.code, item.title])).toEqual([
      ['opening', null],
      ['custom', 'Wat helpt mij'],
      ['closing_round', null],
    ]);

    const invited = [
      inviter.coordinatorMemberId,
      inviter.clinicianMemberId,
      inviter.relativeMemberId,
      mapOnly.id,
      noAddress.id,
      outsider.id,
    ].sort();
    expect(await inviteesOf(t, planned.id)).toEqual(invited);
    for (const notInvited of [nominee.id, left.id, unshared.id, ended.id]) expect(invited).not.toContain(notInvited);
    // Those without an address get a job too: it looks for one when it runs (meeting-jobs.int.test.ts).
    expect(await mailJobsOf(t, planned.id)).toEqual(invited.map((memberId) => ({ memberId, sequence: 0, method: 'request' })));
    expect(await reminderJobsOf(t, planned.id)).toEqual([{ startsAt: planned.startsAt, status: 'pending' }]);
    expect(await auditRowsAfter(t.db, since)).toMatchObject([
      { action: 'create', data_category: 'meetings', client_id: inviter.id, object_id: planned.id, actor_role: 'client' },
    ]);
    // The client sees them all under the replies, the ones from the map still without an answer.
    expect(planned.invitees.map((invitee) => invitee.memberId).sort()).toEqual(invited);
    expect(planned.invitees.find((invitee) => invitee.memberId === mapOnly.id)).toMatchObject({ name: aunt.name, answer: null });
  });

  it('drops what a kind or location does not use: the theme of a follow-up, the address of the client’s home', async () => {
    const planned = await c.plan('owner', client.id, {
      theme: 'Niet nodig',
      locationKind: 'client_home',
      locationDetail: 'Dorpsstraat 1',
      channel: '',
    });
    expect(planned).toMatchObject({ kind: 'follow_up', theme: null, locationDetail: null, channel: null });
  });

  const refusals: [string, Partial<MeetingBody> | (() => Partial<MeetingBody>), string, string][] = [
    ['a moment that has passed', () => ({ date: dayFromToday(-1) }), 'in_past', 'date'],
    ['today at midnight', () => ({ date: dayFromToday(0), time: '00:00' }), 'in_past', 'date'],
    ['a theme meeting without a theme', { kind: 'theme', theme: null }, 'theme_required', 'theme'],
    [
      'elsewhere without a place',
      { locationKind: 'elsewhere', locationDetail: '  ' },
      'location_detail_required',
      'locationDetail',
    ],
    ['a video call without a link', { locationKind: 'video' }, 'location_detail_required', 'locationDetail'],
    [
      'a video link that is no web address',
      { locationKind: 'video', locationDetail: 'javascript:alert(1)' },
      'video_link_invalid',
      'locationDetail',
    ],
    ['a chair who is only nominated', () => ({ chairMemberId: nomineeId }), 'member_not_active', 'chairMemberId'],
    ['a chair from another group', () => ({ chairMemberId: w.clientGroup.member.id }), 'member_not_active', 'chairMemberId'],
    [
      'a minute-taker unknown to the group',
      { minuteTakerMemberId: crypto.randomUUID() },
      'member_not_active',
      'minuteTakerMemberId',
    ],
    [
      'the chair taking the minutes too',
      () => ({ chairMemberId: client.relativeMemberId, minuteTakerMemberId: client.relativeMemberId }),
      'minute_taker_is_chair',
      'minuteTakerMemberId',
    ],
    [
      'a standard item twice',
      { agenda: [{ code: 'support' }, { code: 'closing_round' }, { code: 'support' }] },
      'agenda_item_twice',
      'agenda.2',
    ],
    [
      'an agenda item id of another meeting',
      () => ({ agenda: [{ id: w.clientGroup.meeting.agendaItemIds[0], code: 'support' }] }),
      'agenda_item_unknown',
      'agenda.0',
    ],
  ];
  let nomineeId = '';

  it.each(refusals)('refuses %s (422, naming the field) and changes nothing', async (_name, change, code, field) => {
    nomineeId ||= (await createMember(t.db, { groupId: client.groupId, name: 'Genomineerd', status: 'nominated' })).id;
    const body = meetingBody(typeof change === 'function' ? change() : change);
    const before = await databaseDigest(t.db, bookkeepingTables);
    const response = await c.send('owner', 'POST', url(), body);
    expect(response.statusCode, response.body).toBe(422);
    expect(problemOf(response)).toMatchObject({ code, errors: [{ field, code }] });
    expect(await databaseDigest(t.db, bookkeepingTables)).toEqual(before);
  });

  it('refuses more than twelve agenda items at the edge (400)', async () => {
    const agenda = Array.from({ length: 13 }, (_, n) => ({ code: 'custom' as const, title: `Punt ${n}` }));
    const response = await c.send('owner', 'POST', url(), meetingBody({ agenda }));
    expect(response.statusCode).toBe(400);
    expect(problemOf(response).errors?.map((error) => error.field)).toContain('agenda');
  });

  it('keeps one start meeting per group: a second is refused (409) until the first is cancelled', async () => {
    const fresh = await c.newClient('starter');
    const first = await c.plan('starter', fresh.id, { kind: 'start' });
    const second = await c.send('starter', 'POST', meetingsUrl(fresh.id), meetingBody({ kind: 'start', time: '09:00' }));
    expect(second.statusCode).toBe(409);
    expect(problemOf(second).code).toBe('start_meeting_exists');
    const other = await c.plan('starter', fresh.id, { time: '09:30' });
    const turned = await c.send(
      'starter',
      'PUT',
      meetingsUrl(fresh.id, `/${other.id}`),
      meetingBody({ kind: 'start', time: '09:30' }),
    );
    expect(turned.statusCode).toBe(409);
    expect(
      await t.db.selectFrom('meetings').select('id').where('kind', '=', 'start').where('group_id', '=', fresh.groupId).execute(),
    ).toEqual([{ id: first.id }]);
    // The start meeting itself may be changed and stays the start meeting.
    expect(
      (await c.send('starter', 'PUT', meetingsUrl(fresh.id, `/${first.id}`), meetingBody({ kind: 'start', time: '20:30' })))
        .statusCode,
    ).toBe(200);
    expect((await c.send('starter', 'POST', meetingsUrl(fresh.id, `/${first.id}/cancel`))).statusCode).toBe(200);
    await c.plan('starter', fresh.id, { kind: 'start', time: '09:00' });
  });

  it('refuses two start meetings sent at once: one is planned', async () => {
    const racer = await c.newClient('racer');
    const answers = await Promise.all(
      ['09:00', '10:00', '11:00'].map((time) =>
        c.send('racer', 'POST', meetingsUrl(racer.id), meetingBody({ kind: 'start', time })),
      ),
    );
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 409, 409]);
  });

  it('sends an update for a new time (sequence + 1), and moves the reminder', async () => {
    const planned = await c.plan('owner', client.id, { time: '18:00' });
    const since = await lastAuditSequence(t.db);
    const moved = await c.send('owner', 'PUT', url(`/${planned.id}`), meetingBody({ date: dayFromToday(22), time: '18:30' }));
    expect(moved.statusCode, moved.body).toBe(200);
    const changed = moved.json<Meeting>();
    expect(changed).toMatchObject({ date: dayFromToday(22), time: '18:30', startsAt: amsterdamToUtc(dayFromToday(22), '18:30') });
    const row = await t.db.selectFrom('meetings').select('sequence').where('id', '=', planned.id).executeTakeFirstOrThrow();
    expect(row.sequence).toBe(1);
    const invited = [client.coordinatorMemberId, client.clinicianMemberId, client.relativeMemberId].sort();
    expect(await mailJobsOf(t, planned.id)).toEqual([
      ...invited.map((memberId) => ({ memberId, sequence: 0, method: 'request' })),
      ...invited.map((memberId) => ({ memberId, sequence: 1, method: 'request' })),
    ]);
    expect(await reminderJobsOf(t, planned.id)).toEqual([
      { startsAt: planned.startsAt, status: 'cancelled' },
      { startsAt: changed.startsAt, status: 'pending' },
    ]);
    expect(await auditRowsAfter(t.db, since)).toMatchObject([
      { action: 'update', data_category: 'meetings', client_id: client.id, object_id: planned.id },
    ]);

    // A longer meeting, and another place: news too, with the reminder where it was.
    const longer = await c.send(
      'owner',
      'PUT',
      url(`/${planned.id}`),
      meetingBody({ date: dayFromToday(22), time: '18:30', durationMinutes: 90 }),
    );
    expect(longer.statusCode).toBe(200);
    const elsewhere = await c.send(
      'owner',
      'PUT',
      url(`/${planned.id}`),
      meetingBody({
        date: dayFromToday(22),
        time: '18:30',
        durationMinutes: 90,
        locationKind: 'elsewhere',
        locationDetail: 'Buurthuis De Linde',
      }),
    );
    expect(elsewhere.statusCode).toBe(200);
    expect(
      (await t.db.selectFrom('meetings').select('sequence').where('id', '=', planned.id).executeTakeFirstOrThrow()).sequence,
    ).toBe(3);
    expect((await mailJobsOf(t, planned.id)).filter((job) => job.sequence === 3)).toHaveLength(3);
    expect(await reminderJobsOf(t, planned.id)).toEqual([
      { startsAt: planned.startsAt, status: 'cancelled' },
      { startsAt: changed.startsAt, status: 'pending' },
    ]);
  });

  it('sends nothing for a new agenda, chair, minute-taker or channel; agenda items sent with their id keep their minutes', async () => {
    const planned = await c.plan('owner', client.id, { time: '17:00' });
    const [first, second, third] = planned.agenda;
    if (!first || !second || !third) throw new Error('the template has items');
    await t.db.updateTable('meeting_agenda_items').set({ notes: 'Al besproken' }).where('id', '=', second.id).execute();
    const jobsBefore = await mailJobsOf(t, planned.id);
    const response = await c.send(
      'owner',
      'PUT',
      url(`/${planned.id}`),
      meetingBody({
        time: '17:00',
        chairMemberId: client.relativeMemberId,
        minuteTakerMemberId: client.clinicianMemberId,
        channel: 'Elke maand bellen',
        agenda: [
          { id: second.id, code: second.code as 'support' },
          { code: 'closing_round' },
          { id: first.id, code: first.code as 'goal_progress' },
        ],
      }),
    );
    expect(response.statusCode, response.body).toBe(200);
    const changed = response.json<Meeting>();
    expect(changed.agenda.map((item) => item.code)).toEqual([second.code, 'closing_round', first.code]);
    expect(changed.agenda[0]?.id).toBe(second.id);
    expect(changed.agenda[2]?.id).toBe(first.id);
    expect(changed).toMatchObject({
      chair: { kind: 'member', memberId: client.relativeMemberId },
      minuteTaker: { memberId: client.clinicianMemberId },
      channel: 'Elke maand bellen',
    });
    const items = await t.db
      .selectFrom('meeting_agenda_items')
      .select(['id', 'notes'])
      .where('meeting_id', '=', planned.id)
      .execute();
    expect(items).toHaveLength(3);
    expect(items.find((item) => item.id === second.id)?.notes).toBe('Al besproken');
    expect(items.map((item) => item.id)).not.toContain(third.id);
    expect(
      (await t.db.selectFrom('meetings').select('sequence').where('id', '=', planned.id).executeTakeFirstOrThrow()).sequence,
    ).toBe(0);
    expect(await mailJobsOf(t, planned.id)).toEqual(jobsBefore);
  });

  it('invites an active member who joined since with any change; the others hear of it only with news', async () => {
    const planned = await c.plan('owner', client.id, { time: '16:00' });
    const joiner = await createRelative(t.db, { clientId: client.id });
    const member = await createMember(t.db, { groupId: client.groupId, name: joiner.name, relativeId: joiner.id });
    const neighbour = await createNetworkPerson(t.db, { clientId: client.id, relation: 'neighbour' });
    const fromMap = await createMember(t.db, { groupId: client.groupId, name: neighbour.name, networkPersonId: neighbour.id });
    const agendaOnly = await c.send(
      'owner',
      'PUT',
      url(`/${planned.id}`),
      meetingBody({ time: '16:00', agenda: [{ code: 'support' }] }),
    );
    expect(agendaOnly.statusCode, agendaOnly.body).toBe(200);
    expect(await inviteesOf(t, planned.id)).toEqual(expect.arrayContaining([member.id, fromMap.id]));
    const firstMails = (await mailJobsOf(t, planned.id)).filter((job) => job.sequence === 0).map((job) => job.memberId);
    expect(firstMails).toEqual(expect.arrayContaining([member.id, fromMap.id]));
    expect(await mailJobsOf(t, planned.id)).toHaveLength(5);
  });

  it('cancels a meeting: its invited are told (sequence + 1), the reminder stops, and it cannot be changed or cancelled again', async () => {
    const planned = await c.plan('owner', client.id, { time: '15:00' });
    await c.send('ownerRelative', 'PUT', url(`/${planned.id}/reply`), { answer: 'yes' });
    const since = await lastAuditSequence(t.db);
    const response = await c.send('owner', 'POST', url(`/${planned.id}/cancel`));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<Meeting>()).toMatchObject({
      status: 'cancelled',
      held: false,
      abilities: { edit: false, reply: false },
    });
    const row = await t.db
      .selectFrom('meetings')
      .select(['status', 'sequence', 'cancelled_at'])
      .where('id', '=', planned.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'cancelled', sequence: 1 });
    expect(row.cancelled_at).not.toBeNull();
    const invited = await inviteesOf(t, planned.id);
    expect(invited).toContain(client.relativeMemberId);
    expect((await mailJobsOf(t, planned.id)).filter((job) => job.method === 'cancel')).toEqual(
      invited.map((memberId) => ({ memberId, sequence: 1, method: 'cancel' })),
    );
    expect(await reminderJobsOf(t, planned.id)).toEqual([{ startsAt: planned.startsAt, status: 'cancelled' }]);
    expect(await auditRowsAfter(t.db, since)).toMatchObject([
      { action: 'update', object_id: planned.id, data_category: 'meetings' },
    ]);

    const before = await databaseDigest(t.db, bookkeepingTables);
    for (const [method, path, payload] of [
      ['PUT', `/${planned.id}`, meetingBody()],
      ['POST', `/${planned.id}/cancel`, undefined],
    ] as const) {
      const again = await c.send('owner', method, url(path), payload);
      expect(again.statusCode).toBe(409);
      expect(problemOf(again).code).toBe('meeting_cancelled');
    }
    expect(await databaseDigest(t.db, bookkeepingTables)).toEqual(before);
  });

  it('refuses to change or cancel a meeting that has begun (409), and to check the body of one', async () => {
    const begun = await createMeeting(t.db, {
      groupId: client.groupId,
      createdByAccountId: w.coordinator.account_id,
      daysFromToday: -1,
    });
    const before = await databaseDigest(t.db, bookkeepingTables);
    for (const [method, path, payload] of [
      ['PUT', `/${begun.id}`, meetingBody()],
      ['PUT', `/${begun.id}`, meetingBody({ date: dayFromToday(-3) })],
      ['POST', `/${begun.id}/cancel`, undefined],
    ] as const) {
      const response = await c.send('owner', method, url(path), payload);
      expect(response.statusCode).toBe(409);
      expect(problemOf(response).code).toBe('meeting_started');
    }
    expect((await c.meeting('owner', client.id, begun.id)).abilities.edit).toBe(false);
    expect(await databaseDigest(t.db, bookkeepingTables)).toEqual(before);
  });
});
