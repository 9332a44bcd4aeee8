import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

interface Overview {
  organisation: { name: string };
  teams: { id: string; name: string }[];
}

describe('organisations, teams and professionals', () => {
  let t: TestApp;
  let world: World;
  let admin: string;
  let foreignAdmin: string;

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t.db);
    admin = await t.signIn(world.admin.email);
    foreignAdmin = await t.signIn(world.foreignAdmin.email);
  });

  afterAll(() => t.close());

  const overview = async (cookie: string) =>
    (await t.request({ method: 'GET', url: '/api/organisation', cookie })).json<Overview>();

  it('lets the admin add a team that then appears in their organisation, and only there', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/api/teams',
      cookie: admin,
      payload: { name: 'FACT Zuid', type: 'fact' },
    });
    expect(created.statusCode).toBe(201);
    expect((await overview(admin)).teams.map((team) => team.name)).toContain('FACT Zuid');
    expect((await overview(foreignAdmin)).teams.map((team) => team.name)).not.toContain('FACT Zuid');
  });

  it('refuses a second team with the same name, naming the field, and stores nothing', async () => {
    const before = (await overview(admin)).teams.length;
    const again = await t.request({
      method: 'POST',
      url: '/api/teams',
      cookie: admin,
      payload: { name: 'FACT Zuid', type: 'clinical' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ errors: { field: string; code: string }[] }>().errors).toEqual([
      expect.objectContaining({ field: 'name', code: 'team_name_in_use' }),
    ]);
    expect((await overview(admin)).teams.length).toBe(before);
  });

  it('lets the admin add a professional in each role, who cannot sign in until they chose a password', async () => {
    for (const role of ['coordinator', 'clinician', 'professional', 'team_lead', 'researcher', 'admin'] as const) {
      const response = await t.request({
        method: 'POST',
        url: '/api/professionals',
        cookie: admin,
        payload: {
          name: `Nieuwe ${role}`,
          email: `nieuw.${role}@ggz.test`,
          role,
          teamId: role === 'admin' || role === 'researcher' ? null : world.team.id,
        },
      });
      expect(response.statusCode, role).toBe(201);
    }
    const list = await t.request({ method: 'GET', url: '/api/professionals', cookie: admin });
    const coordinator = list
      .json<{ professionals: { email: string; canSignIn: boolean }[] }>()
      .professionals.find((p) => p.email === 'nieuw.coordinator@ggz.test');
    expect(coordinator).toMatchObject({ canSignIn: false });
  });

  it('refuses an email address that already has an account, and stores nothing', async () => {
    const count = async () =>
      Number(
        (
          await t.db
            .selectFrom('professionals')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const response = await t.request({
      method: 'POST',
      url: '/api/professionals',
      cookie: admin,
      payload: { name: 'Dubbel', email: world.coordinator.email.toUpperCase(), role: 'clinician', teamId: null },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('email');
    expect(await count()).toBe(before);
  });

  it('refuses a team of another organisation for a new professional, as if it did not exist', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/professionals',
      cookie: foreignAdmin,
      payload: { name: 'Indringer', email: 'indringer@wijk.test', role: 'coordinator', teamId: world.team.id },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { field: string; code: string }[] }>().errors[0]).toMatchObject({
      field: 'teamId',
      code: 'unknown_team',
    });
  });

  it("never shows one organisation's professionals to another's admin", async () => {
    const list = await t.request({ method: 'GET', url: '/api/professionals', cookie: foreignAdmin });
    const emails = list.json<{ professionals: { email: string }[] }>().professionals.map((p) => p.email);
    expect(emails).toContain(world.foreignCoordinator.email);
    expect(emails).not.toContain(world.coordinator.email);
  });
});
