import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from './testing/factories.js';
import { createTestApp, type TestApp } from './testing/test-app.js';

// Every route that takes a body, with the fields its schema knows and who may call it. The bodies
// thrown at them are wrong on purpose: each is refused with a 400 that names a field, and changes
// nothing. (The route × caller matrix makes sure no body route is missing from Regie: see
// access-matrix.ts; this list is checked against it below.)
const bodyRoutes = [
  { route: 'POST /api/auth/login', caller: 'anonymous', required: ['email', 'password'], optional: [] },
  { route: 'PATCH /api/me', caller: 'coordinator', required: ['locale'], optional: [] },
  { route: 'POST /api/teams', caller: 'admin', required: ['name', 'type'], optional: [] },
  { route: 'POST /api/professionals', caller: 'admin', required: ['name', 'email', 'role'], optional: ['teamId'] },
  { route: 'POST /api/clients', caller: 'coordinator', required: ['name'], optional: ['email', 'coordinatorId'] },
  { route: 'POST /api/clients/:clientId/relatives', caller: 'coordinator', required: ['name', 'relation'], optional: ['email'] },
] as const;

const tables = ['accounts', 'teams', 'professionals', 'clients', 'relatives', 'sessions'] as const;

/** A value of the wrong type for every field these routes have (none takes a number, a boolean, …). */
const wrongValue = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
  fc.string({ minLength: 300, maxLength: 400 }),
);

describe('bad input', () => {
  let t: TestApp;
  let world: World;
  const cookies: Record<string, string | undefined> = { anonymous: undefined };

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t.db);
    cookies.coordinator = await t.signIn(world.coordinator.email);
    cookies.admin = await t.signIn(world.admin.email);
  });

  afterAll(() => t.close());

  async function rowCounts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const table of tables) {
      const row = await t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .executeTakeFirstOrThrow();
      counts[table] = Number(row.n);
    }
    return counts;
  }

  it('covers every route that takes a body', async () => {
    const { accessMatrix } = await import('./access-matrix.js');
    const withBody = Object.keys(accessMatrix).filter(
      (route) => /^(POST|PATCH|PUT) /.test(route) && route !== 'POST /api/auth/logout',
    );
    expect(bodyRoutes.map((r) => r.route).sort()).toEqual(withBody.sort());
  });

  describe.each(bodyRoutes)('$route', ({ route, caller, required, optional }) => {
    const [method = 'POST', pathTemplate = ''] = route.split(' ');
    const url = () => pathTemplate.replace(':clientId', world.client.id);
    const send = (payload: unknown) =>
      t.request({
        method: method,
        url: url(),
        cookie: cookies[caller],
        payload: JSON.stringify(payload),
        headers: { 'content-type': 'application/json' },
      });

    it('refuses fields of the wrong type with a 400 naming them, and changes nothing', async () => {
      const before = await rowCounts();
      const fields = [...required, ...optional];
      const body = fc.record(Object.fromEntries(fields.map((field) => [field, wrongValue])), { requiredKeys: [...required] });
      await fc.assert(
        fc.asyncProperty(body, async (payload) => {
          const response = await send(payload);
          expect(response.statusCode).toBe(400);
          expect(response.headers['content-type']).toContain('application/problem+json');
          const named = (response.json<{ errors?: { field: string }[] }>().errors ?? []).map((e) => e.field);
          expect(
            named.some((field) => fields.some((f) => field === f || field.startsWith(`${f}.`) || field.startsWith(`${f}[`))),
          ).toBe(true);
        }),
        { numRuns: 25 },
      );
      expect(await rowCounts()).toEqual(before);
    });

    it('refuses an unknown field by name, and a prototype-pollution key outright', async () => {
      const before = await rowCounts();
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom('isAdmin', 'role_id', 'constructor', 'organisationId', 'passwordHash', '__proto__'),
          async (extra) => {
            const response = await send(JSON.parse(`{${JSON.stringify(extra)}: true}`));
            expect(response.statusCode).toBe(400);
            expect(response.headers['content-type']).toContain('application/problem+json');
            // The JSON parser itself refuses __proto__ before any schema sees it.
            if (extra === '__proto__') return;
            const named = (response.json<{ errors?: { field: string }[] }>().errors ?? []).map((e) => e.field);
            expect(named).toContain(extra);
          },
        ),
      );
      expect(await rowCounts()).toEqual(before);
    });

    it('refuses a body that is not an object, and malformed JSON', async () => {
      const before = await rowCounts();
      for (const payload of [[], 'text', 42, null]) expect((await send(payload)).statusCode).toBe(400);
      const malformed = await t.request({
        method: method,
        url: url(),
        cookie: cookies[caller],
        payload: '{"name": ',
        headers: { 'content-type': 'application/json' },
      });
      expect(malformed.statusCode).toBe(400);
      expect(malformed.headers['content-type']).toContain('application/problem+json');
      expect(await rowCounts()).toEqual(before);
    });
  });

  it('refuses a path id that is not an id, naming the parameter', async () => {
    const response = await t.request({ method: 'GET', url: '/api/clients/not-an-id', cookie: cookies.coordinator });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain('clientId');
  });
});
