// Shared by the minutes' integration tests: meetings of the world's client made by the factory (held
// ones included, which the API cannot plan), the people around the minutes signed in, and short ways
// to call the routes. Not used by the app.
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Minutes } from '../../../shared/meetings.js';
import type { Problem } from '../../../shared/problem.js';
import { bookkeepingTables, databaseDigest } from '../../testing/database-digest.js';
import { createMeeting, createMember, createRelative, type World } from '../../testing/factories.js';
import { bodyOf, problemOf, signInEach, worldPeople, type SignedIn } from '../../testing/signed-in.js';
import type { TestApp } from '../../testing/test-app.js';
import { meetingUrl } from './meetings-testing.js';

export interface TestMeeting {
  id: string;
  /** The Amsterdam day it starts on (YYYY-MM-DD). */
  date: string;
  /** The agenda's three item ids, in agenda order. */
  itemIds: [string, string, string];
}

/**
 * A meeting of the group `daysFromToday` days from today at 10:00 (negative: it has begun), made by
 * the factory with a three-item agenda whose positions are then shuffled and whose last item becomes
 * one of the client's own, so that reading the items in agenda order is seen.
 */
export async function insertMeeting(
  t: TestApp,
  values: {
    groupId: string;
    createdByAccountId: string;
    daysFromToday: number;
    kind?: 'start' | 'follow_up' | 'theme';
    status?: 'planned' | 'cancelled';
    chairMemberId?: string | null;
    minuteTakerMemberId?: string | null;
  },
): Promise<TestMeeting> {
  const meeting = await createMeeting(t.db, { ...values, time: '10:00', agenda: ['agreements', 'goal_progress', 'support'] });
  const [third, first, second] = meeting.agendaItemIds as [string, string, string];
  const place = (id: string, position: number, own?: string) =>
    t.db
      .updateTable('meeting_agenda_items')
      .set(own === undefined ? { position } : { position, code: 'custom', title: own })
      .where('id', '=', id)
      .execute();
  await place(third, 2);
  await place(first, 0);
  await place(second, 1, 'De vakantie');
  return { id: meeting.id, date: meeting.date, itemIds: [first, second, third] };
}

/** The people around the world's client's minutes, and what they need to be told apart. */
export interface MinutesPeople {
  groupId: string;
  /** The world's relative: an active member who is neither chair nor minute-taker. */
  relativeMemberId: string;
  /** A second relative, an active member, who takes the minutes. */
  minuteTakerMemberId: string;
  /** The clinician's membership: the chair. */
  chairMemberId: string;
  /** A third relative, an active member, with whom the client does not share meetings. */
  hiddenMemberId: string;
}

export interface MinutesCalls extends SignedIn {
  people: MinutesPeople;
  /** The minutes as `who` reads them (fails the test on anything but 200). */
  minutes(who: string, clientId: string, meetingId: string): Promise<Minutes>;
  /** Expects `status` (and `code`, when given) from the call, and no row changed but the bookkeeping. */
  refused(call: () => Promise<LightMyRequestResponse>, status: number, code?: string): Promise<Problem>;
}

/**
 * Signs in the world's people and adds, to the client's group, a relative who takes the minutes and
 * one the client does not share meetings with.
 */
export async function minutesCalls(t: TestApp, w: World): Promise<MinutesCalls> {
  const groupId = w.clientGroup.group.id;
  const minuteTaker = await createRelative(t.db, { clientId: w.client.id, name: 'Notulist Naaste' });
  const minuteTakerMember = await createMember(t.db, { groupId, name: minuteTaker.name, relativeId: minuteTaker.id });
  const hidden = await createRelative(t.db, { clientId: w.client.id, name: 'Buiten Beeld' });
  const hiddenMember = await createMember(t.db, { groupId, name: hidden.name, relativeId: hidden.id });
  const chair = await t.db
    .selectFrom('group_members')
    .select('id')
    .where('group_id', '=', groupId)
    .where('professional_id', '=', w.clinician.id)
    .executeTakeFirstOrThrow();

  const signedIn = await signInEach(t, { ...worldPeople(w), minuteTaker: minuteTaker.email, hidden: hidden.email });
  const { get, send } = signedIn;

  const shared = await send('client', 'PUT', `/api/clients/${w.client.id}/sharing/${hidden.id}`, {
    category: 'meetings',
    shared: false,
  });
  expect(shared.statusCode, shared.body).toBe(200);

  return {
    people: {
      groupId,
      relativeMemberId: w.clientGroup.member.id,
      minuteTakerMemberId: minuteTakerMember.id,
      chairMemberId: chair.id,
      hiddenMemberId: hiddenMember.id,
    },
    ...signedIn,
    minutes: (who, clientId, meetingId) => bodyOf<Minutes>(get(who, meetingUrl(clientId, meetingId, '/minutes'))),
    async refused(call, status, code) {
      const before = await databaseDigest(t.db, bookkeepingTables);
      const response = await call();
      expect(response.statusCode, response.body).toBe(status);
      if (code !== undefined) expect(problemOf(response).code).toBe(code);
      expect(await databaseDigest(t.db, bookkeepingTables)).toEqual(before);
      return problemOf(response);
    },
  };
}
