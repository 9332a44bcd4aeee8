import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessMatrix, callers, type Caller, type Method, type Outcome, type RouteKey } from './access-matrix.js';
import {
  createMeeting,
  createMember,
  createEvaluationRound,
  createNetworkPerson,
  createRelative,
  createWorld,
  type World,
} from './testing/factories.js';
import { createQualityAction } from './features/team/team-testing.js';
import { insertInstrument } from './features/evaluations/results-testing.js';
import { nowIso } from './platform/ids/ids.js';
import { rowCounts } from './testing/row-counts.js';
import { createTestApp, type TestApp } from './testing/test-app.js';
import { validBodies as bodies } from './testing/valid-bodies.js';

/** Routes that end the caller's session: called with a session of their own, so the others stay. */
const endsSession = new Set<RouteKey>(['POST /api/auth/logout']);
/** Routes that end someone else's sessions (the coordinator's): everyone signs in afresh after them. */
const endsOthersSessions = new Set<RouteKey>(['POST /api/professionals/:professionalId/sessions/end']);

// Sessions and audit rows legitimately change on a refusal (refusals are audited); the rest must not.
const contentTables = [
  'organisations',
  'teams',
  'accounts',
  'professionals',
  'clients',
  'relatives',
  'groups',
  'group_phase_changes',
  'checklist_ticks',
  'network_people',
  'network_snapshots',
  'group_members',
  'member_events',
  'deepening_conversations',
  'plans',
  'plan_goals',
  'goal_progress',
  'plan_agreements',
  'plan_versions',
  'plan_adoptions',
  'meetings',
  'meeting_agenda_items',
  'meeting_invitees',
  'meeting_scores',
  'meeting_agreements',
  'start_evaluations',
  'evaluation_rounds',
  'evaluation_respondents',
  'evaluation_answers',
  'evaluation_scores',
  'quality_actions',
  'instruments',
  'jobs',
] as const;

const outcomeOf = (status: number): Outcome | `server error ${number}` => {
  if (status >= 500) return `server error ${status}`;
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  return 'allowed';
};

function emailOf(world: World, caller: Exclude<Caller, 'anonymous'>): string {
  const person = {
    client: world.client,
    relative: world.relative,
    coordinator: world.coordinator,
    clinician: world.clinician,
    professional: world.otherProfessional,
    team_lead: world.teamLead,
    researcher: world.researcher,
    admin: world.admin,
    other_team: world.otherTeamCoordinator,
    foreign: world.foreignCoordinator,
    foreign_admin: world.foreignAdmin,
  }[caller];
  if (!person.email) throw new Error(`${caller} has no account`);
  return person.email;
}

describe('the route × caller access matrix', () => {
  let t: TestApp;
  let world: World;
  let endable: { id: string };
  let removable: { id: string };
  let leaving: { id: string };
  let cancellable: { id: string };
  let approvable: { id: string };
  let qualityAction: { id: string };
  let round: { id: string };
  let instrument: { id: string };
  const cookies = new Map<Caller, string>();

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t.db);
    endable = await createRelative(t.db, { clientId: world.client.id });
    removable = await createNetworkPerson(t.db, { clientId: world.client.id });
    leaving = await createMember(t.db, { groupId: world.clientGroup.group.id, name: 'Matrix Lid', status: 'nominated' });
    const { group, member } = world.clientGroup;
    cancellable = await createMeeting(t.db, { groupId: group.id, createdByAccountId: world.coordinator.account_id });
    approvable = await createMeeting(t.db, {
      groupId: group.id,
      createdByAccountId: world.coordinator.account_id,
      daysFromToday: -2,
      inviteeMemberIds: [member.id],
    });
    // An open evaluation round of the client's group, asking the client, the relative, the coordinator and the clinician.
    round = await createEvaluationRound(t.db, { groupId: group.id, openedByAccountId: world.coordinator.account_id });
    qualityAction = await createQualityAction(t.db, { teamId: world.team.id, createdByAccountId: world.teamLead.account_id });
    // A retired instrument asks nothing of the world's rounds; retiring it once more answers 409, let through.
    instrument = await insertInstrument(t.db, { organisationId: world.home.id, loadedByAccountId: world.admin.account_id });
    await t.db.updateTable('instruments').set({ retired_at: nowIso() }).where('id', '=', instrument.id).execute();
    for (const caller of callers) if (caller !== 'anonymous') cookies.set(caller, await t.signIn(emailOf(world, caller)));
  });

  afterAll(() => t.close());

  it('lists every registered API route, and no route that does not exist', () => {
    const registered = new Set(t.app.apiRoutes);
    const listed = new Set(Object.keys(accessMatrix));
    const missing = [...registered].filter((route) => !listed.has(route));
    const stale = [...listed].filter((route) => !registered.has(route));
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  });

  // Ending a place, leaving the group, removing someone from the map, cancelling a meeting and
  // approving minutes are tried on records of their own, so that the `relative` caller keeps their
  // place and the other routes their records. Minutes and the evaluation are the start meeting's
  // (begun yesterday); the other meeting routes meet the follow-up still to come.
  const fill = (method: Method, path: string) =>
    path
      .replaceAll(':clientId', world.client.id)
      .replaceAll(':professionalId', world.coordinator.id)
      .replaceAll(':relativeId/end', `${endable.id}/end`)
      .replaceAll(':relativeId', world.relative.id)
      .replaceAll(':memberId/leave', `${leaving.id}/leave`)
      .replaceAll(':memberId', world.clientGroup.member.id)
      .replaceAll(':personId', method === 'DELETE' ? removable.id : world.clientGroup.relativePerson.id)
      .replaceAll(':snapshotId', world.clientGroup.snapshot.id)
      .replaceAll(':itemId', 'method_explained')
      .replaceAll(':goalId', world.clientGroup.plan.goalId)
      // The plan's editors change the client's own agreement; the relative marks their own done.
      .replaceAll('my-agreements/:agreementId', `my-agreements/${world.clientGroup.plan.agreementId}`)
      .replaceAll(':agreementId', world.clientGroup.plan.clientAgreementId)
      .replaceAll(':version', String(world.clientGroup.plan.version))
      .replaceAll(':meetingId/cancel', `${cancellable.id}/cancel`)
      .replaceAll(':meetingId/minutes/approve', `${approvable.id}/minutes/approve`)
      .replaceAll(':meetingId/minutes', `${world.clientGroup.meeting.id}/minutes`)
      .replaceAll(':meetingId/start-evaluation', `${world.clientGroup.meeting.id}/start-evaluation`)
      .replaceAll(':teamId', world.team.id)
      .replaceAll(':actionId', qualityAction.id)
      .replaceAll(':meetingId', world.clientGroup.nextMeeting.id)
      .replaceAll(':roundId', round.id)
      .replaceAll(':instrumentId', instrument.id);

  it.each(Object.entries(accessMatrix) as [RouteKey, Record<Caller, Outcome>][])(
    '%s lets in, hides from and refuses the callers the matrix says, and a refusal changes nothing',
    async (route, expected) => {
      const [method, path] = route.split(' ') as [Method, string];
      const actual: Partial<Record<Caller, string>> = {};
      const statuses: Partial<Record<Caller, number>> = {};
      const changedByRefusal: Caller[] = [];
      for (const caller of callers) {
        let cookie = cookies.get(caller);
        if (endsSession.has(route) && caller !== 'anonymous') cookie = await t.signIn(emailOf(world, caller));
        const before = await rowCounts(t.db, contentTables);
        const body = bodies[route];
        const response = await t.request({
          method,
          url: fill(method, path),
          cookie,
          ...(body ? { payload: body() as object } : {}),
        });
        statuses[caller] = response.statusCode;
        actual[caller] = outcomeOf(response.statusCode);
        if (actual[caller] !== 'allowed' && JSON.stringify(await rowCounts(t.db, contentTables)) !== JSON.stringify(before)) {
          changedByRefusal.push(caller);
        }
      }
      if (endsOthersSessions.has(route)) {
        for (const caller of callers) if (caller !== 'anonymous') cookies.set(caller, await t.signIn(emailOf(world, caller)));
      }
      expect(actual, `statuses: ${JSON.stringify(statuses)}`).toEqual(expected);
      expect(changedByRefusal).toEqual([]);
    },
  );
});
