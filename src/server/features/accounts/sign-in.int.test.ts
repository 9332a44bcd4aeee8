import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { accessMatrix, type Method, type RouteKey } from '../../access-matrix.js';
import { hashToken } from '../../platform/auth/session-token.js';
import { totpCode } from '../../platform/auth/totp.js';
import {
  createClient,
  createProfessional,
  createWorld,
  testPassword,
  testTotpSecret,
  type World,
} from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import type { Problem } from '../../../shared/problem.js';

const cookieName = '__Host-regie_session';

describe('signing in with a second factor', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t.db);
  });

  // Every test starts without counted failures: the address of inject is the same for all of them.
  afterEach(async () => {
    await t.db.deleteFrom('sign_in_throttle').execute();
  });

  afterAll(() => t.close());

  const login = (email: string, password = testPassword, remoteAddress?: string) =>
    t.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password },
      ...(remoteAddress ? { remoteAddress } : {}),
    });
  const secondFactor = (cookie: string, code: string) =>
    t.request({ method: 'POST', url: '/api/auth/second-factor', cookie, payload: { code } });
  const me = (cookie: string | undefined) => t.request({ method: 'GET', url: '/api/me', cookie });
  const cookieOf = (response: { cookies: { name: string; value: string }[] }) => {
    const session = response.cookies.find((c) => c.name === cookieName);
    return session ? `${cookieName}=${session.value}` : undefined;
  };
  const stageOf = async (cookie: string) =>
    (
      await t.db
        .selectFrom('sessions')
        .select('stage')
        .where('id_hash', '=', hashToken(cookie.slice(cookieName.length + 1)))
        .executeTakeFirst()
    )?.stage;
  const newProfessional = (withTotp = true) =>
    createProfessional(t.db, { organisationId: world.home.id, teamId: world.team.id, role: 'clinician', withTotp });
  const wrongCode = async () => String((Number(await totpCode(testTotpSecret)) + 500_000) % 1_000_000).padStart(6, '0');

  describe('the password step', () => {
    it('asks a professional with a second factor for their code, and holds the session at that stage', async () => {
      const response = await login(world.coordinator.email);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ next: 'second_factor' });
      const cookie = cookieOf(response);
      expect(cookie).toBeDefined();
      expect(await stageOf(cookie ?? '')).toBe('second_factor');
    });

    it('sends a professional without a second factor to set one up', async () => {
      const professional = await newProfessional(false);
      const response = await login(professional.email);
      expect(response.json()).toEqual({ next: 'enrolment' });
      expect(await stageOf(cookieOf(response) ?? '')).toBe('enrolment');
    });

    it('signs a client or relative without a second factor in at once', async () => {
      for (const email of [world.client.email ?? '', world.relative.email]) {
        const response = await login(email);
        expect(response.json()).toMatchObject({ next: 'done', me: { email } });
        expect((await me(cookieOf(response))).statusCode).toBe(200);
      }
    });

    it('asks a client who turned the second factor on for their code too', async () => {
      const client = await createClient(t.db, { teamId: world.team.id, coordinatorId: world.coordinator.id });
      await t.db
        .updateTable('accounts')
        .set({ totp_secret: testTotpSecret, totp_confirmed_at: new Date().toISOString() })
        .where('id', '=', client.account_id ?? '')
        .execute();
      expect((await login(client.email ?? '')).json()).toEqual({ next: 'second_factor' });
    });

    it('never matches an account without a password, whatever is typed', async () => {
      const professional = await newProfessional();
      await t.db.updateTable('accounts').set({ password_hash: null }).where('id', '=', professional.account_id).execute();
      for (const password of [testPassword, 'null', 'undefined']) {
        const response = await login(professional.email, password);
        expect(response.statusCode).toBe(401);
        expect(response.json<Problem>().code).toBe('invalid_credentials');
      }
    });
  });

  describe('a session that has not finished signing in', () => {
    it('is nobody on every route but its own step, public ones included', async () => {
      const pending = (await t.signInFirstStep(world.clinician.email)).cookie;
      const enrolling = (await t.signInFirstStep((await newProfessional(false)).email)).cookie;
      const ownStep: Record<string, readonly RouteKey[]> = {
        [pending]: ['POST /api/auth/second-factor'],
        [enrolling]: ['POST /api/me/second-factor', 'POST /api/me/second-factor/confirm'],
      };
      const id = '00000000-0000-4000-8000-000000000000';
      for (const cookie of [pending, enrolling]) {
        for (const [route, row] of Object.entries(accessMatrix) as [RouteKey, (typeof accessMatrix)[RouteKey]][]) {
          if (row.anonymous !== 'unauthenticated' || ownStep[cookie]?.includes(route)) continue;
          const [method, path] = route.split(' ') as [Method, string];
          const response = await t.request({ method, url: path.replaceAll(/:[a-zA-Z]+/g, id), cookie });
          expect(response.statusCode, route).toBe(401);
        }
        // A public route treats it as no session at all: /api/me says nobody is signed in.
        expect((await me(cookie)).statusCode).toBe(401);
        expect(await stageOf(cookie)).toBeDefined();
      }
    });

    it('cannot use the enrolment routes from the code step, nor the code step from enrolment', async () => {
      const pending = (await t.signInFirstStep(world.clinician.email)).cookie;
      expect((await t.request({ method: 'POST', url: '/api/me/second-factor', cookie: pending })).statusCode).toBe(401);
      const enrolling = (await t.signInFirstStep((await newProfessional(false)).email)).cookie;
      expect((await secondFactor(enrolling, '123456')).statusCode).toBe(401);
    });
  });

  describe('the code step', () => {
    it('takes the code from the app and starts a new, signed-in session; the pending one ends', async () => {
      const professional = await newProfessional();
      const { cookie: pending } = await t.signInFirstStep(professional.email);
      const response = await secondFactor(pending, await totpCode(testTotpSecret));
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        email: professional.email,
        role: 'clinician',
        secondFactor: { enabled: true, required: true },
      });
      const active = cookieOf(response);
      expect(active).toBeDefined();
      expect(active).not.toBe(pending);
      expect(await stageOf(pending)).toBeUndefined();
      expect((await me(active)).statusCode).toBe(200);
    });

    it('refuses a code that was used before (replay), also in a new sign-in', async () => {
      const professional = await newProfessional();
      const code = await totpCode(testTotpSecret);
      const first = await t.signInFirstStep(professional.email);
      expect((await secondFactor(first.cookie, code)).statusCode).toBe(200);
      const second = await t.signInFirstStep(professional.email);
      const replay = await secondFactor(second.cookie, code);
      expect(replay.statusCode).toBe(401);
      expect(replay.json<Problem>()).toMatchObject({ code: 'invalid_code' });
      expect(replay.json<Problem>().title).toMatch(/not correct, or it was used before/);
    });

    it('refuses a wrong code with a clear message and keeps the pending session for another try', async () => {
      const professional = await newProfessional();
      const { cookie } = await t.signInFirstStep(professional.email);
      const wrong = await secondFactor(cookie, await wrongCode());
      expect(wrong.statusCode).toBe(401);
      expect(wrong.json<Problem>().code).toBe('invalid_code');
      expect(await stageOf(cookie)).toBe('second_factor');
      expect((await secondFactor(cookie, await totpCode(testTotpSecret))).statusCode).toBe(200);
    });

    it('takes a recovery code once', async () => {
      const professional = await newProfessional();
      const code = await t.addRecoveryCode(professional.email);
      const first = await t.signInFirstStep(professional.email);
      // Typed forgivingly: upper case, with spaces around.
      expect((await secondFactor(first.cookie, ` ${code.toUpperCase()} `)).statusCode).toBe(200);
      const used = await t.db
        .selectFrom('recovery_codes')
        .select('used_at')
        .where('account_id', '=', professional.account_id)
        .execute();
      expect(used.map((r) => r.used_at !== null)).toEqual([true]);
      const second = await t.signInFirstStep(professional.email);
      expect((await secondFactor(second.cookie, code)).statusCode).toBe(401);
    });

    it("does not take another account's recovery code", async () => {
      const professional = await newProfessional();
      const othersCode = await t.addRecoveryCode(world.teamLead.email);
      const { cookie } = await t.signInFirstStep(professional.email);
      expect((await secondFactor(cookie, othersCode)).statusCode).toBe(401);
    });

    it('ends the pending session after 5 wrong codes: the person starts again with the password', async () => {
      const professional = await newProfessional();
      const { cookie } = await t.signInFirstStep(professional.email);
      const answers: string[] = [];
      for (let i = 0; i < 5; i++) answers.push((await secondFactor(cookie, await wrongCode())).json<Problem>().code);
      expect(answers).toEqual(['invalid_code', 'invalid_code', 'invalid_code', 'invalid_code', 'second_factor_attempts_used']);
      expect(await stageOf(cookie)).toBeUndefined();
      const afterwards = await secondFactor(cookie, await totpCode(testTotpSecret));
      expect(afterwards.statusCode).toBe(401);
      expect(afterwards.json<Problem>().code).toBe('unauthenticated');
    });

    it('records a wrong code as a failed sign-in of the account, and the success as a sign-in', async () => {
      const professional = await newProfessional();
      const { cookie } = await t.signInFirstStep(professional.email);
      await secondFactor(cookie, await wrongCode());
      await secondFactor(cookie, await totpCode(testTotpSecret));
      const rows = await t.db
        .selectFrom('audit_events')
        .select(['action', 'outcome', 'actor_role', 'data_category'])
        .where('actor_account_id', '=', professional.account_id)
        .orderBy('sequence')
        .execute();
      expect(rows).toEqual([
        { action: 'sign_in_failed', outcome: 'failed', actor_role: null, data_category: 'session' },
        { action: 'sign_in', outcome: 'success', actor_role: 'clinician', data_category: 'session' },
      ]);
    });
  });

  describe('brute-force limits', () => {
    it('locks an email address after 10 wrong passwords: 429 with Retry-After, even for the right password', async () => {
      const professional = await newProfessional();
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++) statuses.push((await login(professional.email, `Fout-wachtwoord-${i}`)).statusCode);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 401, 401, 401, 429]);
      const locked = await login(professional.email);
      expect(locked.statusCode).toBe(429);
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);
      expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(900);
      expect(locked.json<Problem>()).toMatchObject({
        code: 'too_many_attempts',
        title: 'Too many attempts. Wait 15 minutes, or reset your password.',
      });
      expect(locked.cookies).toEqual([]);
      // The lock is counted per email address, not per person's other doors: someone else still gets in.
      expect((await login(world.relative.email)).statusCode).toBe(200);
    });

    it('locks an unknown email address exactly like a known one', async () => {
      const known = await newProfessional();
      const answers = async (email: string) => {
        const out: [number, string][] = [];
        for (let i = 0; i < 11; i++) {
          const response = await login(email, `Fout-wachtwoord-${i}`);
          out.push([response.statusCode, response.json<Problem>().code]);
        }
        return out;
      };
      expect(await answers('niemand-hier@nergens.test')).toEqual(await answers(known.email));
    });

    it('opens again when the lock has passed, and a success forgets the failures', async () => {
      const professional = await newProfessional();
      for (let i = 0; i < 10; i++) await login(professional.email, `Fout-wachtwoord-${i}`);
      expect((await login(professional.email)).statusCode).toBe(429);
      await t.db
        .updateTable('sign_in_throttle')
        .set({ locked_until: new Date(Date.now() - 1000).toISOString() })
        .execute();
      expect((await login(professional.email)).statusCode).toBe(200);
      expect(await t.db.selectFrom('sign_in_throttle').select('key').where('key', 'like', 'email:%').execute()).toEqual([]);
    });

    it('records the refusals during a lock as failed sign-ins with the outcome refused', async () => {
      const professional = await newProfessional();
      for (let i = 0; i < 10; i++) await login(professional.email, `Fout-wachtwoord-${i}`);
      await login(professional.email);
      const rows = await t.db
        .selectFrom('audit_events')
        .select(['action', 'outcome'])
        .where('actor_account_id', '=', professional.account_id)
        .orderBy('sequence')
        .execute();
      expect(rows.length).toBe(11);
      expect(rows.at(-1)).toEqual({ action: 'sign_in_failed', outcome: 'refused' });
      expect(rows.slice(0, 10).every((r) => r.action === 'sign_in_failed' && r.outcome === 'failed')).toBe(true);
    });

    it('keeps no email address in the table: the key is a hash', async () => {
      await login('iemand.bekend@voorbeeld.test', 'Fout-wachtwoord-1');
      const keys = (await t.db.selectFrom('sign_in_throttle').select('key').execute()).map((r) => r.key);
      expect(keys.some((key) => key.includes('@'))).toBe(false);
      expect(keys.filter((key) => key.startsWith('email:'))).toHaveLength(1);
    });

    it('locks a network address after 100 failures, for every email address', async () => {
      const address = '203.0.113.7';
      let last = 0;
      for (let i = 0; i < 100; i++) last = (await login(`poging-${i}@nergens.test`, 'Fout-wachtwoord-1', address)).statusCode;
      expect(last).toBe(429);
      const locked = await login(world.relative.email, testPassword, address);
      expect(locked.statusCode).toBe(429);
      expect(locked.headers['retry-after']).toBeDefined();
      // Another address is not affected.
      expect((await login(world.relative.email, testPassword, '203.0.113.8')).statusCode).toBe(200);
    });

    it('locks an account after 10 wrong codes over several pending sessions, refusing even the right code', async () => {
      const professional = await newProfessional();
      const statuses: number[] = [];
      for (let round = 0; round < 2; round++) {
        const { cookie } = await t.signInFirstStep(professional.email);
        for (let i = 0; i < 5; i++) statuses.push((await secondFactor(cookie, await wrongCode())).statusCode);
      }
      expect(statuses.at(-1)).toBe(429);
      const { cookie } = await t.signInFirstStep(professional.email);
      const locked = await secondFactor(cookie, await totpCode(testTotpSecret));
      expect(locked.statusCode).toBe(429);
      expect(locked.headers['retry-after']).toBeDefined();
    });
  });
});
