import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessMatrix, callers, type Caller } from './access-matrix.js';
import { createWorld, type World } from './testing/factories.js';
import { createTestApp, type TestApp } from './testing/test-app.js';

describe('the route × caller access matrix', () => {
  let t: TestApp;
  let world: World;
  const cookies = new Map<Caller, string | undefined>();

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t.db);
    const emails: Record<Exclude<Caller, 'anonymous'>, string> = {
      client: world.client.email ?? '',
      relative: world.relative.email,
      coordinator: world.coordinator.email,
      clinician: world.clinician.email,
      professional: world.otherProfessional.email,
      team_lead: world.teamLead.email,
      researcher: world.researcher.email,
      admin: world.admin.email,
      foreign: world.foreignCoordinator.email,
    };
    cookies.set('anonymous', undefined);
    for (const [caller, email] of Object.entries(emails)) cookies.set(caller as Caller, await t.signIn(email));
  });

  afterAll(() => t.close());

  it('lists every registered API route, and no route that does not exist', () => {
    expect([...t.app.apiRoutes].sort()).toEqual(Object.keys(accessMatrix).sort());
  });

  const fill = (route: string) => route.replace(':clientId', world.client.id).replace(':professionalId', world.coordinator.id);

  it.each(Object.entries(accessMatrix))('%s answers each caller as the matrix says', async (route, expected) => {
    const [method = 'GET', path = ''] = route.split(' ');
    const actual: Partial<Record<Caller, number>> = {};
    for (const caller of callers) {
      const response = await t.request({
        method: method,
        url: fill(path),
        cookie: cookies.get(caller),
        ...(method === 'GET' ? {} : { payload: {} }),
      });
      actual[caller] = response.statusCode;
    }
    expect(actual).toEqual(expected);
  });
});
