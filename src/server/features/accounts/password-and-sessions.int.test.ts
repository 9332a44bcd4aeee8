import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProfessional, createRelative, createWorld, testPassword, type World } from '../../testing/factories.js';
import { rowCounts } from '../../testing/row-counts.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import type { Problem } from '../../../shared/problem.js';

describe('changing the password, and ending sessions', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t.db);
  });

  afterAll(() => t.close());

  const me = (cookie: string | undefined) => t.request({ method: 'GET', url: '/api/me', cookie });
  const changePassword = (cookie: string | undefined, currentPassword: string, newPassword: string) =>
    t.request({ method: 'POST', url: '/api/me/password', cookie, payload: { currentPassword, newPassword } });
  const passwordHashOf = async (accountId: string) =>
    (await t.db.selectFrom('accounts').select('password_hash').where('id', '=', accountId).executeTakeFirstOrThrow())
      .password_hash;

  describe('POST /api/me/password', () => {
    it('changes it, signs the person out on their other devices and keeps this one', async () => {
      const relative = await createRelative(t.db, { clientId: world.client.id });
      const here = await t.signIn(relative.email);
      const phone = await t.signIn(relative.email);
      const tablet = await t.signIn(relative.email);
      const response = await changePassword(here, testPassword, 'fiets regen koffie lamp');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ otherSessionsEnded: 2 });
      expect((await me(here)).statusCode).toBe(200);
      expect((await me(phone)).statusCode).toBe(401);
      expect((await me(tablet)).statusCode).toBe(401);
      await expect(t.signIn(relative.email)).rejects.toThrow(/401/);
      expect(await t.signIn(relative.email, 'fiets regen koffie lamp')).toBeTruthy();

      const audit = await t.db
        .selectFrom('audit_events')
        .select(['action', 'data_category', 'object_id', 'actor_role'])
        .where('actor_account_id', '=', relative.account_id)
        .where('action', '=', 'update')
        .execute();
      expect(audit).toEqual([
        { action: 'update', data_category: 'account', object_id: relative.account_id, actor_role: 'relative' },
      ]);
    });

    it('refuses a wrong current password, naming currentPassword, and changes nothing', async () => {
      const cookie = await t.signIn(world.relative.email);
      const other = await t.signIn(world.relative.email);
      const before = await passwordHashOf(world.relative.account_id);
      const response = await changePassword(cookie, 'Niet-mijn-wachtwoord-1', 'fiets regen koffie lamp');
      expect(response.statusCode).toBe(400);
      expect(response.json<Problem>().errors?.map((e) => [e.field, e.code])).toEqual([['currentPassword', 'wrong_password']]);
      expect(await passwordHashOf(world.relative.account_id)).toBe(before);
      expect((await me(other)).statusCode).toBe(200);
    });

    it.each([
      ['wachtwoord2026', 'password_common'],
      ['kort', 'password_too_short'],
    ])('refuses the new password %s, naming newPassword (%s), and changes nothing', async (newPassword, code) => {
      const cookie = await t.signIn(world.otherClient.email ?? '');
      const before = await passwordHashOf(world.otherClient.account_id ?? '');
      const response = await changePassword(cookie, testPassword, newPassword);
      expect(response.statusCode).toBe(400);
      const errors = response.json<Problem>().errors ?? [];
      expect(errors.map((e) => [e.field, e.code])).toEqual([['newPassword', code]]);
      expect(errors[0]?.message).toMatch(/choose another|at least 8 characters/);
      expect(await passwordHashOf(world.otherClient.account_id ?? '')).toBe(before);
    });

    it("refuses the person's own email address as the new password", async () => {
      const cookie = await t.signIn(world.otherClient.email ?? '');
      const response = await changePassword(cookie, testPassword, world.otherClient.email ?? '');
      expect(response.json<Problem>().errors?.map((e) => [e.field, e.code])).toEqual([['newPassword', 'password_personal']]);
    });

    it('counts wrong current passwords against the account: after 10, 429 even for the right one', async () => {
      const professional = await createProfessional(t.db, {
        organisationId: world.home.id,
        teamId: world.team.id,
        role: 'clinician',
      });
      const cookie = await t.signIn(professional.email);
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++)
        statuses.push((await changePassword(cookie, `Fout-${i}-wachtwoord`, 'fiets regen koffie lamp')).statusCode);
      expect(statuses.at(-1)).toBe(429);
      const locked = await changePassword(cookie, testPassword, 'fiets regen koffie lamp');
      expect(locked.statusCode).toBe(429);
      expect(locked.headers['retry-after']).toBeDefined();
      await t.db.deleteFrom('sign_in_throttle').execute();
    });

    it('is refused to someone not signed in', async () => {
      expect((await changePassword(undefined, testPassword, 'fiets regen koffie lamp')).statusCode).toBe(401);
    });
  });

  describe('POST /api/professionals/:professionalId/sessions/end', () => {
    const endSessions = (cookie: string | undefined, professionalId: string) =>
      t.request({ method: 'POST', url: `/api/professionals/${professionalId}/sessions/end`, cookie });

    it('lets the admin sign a professional of their organisation out everywhere; audited', async () => {
      const professional = await createProfessional(t.db, {
        organisationId: world.home.id,
        teamId: world.team.id,
        role: 'clinician',
      });
      const laptop = await t.signIn(professional.email);
      const phone = await t.signIn(professional.email);
      const pending = (await t.signInFirstStep(professional.email)).cookie;
      const admin = await t.signIn(world.admin.email);
      const response = await endSessions(admin, professional.id);
      expect(response.statusCode).toBe(204);
      expect((await me(laptop)).statusCode).toBe(401);
      expect((await me(phone)).statusCode).toBe(401);
      expect(
        await t.db.selectFrom('sessions').select('id_hash').where('account_id', '=', professional.account_id).execute(),
      ).toEqual([]);
      expect(
        (await t.request({ method: 'POST', url: '/api/auth/second-factor', cookie: pending, payload: { code: '123456' } }))
          .statusCode,
      ).toBe(401);
      expect((await me(admin)).statusCode).toBe(200);

      const audit = await t.db
        .selectFrom('audit_events')
        .select(['action', 'data_category', 'object_id', 'actor_role'])
        .where('actor_account_id', '=', world.admin.account_id)
        .where('action', '=', 'delete')
        .execute();
      expect(audit).toEqual([{ action: 'delete', data_category: 'session', object_id: professional.id, actor_role: 'admin' }]);
    });

    it("answers 404 for another organisation's professional, and ends nothing", async () => {
      const foreign = await t.signIn(world.foreignCoordinator.email);
      const admin = await t.signIn(world.admin.email);
      const before = await rowCounts(t.db, ['sessions']);
      const response = await endSessions(admin, world.foreignCoordinator.id);
      expect(response.statusCode).toBe(404);
      expect(await rowCounts(t.db, ['sessions'])).toEqual(before);
      expect((await me(foreign)).statusCode).toBe(200);
      const refusal = await t.db
        .selectFrom('audit_events')
        .select(['action', 'outcome', 'object_id'])
        .where('actor_account_id', '=', world.admin.account_id)
        .where('action', '=', 'access_refused')
        .execute();
      expect(refusal).toContainEqual({ action: 'access_refused', outcome: 'refused', object_id: world.foreignCoordinator.id });
    });

    it('answers 404 for an id that is no professional', async () => {
      const admin = await t.signIn(world.admin.email);
      expect((await endSessions(admin, world.client.id)).statusCode).toBe(404);
    });

    it('refuses every other role with 403, and anonymous with 401; nothing ends', async () => {
      const target = await t.signIn(world.clinician.email);
      for (const email of [
        world.coordinator.email,
        world.teamLead.email,
        world.researcher.email,
        world.client.email ?? '',
        world.relative.email,
      ]) {
        const cookie = await t.signIn(email);
        expect((await endSessions(cookie, world.clinician.id)).statusCode, email).toBe(403);
      }
      expect((await endSessions(undefined, world.clinician.id)).statusCode).toBe(401);
      expect((await me(target)).statusCode).toBe(200);
    });
  });
});
