import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

describe('clients and relatives', () => {
  let t: TestApp;
  let world: World;
  const cookie: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t.db);
    cookie.coordinator = await t.signIn(world.coordinator.email);
    cookie.otherTeam = await t.signIn(world.otherTeamCoordinator.email);
    cookie.foreign = await t.signIn(world.foreignCoordinator.email);
    cookie.client = await t.signIn(world.client.email ?? '');
  });

  afterAll(() => t.close());

  const names = async (who: string) =>
    (await t.request({ method: 'GET', url: '/api/clients', cookie: cookie[who] }))
      .json<{ clients: { id: string }[] }>()
      .clients.map((c) => c.id);

  it("lists the clients of one's own team only", async () => {
    expect(await names('coordinator')).toEqual(expect.arrayContaining([world.client.id, world.otherClient.id]));
    expect(await names('coordinator')).not.toContain(world.foreignClient.id);
    expect(await names('otherTeam')).toEqual([]);
    expect(await names('foreign')).toEqual([world.foreignClient.id]);
  });

  it('answers "not found" for a client of another team or organisation, and for another client', async () => {
    for (const [who, clientId] of [
      ['otherTeam', world.client.id],
      ['foreign', world.client.id],
      ['client', world.otherClient.id],
      ['coordinator', world.foreignClient.id],
    ] as const) {
      const response = await t.request({ method: 'GET', url: `/api/clients/${clientId}`, cookie: cookie[who] });
      expect(response.statusCode, `${who} → ${clientId}`).toBe(404);
      const relatives = await t.request({ method: 'GET', url: `/api/clients/${clientId}/relatives`, cookie: cookie[who] });
      expect(relatives.statusCode, `${who} → relatives of ${clientId}`).toBe(404);
    }
  });

  it('lets the coordinator register a client for themself, who then appears in the list', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/clients',
      cookie: cookie.coordinator,
      payload: { name: 'Tess Vermeulen', email: null },
    });
    expect(response.statusCode).toBe(201);
    const created = response.json<{ id: string; coordinator: { id: string } }>();
    expect(created.coordinator.id).toBe(world.coordinator.id);
    expect(await names('coordinator')).toContain(created.id);
    expect(await names('foreign')).not.toContain(created.id);
  });

  it('lets the client add a relative of their own, and nobody add one to a client not theirs', async () => {
    const own = await t.request({
      method: 'POST',
      url: `/api/clients/${world.client.id}/relatives`,
      cookie: cookie.client,
      payload: { name: 'Bram', relation: 'sibling', email: null },
    });
    expect(own.statusCode).toBe(201);
    const count = async () =>
      Number(
        (
          await t.db
            .selectFrom('relatives')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    for (const [who, clientId] of [
      ['client', world.otherClient.id],
      ['foreign', world.client.id],
      ['otherTeam', world.client.id],
    ] as const) {
      const refused = await t.request({
        method: 'POST',
        url: `/api/clients/${clientId}/relatives`,
        cookie: cookie[who],
        payload: { name: 'Indringer', relation: 'friend', email: null },
      });
      expect(refused.statusCode, who).toBe(404);
    }
    expect(await count()).toBe(before);
  });
});
