// Shared by the features' integration tests: people signed in once each under a short name, and
// requests as each of them. Not used by the app.
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Problem } from '../../shared/problem.js';
import type { World } from './factories.js';
import type { TestApp } from './test-app.js';

export const problemOf = (response: LightMyRequestResponse) => response.json<Problem>();

/** The answer's body, once the test has checked its status (200 unless told). */
export async function bodyOf<T>(response: Promise<LightMyRequestResponse>, status = 200): Promise<T> {
  const answer = await response;
  expect(answer.statusCode, answer.body).toBe(status);
  return answer.json<T>();
}

/** The world's people by the names the tests call them, with their sign-in addresses. */
export function worldPeople(w: World): Record<string, string> {
  return {
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
}

export interface SignedIn {
  /** The session cookie of each one signed in; `anonymous`, or a name not signed in, sends none. */
  cookie: Record<string, string | undefined>;
  get: (who: string, url: string) => Promise<LightMyRequestResponse>;
  send: (who: string, method: 'POST' | 'PUT', url: string, payload?: object) => Promise<LightMyRequestResponse>;
}

/** Signs in each of `people` (name: address) and makes requests as them by name. */
export async function signInEach(t: TestApp, people: Readonly<Record<string, string>>): Promise<SignedIn> {
  const cookie: Record<string, string | undefined> = { anonymous: undefined };
  for (const [who, email] of Object.entries(people)) cookie[who] = await t.signIn(email);
  return {
    cookie,
    get: (who, url) => t.request({ method: 'GET', url, cookie: cookie[who] }),
    send: (who, method, url, payload) =>
      t.request({ method, url, cookie: cookie[who], ...(payload === undefined ? {} : { payload }) }),
  };
}
