// Shared by the meetings' integration tests: the world's people signed in, a client of the world's
// team with a group of their own (so that each test starts without meetings), a valid meeting body,
// and short ways to call the routes and read what a change left behind. Not used by the app.
import { expect } from 'vitest';
import { addDays, amsterdamDay } from '../../../domain/amsterdam-time.js';
import { agendaTemplate, type MeetingKind } from '../../../domain/meetings.js';
import type { Meeting, MeetingBody } from '../../../shared/meetings.js';
import { createClient, createGroup, createMember, createRelative, type World } from '../../testing/factories.js';
import { bodyOf, signInEach, worldPeople, type SignedIn } from '../../testing/signed-in.js';
import type { TestApp } from '../../testing/test-app.js';

export const meetingsUrl = (clientId: string, rest = '') => `/api/clients/${clientId}/meetings${rest}`;
export const meetingUrl = (clientId: string, meetingId: string, rest = '') => meetingsUrl(clientId, `/${meetingId}${rest}`);
export const rhythmUrl = (clientId: string) => `/api/clients/${clientId}/meeting-rhythm`;

/** A day `days` from today in Amsterdam. */
export const dayFromToday = (days: number) => addDays(amsterdamDay(new Date()), days);

/** The codes of the method's agenda for `kind`, as a body sends them. */
export const templateAgenda = (kind: MeetingKind): MeetingBody['agenda'] =>
  agendaTemplate(kind).flatMap((item) => (item.code === 'custom' ? [] : [{ code: item.code }]));

/** A follow-up at the client's home three weeks from now, the client chairing, unless told otherwise. */
export const meetingBody = (body: Partial<MeetingBody> = {}): MeetingBody => ({
  kind: 'follow_up',
  date: dayFromToday(21),
  time: '19:00',
  durationMinutes: 60,
  locationKind: 'client_home',
  chairMemberId: null,
  minuteTakerMemberId: null,
  channel: 'Een groepsapp',
  agenda: templateAgenda(body.kind ?? 'follow_up'),
  ...body,
});

/** A client of the world's team with a group: the coordinator, the clinician and a relative as active members. */
export interface MeetingsClient {
  id: string;
  name: string;
  accountId: string | null;
  groupId: string;
  relative: { id: string; name: string; email: string };
  relativeMemberId: string;
  coordinatorMemberId: string;
  clinicianMemberId: string;
}

export interface MeetingCalls extends SignedIn {
  /** Plans a meeting as `who` (fails the test on anything but 201). */
  plan(who: string, clientId: string, body?: Partial<MeetingBody>): Promise<Meeting>;
  /** A meeting as `who` sees it (fails the test on anything but 200). */
  meeting(who: string, clientId: string, meetingId: string): Promise<Meeting>;
  /**
   * A new client with a group in `phase`, signed in as `as` (the client) and `${as}Relative` (their
   * relative, an active member); without an account only the relative signs in.
   */
  newClient(as: string, options?: { withAccount?: boolean; phase?: number; coordinatorId?: string }): Promise<MeetingsClient>;
  /** Switches the client's delegation of planning meetings to their coordinator on or off. */
  delegate(as: string, clientId: string, on: boolean): Promise<void>;
  /** Shares meetings with the relative, or stops. */
  shareMeetings(as: string, clientId: string, relativeId: string, shared: boolean): Promise<void>;
}

export async function meetingCalls(t: TestApp, w: World): Promise<MeetingCalls> {
  const signedIn = await signInEach(t, worldPeople(w));
  const { cookie, get, send } = signedIn;

  return {
    ...signedIn,
    plan: (who, clientId, body) => bodyOf<Meeting>(send(who, 'POST', meetingsUrl(clientId), meetingBody(body)), 201),
    meeting: (who, clientId, meetingId) => bodyOf<Meeting>(get(who, meetingUrl(clientId, meetingId))),
    async newClient(as, options = {}) {
      const client = await createClient(t.db, {
        teamId: w.team.id,
        coordinatorId: options.coordinatorId ?? w.coordinator.id,
        withAccount: options.withAccount ?? true,
      });
      const group = await createGroup(t.db, {
        clientId: client.id,
        createdByAccountId: w.coordinator.account_id,
        phase: options.phase ?? 3,
      });
      const coordinatorMember = await createMember(t.db, {
        groupId: group.id,
        name: w.coordinator.name,
        kind: 'formal',
        role: 'coordinator',
        professionalId: w.coordinator.id,
      });
      const clinicianMember = await createMember(t.db, {
        groupId: group.id,
        name: w.clinician.name,
        kind: 'formal',
        role: 'clinician',
        professionalId: w.clinician.id,
      });
      const relative = await createRelative(t.db, { clientId: client.id });
      const relativeMember = await createMember(t.db, { groupId: group.id, name: relative.name, relativeId: relative.id });
      if (client.email !== null) cookie[as] = await t.signIn(client.email);
      cookie[`${as}Relative`] = await t.signIn(relative.email);
      return {
        id: client.id,
        name: client.name,
        accountId: client.account_id,
        groupId: group.id,
        relative: { id: relative.id, name: relative.name, email: relative.email },
        relativeMemberId: relativeMember.id,
        coordinatorMemberId: coordinatorMember.id,
        clinicianMemberId: clinicianMember.id,
      };
    },
    async delegate(as, clientId, on) {
      const response = await send(as, 'PUT', `/api/clients/${clientId}/delegations`, { tasks: on ? ['plan_meetings'] : [] });
      expect(response.statusCode, response.body).toBe(200);
    },
    async shareMeetings(as, clientId, relativeId, shared) {
      const response = await send(as, 'PUT', `/api/clients/${clientId}/sharing/${relativeId}`, { category: 'meetings', shared });
      expect(response.statusCode, response.body).toBe(200);
    },
  };
}

/** The members invited to a meeting, by membership id, sorted. */
export async function inviteesOf(t: TestApp, meetingId: string): Promise<string[]> {
  const rows = await t.db.selectFrom('meeting_invitees').select('member_id').where('meeting_id', '=', meetingId).execute();
  return rows.map((row) => row.member_id).sort();
}

/** The meeting's mail jobs: who, which sequence, which method; sorted. */
export async function mailJobsOf(t: TestApp, meetingId: string) {
  const rows = await t.db.selectFrom('jobs').select(['payload', 'status']).where('kind', '=', 'meeting.mail').execute();
  return rows
    .map((row) => ({ ...(JSON.parse(row.payload) as { meetingId: string; memberId: string; sequence: number; method: string }) }))
    .filter((payload) => payload.meetingId === meetingId)
    .map(({ memberId, sequence, method }) => ({ memberId, sequence, method }))
    .sort((a, b) => a.sequence - b.sequence || a.memberId.localeCompare(b.memberId));
}

/** The meeting's reminder jobs: for which start, and whether they will still run. */
export async function reminderJobsOf(t: TestApp, meetingId: string) {
  const rows = await t.db.selectFrom('jobs').select(['payload', 'status']).where('kind', '=', 'meeting.reminder').execute();
  return rows
    .map((row) => ({ payload: JSON.parse(row.payload) as { meetingId: string; startsAt: string }, status: row.status }))
    .filter((row) => row.payload.meetingId === meetingId)
    .map((row) => ({ startsAt: row.payload.startsAt, status: row.status }))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}
