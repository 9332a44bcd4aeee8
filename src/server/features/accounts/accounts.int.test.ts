import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../platform/auth/session-token.js';
import { createWorld, testPassword, type World } from '../../testing/factories.js';
import { rowCounts } from '../../testing/row-counts.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import type { Problem } from '../../../shared/problem.js';

// Spelled out rather than imported: renaming the cookie would sign everyone out, and should show here.
const cookieName = '__Host-regie_session';

describe('signing in, who am I, signing out', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t.db);
  });

  afterAll(() => t.close());

  const login = (email: string, password: string, cookie?: string) =>
    t.request({ method: 'POST', url: '/api/auth/login', payload: { email, password }, cookie });
  const me = (cookie: string | undefined) => t.request({ method: 'GET', url: '/api/me', cookie });
  const tokenOf = (cookie: string) => cookie.slice(cookieName.length + 1);
  const sessionExists = async (cookie: string) =>
    (await t.db
      .selectFrom('sessions')
      .select('account_id')
      .where('id_hash', '=', hashToken(tokenOf(cookie)))
      .executeTakeFirst()) !== undefined;

  describe('signing in', () => {
    it('sets a __Host- session cookie that scripts cannot read and other sites do not get', async () => {
      const response = await login(world.client.email ?? '', testPassword);
      expect(response.statusCode).toBe(200);
      const session = response.cookies.find((c) => c.name === cookieName);
      // __Host- requires Secure and Path=/ and forbids Domain; browsers drop the cookie otherwise.
      expect(session).toMatchObject({ httpOnly: true, secure: true, path: '/', sameSite: 'Lax' });
      expect(session).not.toHaveProperty('domain');
      expect(session?.value).toMatch(/^[\w-]{43}$/); // 256 random bits
      expect(response.json()).toMatchObject({ next: 'done', me: { email: world.client.email, role: 'client' } });
    });

    it('gives one answer for a wrong password, an unknown email address and a disabled account', async () => {
      const wrong = await login(world.coordinator.email, 'Niet-het-goede-1234');
      const unknown = await login('niemand@nergens.test', 'Niet-het-goede-1234');
      const disabledEmail = world.otherRelative.email;
      await t.db
        .updateTable('accounts')
        .set({ disabled_at: new Date().toISOString() })
        .where('email', '=', disabledEmail)
        .execute();
      const disabled = await login(disabledEmail, testPassword);
      for (const response of [wrong, unknown, disabled]) {
        expect(response.statusCode).toBe(401);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.cookies).toEqual([]);
      }
      expect(wrong.json<Problem>()).toMatchObject({
        code: 'invalid_credentials',
        title: 'The email address or password is not correct.',
      });
      expect(unknown.json()).toEqual(wrong.json());
      expect(disabled.json()).toEqual(wrong.json());
    });

    it('ends the open session of a disabled account at its next request', async () => {
      const client = world.otherClient;
      const cookie = await t.signIn(client.email ?? '');
      expect((await me(cookie)).statusCode).toBe(200);
      await t.db
        .updateTable('accounts')
        .set({ disabled_at: new Date().toISOString() })
        .where('id', '=', client.account_id ?? '')
        .execute();
      expect((await me(cookie)).statusCode).toBe(401);
      expect(await sessionExists(cookie)).toBe(false);
    });

    it('gives a new session id at every sign-in and ends the one the browser still had', async () => {
      const first = await t.signIn(world.relative.email);
      const second = await login(world.relative.email, testPassword, first);
      const secondCookie = second.cookies.find((c) => c.name === cookieName);
      expect(secondCookie?.value).not.toBe(tokenOf(first));
      expect((await me(first)).statusCode).toBe(401);
      expect((await me(`${cookieName}=${secondCookie?.value ?? ''}`)).statusCode).toBe(200);
    });
  });

  describe('GET /api/me', () => {
    // Exactly these fields: a password hash or any other column cannot slip into the answer.
    const fields = [
      'accountId',
      'clientId',
      'email',
      'locale',
      'name',
      'organisation',
      'relativeOf',
      'role',
      'secondFactor',
      'team',
    ];

    it('tells a coordinator who they are and where they work', async () => {
      const response = await me(await t.signIn(world.coordinator.email));
      expect(Object.keys(response.json<object>()).sort()).toEqual(fields);
      expect(response.json()).toEqual({
        accountId: world.coordinator.account_id,
        email: world.coordinator.email,
        name: world.coordinator.name,
        role: 'coordinator',
        locale: 'nl',
        organisation: { id: world.home.id, name: world.home.name },
        team: { id: world.team.id, name: world.team.name },
        clientId: null,
        relativeOf: [],
        secondFactor: { enabled: true, required: true },
      });
    });

    it('tells an admin their organisation, without a team', async () => {
      const response = await me(await t.signIn(world.admin.email));
      expect(response.json()).toMatchObject({
        email: world.admin.email,
        name: world.admin.name,
        role: 'admin',
        organisation: { id: world.home.id },
        team: null,
        clientId: null,
      });
    });

    it('tells a client their own client record, and nothing of an organisation', async () => {
      const response = await me(await t.signIn(world.client.email ?? ''));
      expect(Object.keys(response.json<object>()).sort()).toEqual(fields);
      expect(response.json()).toMatchObject({
        email: world.client.email,
        name: world.client.name,
        role: 'client',
        organisation: null,
        team: null,
        clientId: world.client.id,
        relativeOf: [],
        secondFactor: { enabled: false, required: false },
      });
    });

    it('tells a relative whose relative they are, and no one else', async () => {
      const response = await me(await t.signIn(world.relative.email));
      expect(response.json()).toMatchObject({
        email: world.relative.email,
        name: world.relative.name,
        role: 'relative',
        organisation: null,
        clientId: null,
        relativeOf: [{ id: world.client.id, name: world.client.name }],
      });
    });

    it('never contains a password hash', async () => {
      for (const email of [world.coordinator.email, world.admin.email, world.client.email ?? '', world.relative.email]) {
        const response = await me(await t.signIn(email));
        expect(response.body).not.toMatch(/argon2|password|hash/i);
      }
    });

    it('is not served to someone who is not signed in, nor for a session Regie never issued', async () => {
      for (const cookie of [
        undefined,
        `${cookieName}=${'a'.repeat(43)}`,
        `${cookieName}=`,
        `${cookieName}=${'%00'.repeat(10)}`,
      ]) {
        const response = await me(cookie);
        expect(response.statusCode, cookie).toBe(401);
        expect(response.json<Problem>().code).toBe('unauthenticated');
      }
    });
  });

  describe('PATCH /api/me', () => {
    it('keeps the chosen language with the account, also for the next session', async () => {
      const cookie = await t.signIn(world.teamLead.email);
      const response = await t.request({ method: 'PATCH', url: '/api/me', cookie, payload: { locale: 'en' } });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ locale: 'en' });
      expect((await me(cookie)).json()).toMatchObject({ locale: 'en' });
      expect((await me(await t.signIn(world.teamLead.email))).json()).toMatchObject({ locale: 'en' });
    });

    it('refuses a language Regie does not have, naming the field, and keeps the one chosen', async () => {
      const cookie = await t.signIn(world.otherProfessional.email);
      const bad = await t.request({ method: 'PATCH', url: '/api/me', cookie, payload: { locale: 'fr' } });
      expect(bad.statusCode).toBe(400);
      expect(bad.headers['content-type']).toContain('application/problem+json');
      expect(bad.json<Problem>().errors).toEqual([expect.objectContaining({ field: 'locale' })]);
      expect((await me(cookie)).json()).toMatchObject({ locale: 'nl' });
    });
  });

  describe('CSRF', () => {
    it('refuses a state change without the x-regie-csrf header, and changes nothing', async () => {
      const cookie = await t.signIn(world.researcher.email);
      const before = await rowCounts(t.db);
      // t.app.inject directly: t.request would add the header.
      const patch = await t.app.inject({ method: 'PATCH', url: '/api/me', headers: { cookie }, payload: { locale: 'en' } });
      const logout = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
      const signIn = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: world.researcher.email, password: testPassword },
      });
      for (const response of [patch, logout, signIn]) {
        expect(response.statusCode).toBe(403);
        expect(response.json<Problem>().code).toBe('csrf_header_missing');
        expect(response.cookies).toEqual([]);
      }
      expect(await rowCounts(t.db)).toEqual(before);
      expect((await me(cookie)).json()).toMatchObject({ locale: 'nl' });
    });

    it('refuses a state change from another origin, even with the header', async () => {
      const cookie = await t.signIn(world.researcher.email);
      const response = await t.request({
        method: 'PATCH',
        url: '/api/me',
        cookie,
        payload: { locale: 'en' },
        headers: { origin: 'https://evil.example' },
      });
      expect(response.statusCode).toBe(403);
      expect(response.json<Problem>().code).toBe('csrf_origin_rejected');
      expect((await me(cookie)).json()).toMatchObject({ locale: 'nl' });
    });
  });

  describe('signing out', () => {
    it('ends the session on the server: the old cookie no longer works, and the browser is told to forget it', async () => {
      const cookie = await t.signIn(world.foreignCoordinator.email);
      const response = await t.request({ method: 'POST', url: '/api/auth/logout', cookie });
      expect(response.statusCode).toBe(204);
      const cleared = response.cookies.find((c) => c.name === cookieName);
      expect(cleared?.value).toBe('');
      expect(cleared?.expires?.getTime()).toBeLessThanOrEqual(Date.now());
      expect(await sessionExists(cookie)).toBe(false);
      expect((await me(cookie)).statusCode).toBe(401);
    });

    it('leaves the other sessions of the same person alone', async () => {
      const laptop = await t.signIn(world.foreignAdmin.email);
      const phone = await t.signIn(world.foreignAdmin.email);
      await t.request({ method: 'POST', url: '/api/auth/logout', cookie: laptop });
      expect((await me(phone)).statusCode).toBe(200);
    });
  });
});
