// Shared by the groups feature's integration tests: the world's people signed in, and short ways to
// call the group's routes. Not used by the app.
import type { LightMyRequestResponse } from 'fastify';
import type { Group, GroupHistory, GroupState, Member } from '../../../shared/groups.js';
import type { Problem } from '../../../shared/problem.js';
import { createClient, type World } from '../../testing/factories.js';
import type { TestApp } from '../../testing/test-app.js';

export type Who =
  | 'anonymous'
  | 'client'
  | 'relative'
  | 'coordinator'
  | 'clinician'
  | 'professional'
  | 'teamLead'
  | 'researcher'
  | 'admin'
  | 'otherTeam'
  | 'foreign';

export interface GroupCalls {
  cookie: Record<string, string | undefined>;
  get(who: string, url: string): Promise<LightMyRequestResponse>;
  send(who: string, method: 'POST' | 'PUT', url: string, payload?: object): Promise<LightMyRequestResponse>;
  /** The client's group as `who` sees it (fails the test on anything but 200). */
  group(who: string, clientId?: string): Promise<Group>;
  state(who: string, clientId?: string): Promise<GroupState>;
  history(who: string, clientId?: string): Promise<GroupHistory>;
  /** A new client of the world's team, with the world's coordinator, signed in as `as`. */
  newClient(as: string): Promise<{ id: string; name: string; account_id: string | null }>;
}

export const url = (clientId: string, rest = '') => `/api/clients/${clientId}/group${rest}`;
export const memberUrl = (clientId: string, memberId: string, step: string) => url(clientId, `/members/${memberId}/${step}`);
export const problemCode = (response: LightMyRequestResponse) => response.json<Problem>().code;

export async function groupCalls(t: TestApp, w: World): Promise<GroupCalls> {
  const cookie: Record<string, string | undefined> = { anonymous: undefined };
  const people: Record<Exclude<Who, 'anonymous'>, string> = {
    client: w.client.email ?? '',
    relative: w.relative.email,
    coordinator: w.coordinator.email,
    clinician: w.clinician.email,
    professional: w.otherProfessional.email,
    teamLead: w.teamLead.email,
    researcher: w.researcher.email,
    admin: w.admin.email,
    otherTeam: w.otherTeamCoordinator.email,
    foreign: w.foreignCoordinator.email,
  };
  for (const [who, email] of Object.entries(people)) cookie[who] = await t.signIn(email);

  const get = (who: string, path: string) => t.request({ method: 'GET', url: path, cookie: cookie[who] });
  const ok = async <T>(response: Promise<LightMyRequestResponse>): Promise<T> => {
    const answer = await response;
    if (answer.statusCode !== 200) throw new Error(`${answer.statusCode} ${answer.body}`);
    return answer.json<T>();
  };
  const state = (who: string, clientId = w.client.id) => ok<GroupState>(get(who, url(clientId)));
  return {
    cookie,
    get,
    send: (who, method, path, payload) =>
      t.request({ method, url: path, cookie: cookie[who], ...(payload === undefined ? {} : { payload }) }),
    state,
    async group(who, clientId = w.client.id) {
      const { group } = await state(who, clientId);
      if (group === null) throw new Error('no group');
      return group;
    },
    history: (who, clientId = w.client.id) => ok<GroupHistory>(get(who, url(clientId, '/history'))),
    async newClient(as) {
      const client = await createClient(t.db, { teamId: w.team.id, coordinatorId: w.coordinator.id });
      cookie[as] = await t.signIn(client.email ?? '');
      return client;
    },
  };
}

/** The member with this id in a group, or a failed test. */
export function memberOf(group: Group, memberId: string): Member {
  const member = group.members.find((m) => m.id === memberId);
  if (!member) throw new Error(`member ${memberId} not in the group`);
  return member;
}
