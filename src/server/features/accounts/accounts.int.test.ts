import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCookieName } from '../../platform/auth/session-token.js';
import { createWorld, testPassword, type World } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

describe('signing in, who am I, signing out', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t.db);
  });

  afterAll(() => t.close());

  it('sets a __Host- session cookie that scripts cannot read and other sites do not get', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: world.coordinator.email, password: testPassword },
    });
    expect(response.statusCode).toBe(200);
    const session = response.cookies.find((c) => c.name === sessionCookieName);
    expect(session).toMatchObject({ httpOnly: true, secure: true, path: '/', sameSite: 'Lax' });
    expect(response.body).not.toContain('password');
  });

  it('gives the same answer for a wrong password and an unknown email address', async () => {
    const wrong = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: world.coordinator.email, password: 'niet-goed-1234' },
    });
    const unknown = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'niemand@nergens.test', password: 'niet-goed-1234' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.cookies).toEqual([]);
  });

  it('refuses a disabled account, also its open session', async () => {
    const client = world.otherClient;
    const cookie = await t.signIn(client.email ?? '');
    await t.db
      .updateTable('accounts')
      .set({ disabled_at: new Date().toISOString() })
      .where('email', '=', client.email ?? '')
      .execute();
    expect((await t.request({ method: 'GET', url: '/api/me', cookie })).statusCode).toBe(401);
    expect(
      (await t.request({ method: 'POST', url: '/api/auth/login', payload: { email: client.email, password: testPassword } }))
        .statusCode,
    ).toBe(401);
  });

  it('says who is signed in, per role, without secrets', async () => {
    const cases = [
      [world.coordinator.email, 'coordinator', world.coordinator.name],
      [world.admin.email, 'admin', world.admin.name],
      [world.client.email ?? '', 'client', world.client.name],
      [world.relative.email, 'relative', world.relative.name],
    ] as const;
    for (const [email, role, name] of cases) {
      const me = await t.request({ method: 'GET', url: '/api/me', cookie: await t.signIn(email) });
      expect(me.json(), email).toMatchObject({ email, role, name });
      expect(me.body).not.toMatch(/hash|argon/i);
    }
    const relative = await t.request({ method: 'GET', url: '/api/me', cookie: await t.signIn(world.relative.email) });
    expect(relative.json<{ relativeOf: { id: string }[] }>().relativeOf.map((c) => c.id)).toEqual([world.client.id]);
  });

  it('keeps the chosen language with the account and refuses one Regie does not have', async () => {
    const cookie = await t.signIn(world.clinician.email);
    expect((await t.request({ method: 'PATCH', url: '/api/me', cookie, payload: { locale: 'en' } })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: '/api/me', cookie })).json()).toMatchObject({ locale: 'en' });
    const bad = await t.request({ method: 'PATCH', url: '/api/me', cookie, payload: { locale: 'fr' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('locale');
    expect((await t.request({ method: 'GET', url: '/api/me', cookie })).json()).toMatchObject({ locale: 'en' });
  });

  it('refuses a state change without the CSRF header or from another origin, and changes nothing', async () => {
    const cookie = await t.signIn(world.teamLead.email);
    const noHeader = await t.app.inject({ method: 'PATCH', url: '/api/me', headers: { cookie }, payload: { locale: 'en' } });
    expect(noHeader.statusCode).toBe(403);
    const foreignOrigin = await t.request({
      method: 'PATCH',
      url: '/api/me',
      cookie,
      payload: { locale: 'en' },
      headers: { origin: 'https://evil.example' },
    });
    expect(foreignOrigin.statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: '/api/me', cookie })).json()).toMatchObject({ locale: 'nl' });
  });

  it('ends the session on the server at sign-out: the old cookie no longer works', async () => {
    const cookie = await t.signIn(world.researcher.email);
    expect((await t.request({ method: 'POST', url: '/api/auth/logout', cookie })).statusCode).toBe(204);
    expect((await t.request({ method: 'GET', url: '/api/me', cookie })).statusCode).toBe(401);
  });

  it('does not accept a session cookie Regie never issued', async () => {
    const response = await t.request({ method: 'GET', url: '/api/me', cookie: `${sessionCookieName}=${'a'.repeat(43)}` });
    expect(response.statusCode).toBe(401);
  });
});
