import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../platform/auth/session-token.js';
import { matchTotp, totpCode } from '../../platform/auth/totp.js';
import { createClient, createProfessional, createWorld, type World } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import type { Problem } from '../../../shared/problem.js';

const cookieName = '__Host-regie_session';

interface Enrolment {
  secret: string;
  otpauthUri: string;
  qrCodeDataUrl: string;
}

describe('setting up the second factor', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t.db);
  });

  afterAll(() => t.close());

  const start = (cookie: string | undefined) => t.request({ method: 'POST', url: '/api/me/second-factor', cookie });
  const confirm = (cookie: string | undefined, code: string) =>
    t.request({ method: 'POST', url: '/api/me/second-factor/confirm', cookie, payload: { code } });
  const me = (cookie: string | undefined) => t.request({ method: 'GET', url: '/api/me', cookie });
  const cookieOf = (response: { cookies: { name: string; value: string }[] }) => {
    const session = response.cookies.find((c) => c.name === cookieName);
    return session ? `${cookieName}=${session.value}` : undefined;
  };
  const sessionExists = async (cookie: string) =>
    (await t.db
      .selectFrom('sessions')
      .select('stage')
      .where('id_hash', '=', hashToken(cookie.slice(cookieName.length + 1)))
      .executeTakeFirst()) !== undefined;
  const newProfessional = () =>
    createProfessional(t.db, { organisationId: world.home.id, teamId: world.team.id, role: 'coordinator', withTotp: false });
  const newClient = () => createClient(t.db, { teamId: world.team.id, coordinatorId: world.coordinator.id });

  describe('a professional at their first sign-in', () => {
    it('gets a secret, its otpauth address and a QR code image; nothing counts until confirmed', async () => {
      const professional = await newProfessional();
      const { cookie, next } = await t.signInFirstStep(professional.email);
      expect(next).toBe('enrolment');
      const response = await start(cookie);
      expect(response.statusCode).toBe(200);
      const enrolment = response.json<Enrolment>();
      expect(enrolment.secret).toMatch(/^[A-Z2-7]{32}$/);
      expect(enrolment.otpauthUri).toMatch(/^otpauth:\/\/totp\/Regie:/);
      expect(enrolment.otpauthUri).toContain(`secret=${enrolment.secret}`);
      expect(enrolment.qrCodeDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
      const svg = Buffer.from(enrolment.qrCodeDataUrl.split(',')[1] ?? '', 'base64').toString();
      expect(svg).toMatch(/^<svg /);
      expect(svg).not.toMatch(/<script|style=/i);
      const account = await t.db
        .selectFrom('accounts')
        .select(['totp_secret', 'totp_confirmed_at'])
        .where('id', '=', professional.account_id)
        .executeTakeFirstOrThrow();
      expect(account).toEqual({ totp_secret: enrolment.secret, totp_confirmed_at: null });
      // Still held at enrolment: signing in again asks for enrolment, not for a code.
      expect((await t.signInFirstStep(professional.email)).next).toBe('enrolment');
    });

    it('confirms with a code from the app: recovery codes once, a new signed-in session, the old one ended', async () => {
      const professional = await newProfessional();
      const { cookie } = await t.signInFirstStep(professional.email);
      const { secret } = (await start(cookie)).json<Enrolment>();

      const wrong = await confirm(cookie, String((Number(await totpCode(secret)) + 500_000) % 1_000_000).padStart(6, '0'));
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json<Problem>().errors?.map((e) => [e.field, e.code])).toEqual([['code', 'invalid_code']]);

      const response = await confirm(cookie, await totpCode(secret));
      expect(response.statusCode).toBe(200);
      const body = response.json<{ recoveryCodes: string[]; me: { email: string; secondFactor: object } }>();
      expect(body.recoveryCodes).toHaveLength(10);
      expect(new Set(body.recoveryCodes).size).toBe(10);
      expect(body.me).toMatchObject({ email: professional.email, secondFactor: { enabled: true, required: true } });
      const active = cookieOf(response);
      expect(active).toBeDefined();
      expect(active).not.toBe(cookie);
      expect(await sessionExists(cookie)).toBe(false);
      expect((await me(active)).statusCode).toBe(200);

      const stored = await t.db
        .selectFrom('recovery_codes')
        .select('code_hash')
        .where('account_id', '=', professional.account_id)
        .execute();
      expect(stored).toHaveLength(10);
      expect(stored.map((r) => r.code_hash)).not.toContain(body.recoveryCodes[0]);

      // From now on the code step follows the password, and a recovery code from the list works.
      const again = await t.signInFirstStep(professional.email);
      expect(again.next).toBe('second_factor');
      const recovery = await t.request({
        method: 'POST',
        url: '/api/auth/second-factor',
        cookie: again.cookie,
        payload: { code: body.recoveryCodes[3] ?? '' },
      });
      expect(recovery.statusCode).toBe(200);

      const audit = await t.db
        .selectFrom('audit_events')
        .select(['action', 'data_category', 'object_id'])
        .where('actor_account_id', '=', professional.account_id)
        .where('action', '=', 'update')
        .execute();
      expect(audit).toEqual([{ action: 'update', data_category: 'account', object_id: professional.account_id }]);
    });

    it('does not let the confirming code be used again to sign in (replay)', async () => {
      const professional = await newProfessional();
      const { cookie } = await t.signInFirstStep(professional.email);
      const { secret } = (await start(cookie)).json<Enrolment>();
      const code = await totpCode(secret);
      expect((await confirm(cookie, code)).statusCode).toBe(200);
      const again = await t.signInFirstStep(professional.email);
      const replay = await t.request({ method: 'POST', url: '/api/auth/second-factor', cookie: again.cookie, payload: { code } });
      expect(replay.statusCode).toBe(401);
    });

    it('refuses to confirm before a secret was given, and to start over once confirmed', async () => {
      const professional = await newProfessional();
      const { cookie } = await t.signInFirstStep(professional.email);
      const early = await confirm(cookie, '123456');
      expect(early.statusCode).toBe(409);
      expect(early.json<Problem>().code).toBe('second_factor_not_started');

      const active = await t.signIn(world.coordinator.email);
      const restart = await start(active);
      expect(restart.statusCode).toBe(409);
      expect(restart.json<Problem>().code).toBe('second_factor_on');
      // The confirmed secret is untouched.
      const account = await t.db
        .selectFrom('accounts')
        .select('totp_confirmed_at')
        .where('id', '=', world.coordinator.account_id)
        .executeTakeFirstOrThrow();
      expect(account.totp_confirmed_at).not.toBeNull();
    });

    it('is refused to someone not signed in', async () => {
      expect((await start(undefined)).statusCode).toBe(401);
      expect((await confirm(undefined, '123456')).statusCode).toBe(401);
      expect((await t.request({ method: 'POST', url: '/api/me/recovery-codes' })).statusCode).toBe(401);
    });
  });

  describe('a client or relative, by choice', () => {
    it('turns it on from an active session, which stays (no new cookie); the next sign-in asks for a code', async () => {
      const client = await newClient();
      const cookie = await t.signIn(client.email ?? '');
      expect((await me(cookie)).json()).toMatchObject({ secondFactor: { enabled: false, required: false } });
      const { secret } = (await start(cookie)).json<Enrolment>();
      const response = await confirm(cookie, await totpCode(secret));
      expect(response.statusCode).toBe(200);
      expect(cookieOf(response)).toBeUndefined();
      expect((await me(cookie)).json()).toMatchObject({ secondFactor: { enabled: true, required: false } });
      expect((await t.signInFirstStep(client.email ?? '')).next).toBe('second_factor');
    });

    it('a relative can do the same', async () => {
      const cookie = await t.signIn(world.otherRelative.email);
      const { secret } = (await start(cookie)).json<Enrolment>();
      expect((await confirm(cookie, await totpCode(secret))).statusCode).toBe(200);
      expect((await t.signInFirstStep(world.otherRelative.email)).next).toBe('second_factor');
    });
  });

  describe('new recovery codes', () => {
    it('replace the old set: an old code no longer works, a new one does', async () => {
      const professional = await newProfessional();
      const first = await t.signInFirstStep(professional.email);
      const { secret } = (await start(first.cookie)).json<Enrolment>();
      const confirmed = await confirm(first.cookie, await totpCode(secret));
      const oldCodes = confirmed.json<{ recoveryCodes: string[] }>().recoveryCodes;
      const active = cookieOf(confirmed);

      const renewed = await t.request({ method: 'POST', url: '/api/me/recovery-codes', cookie: active });
      expect(renewed.statusCode).toBe(200);
      const newCodes = renewed.json<{ recoveryCodes: string[] }>().recoveryCodes;
      expect(newCodes).toHaveLength(10);
      expect(newCodes.some((code) => oldCodes.includes(code))).toBe(false);

      const pending = await t.signInFirstStep(professional.email);
      const secondFactor = (code: string) =>
        t.request({ method: 'POST', url: '/api/auth/second-factor', cookie: pending.cookie, payload: { code } });
      expect((await secondFactor(oldCodes[0] ?? '')).statusCode).toBe(401);
      expect((await secondFactor(newCodes[0] ?? '')).statusCode).toBe(200);
    });

    it('are refused without a second factor, and to an enrolment session', async () => {
      const cookie = await t.signIn(world.client.email ?? '');
      const response = await t.request({ method: 'POST', url: '/api/me/recovery-codes', cookie });
      expect(response.statusCode).toBe(409);
      expect(response.json<Problem>().code).toBe('second_factor_off');
      const enrolling = (await t.signInFirstStep((await newProfessional()).email)).cookie;
      expect((await t.request({ method: 'POST', url: '/api/me/recovery-codes', cookie: enrolling })).statusCode).toBe(401);
    });
  });

  it('the demo secret of the README is accepted with its 80 bits', async () => {
    expect(await matchTotp('JBSWY3DPEHPK3PXP', await totpCode('JBSWY3DPEHPK3PXP'))).not.toBeNull();
  });
});
