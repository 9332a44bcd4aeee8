import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GroupState } from '../../../shared/groups.js';
import type { StartEvaluation, StartEvaluationBody } from '../../../shared/meetings.js';
import { auditRowsAfter, lastAuditSequence } from '../../testing/audit.js';
import { createWorld, type World } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { meetingUrl } from './meetings-testing.js';
import { insertMeeting, minutesCalls, type MinutesCalls } from './minutes-testing.js';

// The evaluation client and coordinator hold after the start meeting (issue 6): theirs to record,
// once the start meeting was held, and it completes the group's checklist item `start_evaluated`.

describe('the evaluation of the start meeting', () => {
  let t: TestApp;
  let w: World;
  let c: MinutesCalls;
  let start: { id: string };

  const body: StartEvaluationBody = {
    howDidItGo: 'Spannend, maar iedereen kwam.',
    whatToKeep: 'Koffie vooraf.',
    whatToChange: 'Eerder beginnen.',
  };
  const evaluate = (who: string, meeting: { id: string }, payload: object = body, clientId = w.client.id) =>
    c.send(who, 'PUT', meetingUrl(clientId, meeting.id, '/start-evaluation'), payload);
  const meetingOf = (values: Partial<Parameters<typeof insertMeeting>[1]> = {}) =>
    insertMeeting(t, {
      groupId: w.clientGroup.group.id,
      createdByAccountId: w.client.account_id ?? '',
      daysFromToday: -1,
      kind: 'start',
      ...values,
    });
  /** Whether the group's checklist shows `start_evaluated` done, as the client reads the group. */
  const startEvaluated = async () => {
    const response = await c.get('client', `/api/clients/${w.client.id}/group`);
    expect(response.statusCode, response.body).toBe(200);
    const phase = response.json<GroupState>().group?.phases.find((candidate) => candidate.number === 4);
    const item = phase?.checklist.find((candidate) => candidate.id === 'start_evaluated');
    expect(item).toBeDefined();
    return item?.done;
  };
  const stored = () => t.db.selectFrom('start_evaluations').selectAll().where('meeting_id', '=', start.id).execute();

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db);
    c = await minutesCalls(t, w);
    // The world's start meeting, begun yesterday.
    start = w.clientGroup.meeting;
  });

  afterAll(() => t.close());

  it('is refused to members who see the meetings (403), and not found for anyone else (404)', async () => {
    for (const who of ['relative', 'minuteTaker', 'clinician', 'teamLead'])
      await c.refused(() => evaluate(who, start), 403, 'forbidden');
    for (const who of ['hidden', 'otherRelative', 'otherTeam', 'foreign']) await c.refused(() => evaluate(who, start), 404);
    await c.refused(() => evaluate('anonymous', start), 401);
    expect(await startEvaluated()).toBe(false);
  });

  it('refuses a meeting that is not the start meeting, has not been held or was cancelled (409)', async () => {
    const followUp = await meetingOf({ kind: 'follow_up' });
    const coming = await meetingOf({ daysFromToday: 1 });
    const cancelled = await meetingOf({ status: 'cancelled' });
    await c.refused(() => evaluate('client', followUp), 409, 'not_start_meeting');
    await c.refused(() => evaluate('client', coming), 409, 'meeting_not_held');
    await c.refused(() => evaluate('coordinator', cancelled), 409, 'meeting_cancelled');
  });

  it('refuses a blank answer (400)', async () => {
    const problem = await c.refused(() => evaluate('client', start, { ...body, whatToChange: '   ' }), 400, 'validation_failed');
    expect(problem.errors?.map((e) => e.field)).toEqual(['whatToChange']);
  });

  it('is not found for a meeting of another client’s group', async () => {
    const other = await insertMeeting(t, {
      groupId: w.otherClientGroup.group.id,
      createdByAccountId: w.coordinator.account_id,
      daysFromToday: -1,
      kind: 'start',
    });
    await c.refused(() => evaluate('client', other), 404);
    await c.refused(() => evaluate('coordinator', other), 404);
  });

  it('is recorded by the client and ticks start_evaluated on the group’s checklist', async () => {
    const before = await lastAuditSequence(t.db);
    const response = await evaluate('client', start);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<StartEvaluation>()).toMatchObject(body);
    expect(await startEvaluated()).toBe(true);
    const rows = await auditRowsAfter(t.db, before);
    expect(rows.filter((row) => row.action !== 'read').map((row) => [row.action, row.data_category, row.object_id])).toEqual([
      ['create', 'meetings', start.id],
      ['update', 'group', w.clientGroup.group.id],
    ]);
  });

  it('is recorded again by the coordinator in their own name: one evaluation, the tick kept', async () => {
    const again = { ...body, whatToChange: 'Een kortere agenda.' };
    const before = await lastAuditSequence(t.db);
    const response = await evaluate('coordinator', start, again);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<StartEvaluation>()).toMatchObject(again);
    const rows = await stored();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      what_to_change: 'Een kortere agenda.',
      recorded_by_account_id: w.coordinator.account_id,
      on_behalf_of_account_id: null,
    });
    expect(await startEvaluated()).toBe(true);
    const audit = await auditRowsAfter(t.db, before);
    expect(
      audit.filter((row) => row.action !== 'read').map((row) => [row.action, row.data_category, row.on_behalf_of_account_id]),
    ).toEqual([['update', 'meetings', null]]);
  });
});
