// Shared by the plan feature's integration tests: the world's people signed in, a client of the
// world's team with a group of their own (so that each test starts from an empty plan), and short
// ways to call the plan's routes. Not used by the app.
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Agreement, Goal, GoalBody, Plan, SignalPlanBody, VersionList } from '../../../shared/plans.js';
import type { Problem } from '../../../shared/problem.js';
import { createClient, createGroup, createMember, createRelative, type World } from '../../testing/factories.js';
import type { TestApp } from '../../testing/test-app.js';

export const planUrl = (clientId: string, rest = '') => `/api/clients/${clientId}/plan${rest}`;
export const signalPlanUrl = (clientId: string) => `/api/clients/${clientId}/signal-plan`;
export const problemOf = (response: LightMyRequestResponse) => response.json<Problem>();

export const goalBody = (body: Partial<GoalBody> = {}): GoalBody => ({
  horizon: 'short',
  text: 'Elke week een keer naar buiten',
  dimension: 'health',
  measure: 'Ik ben vier keer per maand buiten geweest.',
  ...body,
});

export const signalPlanBody = (memberId?: string): SignalPlanBody => ({
  phases: [
    {
      code: 'stable',
      name: null,
      clientNotices: 'Ik slaap goed en kook zelf.',
      othersNotice: 'Ik maak grapjes.',
      clientDoes: 'Mijn ritme volhouden.',
      membersDo: memberId ? [{ memberId, action: 'Eens per week bellen.' }] : [],
      professionalsDo: 'Gewone afspraken.',
    },
    {
      code: 'early_signs',
      name: null,
      clientNotices: 'Ik slaap slecht.',
      othersNotice: '',
      clientDoes: '',
      membersDo: [],
      professionalsDo: '',
    },
    {
      code: 'rising_tension',
      name: 'Spanning',
      clientNotices: '',
      othersNotice: 'Ik trek me terug.',
      clientDoes: '',
      membersDo: [],
      professionalsDo: '',
    },
    {
      code: 'crisis',
      name: null,
      clientNotices: '',
      othersNotice: '',
      clientDoes: 'De crisisdienst bellen.',
      membersDo: [],
      professionalsDo: 'Opname bespreken.',
    },
  ],
  helps: 'Rust en een wandeling.',
  doesNotHelp: 'Drukte.',
  crisisContacts: [{ name: 'Crisisdienst', phone: '088 123 4567', note: "Ook 's nachts" }],
});

/** A client of the world's team with a group in phase 1: the coordinator and a relative as members. */
export interface PlanClient {
  id: string;
  name: string;
  accountId: string | null;
  groupId: string;
  relative: { id: string; name: string; email: string };
  relativeMemberId: string;
  coordinatorMemberId: string;
}

export interface PlanCalls {
  cookie: Record<string, string | undefined>;
  get(who: string, url: string): Promise<LightMyRequestResponse>;
  send(who: string, method: 'POST' | 'PUT', url: string, payload?: object): Promise<LightMyRequestResponse>;
  /** The plan as `who` sees it (fails the test on anything but 200). */
  plan(who: string, clientId: string): Promise<Plan>;
  versions(who: string, clientId: string): Promise<VersionList>;
  addGoal(who: string, clientId: string, body?: Partial<GoalBody>): Promise<Goal>;
  addAgreement(who: string, clientId: string, memberId: string | null, what?: string): Promise<Agreement>;
  /**
   * A new client with a group, signed in as `as` (the client) and `${as}Relative` (their relative,
   * an active member); without an account only the relative signs in.
   */
  newClient(as: string, options?: { withAccount?: boolean }): Promise<PlanClient>;
}

export async function planCalls(t: TestApp, w: World): Promise<PlanCalls> {
  const cookie: Record<string, string | undefined> = { anonymous: undefined };
  const people = {
    client: w.client.email ?? '',
    relative: w.relative.email,
    otherRelative: w.otherRelative.email,
    coordinator: w.coordinator.email,
    clinician: w.clinician.email,
    professional: w.otherProfessional.email,
    teamLead: w.teamLead.email,
    researcher: w.researcher.email,
    admin: w.admin.email,
    otherTeam: w.otherTeamCoordinator.email,
    foreign: w.foreignCoordinator.email,
    foreignAdmin: w.foreignAdmin.email,
  };
  for (const [who, email] of Object.entries(people)) cookie[who] = await t.signIn(email);

  const get = (who: string, url: string) => t.request({ method: 'GET', url, cookie: cookie[who] });
  const send: PlanCalls['send'] = (who, method, url, payload) =>
    t.request({ method, url, cookie: cookie[who], ...(payload === undefined ? {} : { payload }) });
  const ok = async <T>(response: Promise<LightMyRequestResponse>, status = 200): Promise<T> => {
    const answer = await response;
    expect(answer.statusCode, answer.body).toBe(status);
    return answer.json<T>();
  };

  return {
    cookie,
    get,
    send,
    plan: (who, clientId) => ok<Plan>(get(who, planUrl(clientId))),
    versions: (who, clientId) => ok<VersionList>(get(who, planUrl(clientId, '/versions'))),
    addGoal: (who, clientId, body) => ok<Goal>(send(who, 'POST', planUrl(clientId, '/goals'), goalBody(body)), 201),
    addAgreement: (who, clientId, memberId, what = 'Samen boodschappen doen') =>
      ok<Agreement>(send(who, 'POST', planUrl(clientId, '/agreements'), { what, memberId }), 201),
    async newClient(as, options = {}) {
      const client = await createClient(t.db, {
        teamId: w.team.id,
        coordinatorId: w.coordinator.id,
        withAccount: options.withAccount ?? true,
      });
      const group = await createGroup(t.db, { clientId: client.id, createdByAccountId: w.coordinator.account_id, phase: 1 });
      const coordinatorMember = await createMember(t.db, {
        groupId: group.id,
        name: w.coordinator.name,
        kind: 'formal',
        role: 'coordinator',
        professionalId: w.coordinator.id,
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
      };
    },
  };
}
