import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, amsterdamDay } from '../../../domain/amsterdam-time.js';
import type { Adoption } from '../../../shared/plans.js';
import { newId } from '../../platform/ids/ids.js';
import { createMeeting, createWorld, type World } from '../../testing/factories.js';
import { rowCounts } from '../../testing/row-counts.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { planCalls, planUrl, problemOf, type PlanCalls } from './plan-testing.js';

// PRODUCT.md §5–6: the group agrees on the plan at a meeting. The adoption names that meeting, or
// Regie finds it by its day; a meeting that cannot have been the one (another group's, cancelled,
// still to come, on another day) is refused and nothing is recorded.

describe('adopting the plan at a meeting', () => {
  let t: TestApp;
  let w: World;
  let c: PlanCalls;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db);
    c = await planCalls(t, w);
  });

  afterAll(() => t.close());

  const day = (fromToday: number) => addDays(amsterdamDay(new Date()), fromToday);
  const adopt = (who: string, clientId: string, body: { meetingOn: string; meetingId?: string }) =>
    c.send(who, 'POST', planUrl(clientId, '/adoptions'), body);
  const meetingOf = (groupId: string, values: { daysFromToday: number; time?: string; status?: 'planned' | 'cancelled' }) =>
    createMeeting(t.db, { groupId, createdByAccountId: w.coordinator.account_id, ...values });
  /** A client whose plan has something to agree on. */
  const clientWithPlan = async (as: string) => {
    const client = await c.newClient(as);
    await c.addGoal(as, client.id, { horizon: 'long', text: 'Weer zelfstandig wonen' });
    return client;
  };
  const storedAdoptions = (groupId: string) =>
    t.db
      .selectFrom('plan_adoptions')
      .innerJoin('plans', 'plans.id', 'plan_adoptions.plan_id')
      .select(['plan_adoptions.meeting_on', 'plan_adoptions.meeting_id'])
      .where('plans.group_id', '=', groupId)
      .execute();

  it('links the adoption to the meeting the client names, and the plan shows which meeting it was', async () => {
    const client = await clientWithPlan('naming');
    const meeting = await meetingOf(client.groupId, { daysFromToday: -7 });

    const adopted = await adopt('naming', client.id, { meetingOn: day(-7), meetingId: meeting.id });
    expect(adopted.statusCode, adopted.body).toBe(201);
    expect(adopted.json<Adoption>()).toMatchObject({ version: 1, meetingOn: day(-7), meetingId: meeting.id });
    expect((await c.plan('naming', client.id)).adoption).toMatchObject({ meetingOn: day(-7), meetingId: meeting.id });
    expect((await c.plan('namingRelative', client.id)).adoption?.meetingId).toBe(meeting.id);
    expect((await c.versions('naming', client.id)).adoption?.meetingId).toBe(meeting.id);

    // Sent twice (a double click), it is recorded once.
    const again = await adopt('naming', client.id, { meetingOn: day(-7), meetingId: meeting.id });
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json<Adoption>().adoptedAt).toBe(adopted.json<Adoption>().adoptedAt);
    expect(await storedAdoptions(client.groupId)).toEqual([{ meeting_on: day(-7), meeting_id: meeting.id }]);
  });

  it("refuses another client's meeting, a cancelled one, one still to come and one on another day, recording nothing", async () => {
    const client = await clientWithPlan('refused');
    const other = await c.newClient('otherClient');
    const othersMeeting = await meetingOf(other.groupId, { daysFromToday: -3 });
    const cancelled = await meetingOf(client.groupId, { daysFromToday: -3, status: 'cancelled' });
    const coming = await meetingOf(client.groupId, { daysFromToday: 2 });
    const held = await meetingOf(client.groupId, { daysFromToday: -5 });

    const cases = [
      { body: { meetingOn: day(-3), meetingId: othersMeeting.id }, code: 'meeting_unknown', field: 'meetingId' },
      { body: { meetingOn: day(-3), meetingId: newId() }, code: 'meeting_unknown', field: 'meetingId' },
      { body: { meetingOn: day(-3), meetingId: cancelled.id }, code: 'meeting_cancelled', field: 'meetingId' },
      { body: { meetingOn: day(0), meetingId: coming.id }, code: 'meeting_not_held', field: 'meetingId' },
      { body: { meetingOn: day(-4), meetingId: held.id }, code: 'meeting_other_day', field: 'meetingOn' },
    ];
    const before = await rowCounts(t.db, ['plan_adoptions', 'plan_versions', 'audit_events']);
    for (const { body, code, field } of cases) {
      const refused = await adopt('refused', client.id, body);
      expect(refused.statusCode, `${code}: ${refused.body}`).toBe(422);
      const problem = problemOf(refused);
      expect(problem.code).toBe(code);
      expect(problem.errors?.map((error) => error.field)).toEqual([field]);
    }
    expect(await rowCounts(t.db, ['plan_adoptions', 'plan_versions', 'audit_events'])).toEqual(before);
    expect((await c.plan('refused', client.id)).adoption).toBeNull();

    // The right day with the held meeting is taken.
    const adopted = await adopt('refused', client.id, { meetingOn: day(-5), meetingId: held.id });
    expect(adopted.statusCode, adopted.body).toBe(201);
    expect(adopted.json<Adoption>().meetingId).toBe(held.id);
  });

  it("links a date alone to the group's only held meeting of that day, passing over a cancelled one", async () => {
    const client = await clientWithPlan('dated');
    await meetingOf(client.groupId, { daysFromToday: -2, time: '10:00', status: 'cancelled' });
    const meeting = await meetingOf(client.groupId, { daysFromToday: -2, time: '19:30' });
    // Another group's meeting that day is not this group's meeting.
    const other = await c.newClient('datedOther');
    await meetingOf(other.groupId, { daysFromToday: -2 });

    const adopted = await adopt('dated', client.id, { meetingOn: day(-2) });
    expect(adopted.statusCode, adopted.body).toBe(201);
    expect(adopted.json<Adoption>().meetingId).toBe(meeting.id);
    expect((await c.plan('dated', client.id)).adoption?.meetingId).toBe(meeting.id);
    expect(await storedAdoptions(client.groupId)).toEqual([{ meeting_on: day(-2), meeting_id: meeting.id }]);
  });

  it('leaves a date alone unlinked when no meeting, or more than one, was held that day', async () => {
    const client = await clientWithPlan('undated');
    await meetingOf(client.groupId, { daysFromToday: -10 });

    const alone = await adopt('undated', client.id, { meetingOn: day(-9) });
    expect(alone.statusCode, alone.body).toBe(201);
    expect(alone.json<Adoption>()).toMatchObject({ meetingOn: day(-9), meetingId: null });
    expect((await c.plan('undated', client.id)).adoption).toMatchObject({ meetingOn: day(-9), meetingId: null });

    // Two meetings on one day: which one it was is not for Regie to guess.
    await meetingOf(client.groupId, { daysFromToday: -6, time: '10:00' });
    await meetingOf(client.groupId, { daysFromToday: -6, time: '19:30' });
    const twice = await adopt('undated', client.id, { meetingOn: day(-6) });
    expect(twice.statusCode, twice.body).toBe(201);
    expect(twice.json<Adoption>().meetingId).toBeNull();
    expect(await storedAdoptions(client.groupId)).toEqual(
      expect.arrayContaining([
        { meeting_on: day(-9), meeting_id: null },
        { meeting_on: day(-6), meeting_id: null },
      ]),
    );
  });
});
