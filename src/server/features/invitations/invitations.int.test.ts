import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AcceptInvitationResult, ClientInvitations, Invitation, SentInvitation } from '../../../shared/invitations.js';
import { hashToken, sessionCookieName } from '../../platform/auth/session-token.js';
import { nowIso } from '../../platform/ids/ids.js';
import { auditRowsAfter, lastAuditSequence } from '../../testing/audit.js';
import { createClient, createWorld, type World } from '../../testing/factories.js';
import { startSmtpCatcher, type CaughtMail, type SmtpCatcher } from '../../testing/smtp-catcher.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import type { Problem } from '../../../shared/problem.js';

const invitationLink = /http:\/\/regie\.test\/uitnodiging#([A-Za-z0-9_-]{43})/;
const newPassword = 'fiets regen koffie lamp';

describe('invitations', () => {
  let t: TestApp;
  let w: World;
  let smtp: SmtpCatcher;
  const cookie: Record<string, string | undefined> = { anonymous: undefined };

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    t = await createTestApp({ mail: { transport: 'smtp', url: smtp.url, from: 'Regie <noreply@regie.test>' } });
    w = await createWorld(t.db);
    const people = {
      coordinator: w.coordinator.email,
      clinician: w.clinician.email,
      professional: w.otherProfessional.email,
      teamLead: w.teamLead.email,
      otherTeam: w.otherTeamCoordinator.email,
      foreign: w.foreignCoordinator.email,
      researcher: w.researcher.email,
      admin: w.admin.email,
      foreignAdmin: w.foreignAdmin.email,
      client: w.client.email ?? '',
      relative: w.relative.email,
    };
    for (const [who, email] of Object.entries(people)) cookie[who] = await t.signIn(email);
  });

  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  let serial = 0;
  const post = (who: string, url: string, payload?: object) =>
    t.request({ method: 'POST', url, cookie: cookie[who], ...(payload ? { payload } : {}) });
  const get = (who: string, url: string) => t.request({ method: 'GET', url, cookie: cookie[who] });

  /** A new relative of the client, with an email address: an account that cannot sign in yet. */
  async function newRelative(clientId = w.client.id, who = 'client') {
    const email = `naaste-${++serial}@voorbeeld.test`;
    const response = await post(who, `/api/clients/${clientId}/relatives`, {
      name: `Naaste Nieuw ${serial}`,
      relation: 'friend',
      email,
    });
    expect(response.statusCode, response.body).toBe(201);
    return { id: response.json<{ id: string }>().id, email, name: `Naaste Nieuw ${serial}` };
  }

  const relativeInvitation = (relativeId: string, clientId = w.client.id) =>
    `/api/clients/${clientId}/relatives/${relativeId}/invitation`;

  /** Sends the invitation and returns the mail that brought it and the token in its link. */
  async function invite(
    who: string,
    url: string,
    email: string,
  ): Promise<{ mail: CaughtMail; token: string; sent: SentInvitation }> {
    const before = smtp.mails.length;
    const response = await post(who, url);
    expect(response.statusCode, response.body).toBe(201);
    const mail = await smtp.waitFor((m) => m.recipients.includes(email), { after: before });
    const token = invitationLink.exec(mail.text)?.[1];
    if (token === undefined) throw new Error(`no invitation link in: ${mail.text}`);
    return { mail, token, sent: response.json<SentInvitation>() };
  }

  const inspect = (token: string) => t.request({ method: 'POST', url: '/api/invitations/inspect', payload: { token } });
  const accept = (token: string, password = newPassword) =>
    t.request({ method: 'POST', url: '/api/invitations/accept', payload: { token, password } });
  const tokenCount = async () =>
    Number(
      (
        await t.db
          .selectFrom('account_tokens')
          .select((eb) => eb.fn.countAll<string | number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  describe('inviting a relative', () => {
    it('lets the client invite their relative: a Dutch mail with the link, and nothing about the client or their care', async () => {
      const relative = await newRelative();
      const since = await lastAuditSequence(t.db);
      const { mail, token, sent } = await invite('client', relativeInvitation(relative.id), relative.email);

      expect(mail.subject).toBe('Uw uitnodiging voor Regie');
      expect(mail.from).toContain('noreply@regie.test');
      expect(mail.text).toContain('U kunt de link maar één keer gebruiken');
      expect(mail.html).toContain(`href="http://regie.test/uitnodiging#${token}"`);
      for (const secret of [w.client.name, relative.name, w.coordinator.name, w.home.name, w.team.name]) {
        expect(mail.raw, secret).not.toContain(secret);
      }
      const days = (Date.parse(sent.expiresAt) - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(6.99);
      expect(days).toBeLessThanOrEqual(7);

      // Only the hash is stored, and the audit log names ids, never the token.
      const stored = await t.db
        .selectFrom('account_tokens')
        .selectAll()
        .where('token_hash', '=', hashToken(token))
        .executeTakeFirstOrThrow();
      expect(stored).toMatchObject({
        purpose: 'invitation',
        used_at: null,
        expires_at: sent.expiresAt,
        on_behalf_of_account_id: null,
      });
      const rows = await auditRowsAfter(t.db, since);
      expect(rows).toMatchObject([
        {
          action: 'create',
          data_category: 'invitation',
          client_id: w.client.id,
          object_id: relative.id,
          actor_account_id: w.client.account_id,
          actor_role: 'client',
          on_behalf_of_account_id: null,
        },
      ]);
      const everything = JSON.stringify(await t.db.selectFrom('account_tokens').selectAll().execute()) + JSON.stringify(rows);
      expect(everything).not.toContain(token);
    });

    it('writes to an account that chose English in English', async () => {
      const relative = await newRelative();
      await t.db.updateTable('accounts').set({ locale: 'en' }).where('email', '=', relative.email).execute();
      const { mail } = await invite('client', relativeInvitation(relative.id), relative.email);
      expect(mail.subject).toBe('Your invitation to Regie');
      expect(mail.text).toContain('This link works until');
    });

    it('refuses the rest of the team (403), hides the client from outsiders (404), and sends nothing', async () => {
      const relative = await newRelative();
      const tokens = await tokenCount();
      const mails = smtp.mails.length;
      const expected: Record<string, number> = {
        coordinator: 403,
        clinician: 403,
        professional: 403,
        teamLead: 403,
        relative: 403,
        researcher: 403,
        admin: 403,
        otherTeam: 404,
        foreign: 404,
        anonymous: 401,
      };
      for (const [who, status] of Object.entries(expected)) {
        expect((await post(who, relativeInvitation(relative.id))).statusCode, who).toBe(status);
      }
      // Another client's relative, under this client's address, does not exist here.
      expect((await post('client', relativeInvitation(w.otherRelative.id))).statusCode).toBe(404);
      expect(await tokenCount()).toBe(tokens);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(smtp.mails.length).toBe(mails);
    });

    it('lets the coordinator invite for the client once the client handed it over, recorded as done for the client', async () => {
      const relative = await newRelative();
      await t.db
        .insertInto('delegations')
        .values({ client_id: w.client.id, task: 'invite_members', granted_at: nowIso() })
        .execute();
      try {
        const since = await lastAuditSequence(t.db);
        const { token } = await invite('coordinator', relativeInvitation(relative.id), relative.email);
        expect(await auditRowsAfter(t.db, since)).toMatchObject([
          {
            action: 'create',
            data_category: 'invitation',
            client_id: w.client.id,
            object_id: relative.id,
            actor_account_id: w.coordinator.account_id,
            actor_role: 'coordinator',
            on_behalf_of_account_id: w.client.account_id,
          },
        ]);
        const stored = await t.db
          .selectFrom('account_tokens')
          .selectAll()
          .where('token_hash', '=', hashToken(token))
          .executeTakeFirstOrThrow();
        expect(stored).toMatchObject({
          created_by_account_id: w.coordinator.account_id,
          on_behalf_of_account_id: w.client.account_id,
        });
        // The task went to the client's own coordinator, not to the rest of the team.
        expect((await post('clinician', relativeInvitation(relative.id))).statusCode).toBe(403);
        expect((await post('teamLead', relativeInvitation(relative.id))).statusCode).toBe(403);
      } finally {
        await t.db.deleteFrom('delegations').where('client_id', '=', w.client.id).execute();
      }
      expect((await post('coordinator', relativeInvitation(relative.id))).statusCode).toBe(403);
    });

    it('lets the coordinator invite in their own name for a client who has no account', async () => {
      const client = await createClient(t.db, { teamId: w.team.id, coordinatorId: w.coordinator.id, withAccount: false });
      const relative = await newRelative(client.id, 'coordinator');
      const since = await lastAuditSequence(t.db);
      await invite('coordinator', relativeInvitation(relative.id, client.id), relative.email);
      expect(await auditRowsAfter(t.db, since)).toMatchObject([
        {
          action: 'create',
          client_id: client.id,
          object_id: relative.id,
          actor_role: 'coordinator',
          on_behalf_of_account_id: null,
        },
      ]);
      expect((await post('clinician', relativeInvitation(relative.id, client.id))).statusCode).toBe(403);
    });

    it('says why a relative cannot be invited: no email address, can already sign in, no longer a relative', async () => {
      const withoutEmail = await post('client', `/api/clients/${w.client.id}/relatives`, {
        name: 'Zonder Mail',
        relation: 'friend',
        email: null,
      });
      const tokens = await tokenCount();
      const noEmail = await post('client', relativeInvitation(withoutEmail.json<{ id: string }>().id));
      expect(noEmail.statusCode).toBe(409);
      expect(noEmail.json<Problem>().code).toBe('no_email');
      const signsIn = await post('client', relativeInvitation(w.relative.id));
      expect(signsIn.statusCode).toBe(409);
      expect(signsIn.json<Problem>()).toMatchObject({
        code: 'can_already_sign_in',
        title: 'This person can already sign in: they need no invitation.',
      });
      const ended = await newRelative();
      await t.db.updateTable('relatives').set({ ended_at: nowIso() }).where('id', '=', ended.id).execute();
      const endedAnswer = await post('client', relativeInvitation(ended.id));
      expect(endedAnswer.statusCode).toBe(409);
      expect(endedAnswer.json<Problem>().code).toBe('relative_ended');
      expect(await tokenCount()).toBe(tokens);
    });
  });

  describe('inviting a client', () => {
    async function newClient() {
      const email = `client-${++serial}@voorbeeld.test`;
      const response = await post('coordinator', '/api/clients', { name: `Cliënt Nieuw ${serial}`, email });
      expect(response.statusCode, response.body).toBe(201);
      return { id: response.json<{ id: string }>().id, email, name: `Cliënt Nieuw ${serial}` };
    }

    it('lets the professionals who register clients invite them, and mails no name', async () => {
      for (const who of ['coordinator', 'clinician', 'teamLead']) {
        const client = await newClient();
        const since = await lastAuditSequence(t.db);
        const { mail } = await invite(who, `/api/clients/${client.id}/invitation`, client.email);
        expect(mail.raw).not.toContain(client.name);
        expect(await auditRowsAfter(t.db, since)).toMatchObject([
          { action: 'create', data_category: 'invitation', client_id: client.id, object_id: client.id },
        ]);
      }
    });

    it('refuses other roles (403) and outsiders (404), and sends nothing', async () => {
      const client = await newClient();
      const tokens = await tokenCount();
      // Another client and a relative of another client meet this client as if it did not exist.
      const expected = {
        professional: 403,
        client: 404,
        relative: 404,
        researcher: 403,
        admin: 403,
        otherTeam: 404,
        foreign: 404,
        anonymous: 401,
      };
      for (const [who, status] of Object.entries(expected)) {
        expect((await post(who, `/api/clients/${client.id}/invitation`)).statusCode, who).toBe(status);
      }
      expect(await tokenCount()).toBe(tokens);
    });

    it('answers 409 for a client without an email address or who can already sign in', async () => {
      const withoutEmail = await post('coordinator', '/api/clients', { name: 'Zonder Adres', email: null });
      const noEmail = await post('coordinator', `/api/clients/${withoutEmail.json<{ id: string }>().id}/invitation`);
      expect(noEmail.json<Problem>()).toMatchObject({ status: 409, code: 'no_email' });
      expect((await post('coordinator', `/api/clients/${w.client.id}/invitation`)).json<Problem>()).toMatchObject({
        status: 409,
        code: 'can_already_sign_in',
      });
    });
  });

  describe('inviting a professional', () => {
    async function newProfessional() {
      const email = `prof-${++serial}@ggz.test`;
      const response = await post('admin', '/api/professionals', {
        name: `Prof Nieuw ${serial}`,
        email,
        role: 'clinician',
        teamId: w.team.id,
      });
      expect(response.statusCode, response.body).toBe(201);
      return { id: response.json<{ id: string }>().id, email };
    }

    it("lets the admin invite their organisation's professionals, who are told about the second step", async () => {
      const professional = await newProfessional();
      const { mail } = await invite('admin', `/api/professionals/${professional.id}/invitation`, professional.email);
      expect(mail.text).toContain('Daarna stelt u een tweede stap in om in te loggen');
      expect(mail.raw).not.toContain(w.home.name);
    });

    it('hides them from another organisation (404) and refuses other roles (403)', async () => {
      const professional = await newProfessional();
      const tokens = await tokenCount();
      const expected = { foreignAdmin: 404, coordinator: 403, teamLead: 403, client: 403, anonymous: 401 };
      for (const [who, status] of Object.entries(expected)) {
        expect((await post(who, `/api/professionals/${professional.id}/invitation`)).statusCode, who).toBe(status);
      }
      expect(await tokenCount()).toBe(tokens);
      expect((await post('admin', `/api/professionals/${w.clinician.id}/invitation`)).json<Problem>().code).toBe(
        'can_already_sign_in',
      );
    });
  });

  describe('who can be invited', () => {
    it('shows the client whom they may invite, whose link is out and who can sign in, and logs the read', async () => {
      const relative = await newRelative();
      const since = await lastAuditSequence(t.db);
      const before = (await get('client', `/api/clients/${w.client.id}/invitations`)).json<ClientInvitations>();
      expect(before.client).toEqual({ hasAccount: true, canSignIn: true, pendingUntil: null, abilities: { invite: false } });
      expect(before.relatives.find((r) => r.relativeId === relative.id)).toEqual({
        relativeId: relative.id,
        ended: false,
        hasAccount: true,
        canSignIn: false,
        pendingUntil: null,
        abilities: { invite: true },
      });
      expect(before.relatives.find((r) => r.relativeId === w.relative.id)).toMatchObject({
        canSignIn: true,
        abilities: { invite: false },
      });
      expect(await auditRowsAfter(t.db, since)).toMatchObject([
        { action: 'read', data_category: 'invitation', client_id: w.client.id },
      ]);

      const { sent } = await invite('client', relativeInvitation(relative.id), relative.email);
      const after = (await get('client', `/api/clients/${w.client.id}/invitations`)).json<ClientInvitations>();
      expect(after.relatives.find((r) => r.relativeId === relative.id)).toMatchObject({
        pendingUntil: sent.expiresAt,
        abilities: { invite: true },
      });

      // The coordinator may not invite relatives for a client who did not hand that over.
      const coordinatorView = (await get('coordinator', `/api/clients/${w.client.id}/invitations`)).json<ClientInvitations>();
      expect(coordinatorView.relatives.every((r) => !r.abilities.invite)).toBe(true);
      expect((await get('foreign', `/api/clients/${w.client.id}/invitations`)).statusCode).toBe(404);
      expect((await get('relative', `/api/clients/${w.client.id}/invitations`)).statusCode).toBe(403);
    });

    it('invites nobody without an email address, and no relative whose place ended', async () => {
      const withoutEmail = await post('client', `/api/clients/${w.client.id}/relatives`, {
        name: 'Geen Adres',
        relation: 'friend',
        email: null,
      });
      const ended = await newRelative();
      await t.db.updateTable('relatives').set({ ended_at: nowIso() }).where('id', '=', ended.id).execute();
      const listed = (await get('client', `/api/clients/${w.client.id}/invitations`)).json<ClientInvitations>().relatives;
      expect(listed.find((r) => r.relativeId === withoutEmail.json<{ id: string }>().id)).toMatchObject({
        hasAccount: false,
        abilities: { invite: false },
      });
      expect(listed.find((r) => r.relativeId === ended.id)).toMatchObject({
        ended: true,
        canSignIn: false,
        abilities: { invite: false },
      });
    });
  });

  describe('using an invitation link', () => {
    it('tells who it is for, sets the password, signs the relative in and logs it, once', async () => {
      const relative = await newRelative();
      const { token, sent } = await invite('client', relativeInvitation(relative.id), relative.email);

      const seen = await inspect(token);
      expect(seen.statusCode, seen.body).toBe(200);
      expect(seen.json<Invitation>()).toEqual({
        name: relative.name,
        email: relative.email,
        role: 'relative',
        expiresAt: sent.expiresAt,
        // A relative invited as a relative, not asked to join a group.
        group: null,
      });

      const since = await lastAuditSequence(t.db);
      const accepted = await accept(token);
      expect(accepted.statusCode, accepted.body).toBe(200);
      const result = accepted.json<AcceptInvitationResult>();
      expect(result).toMatchObject({ next: 'done', me: { role: 'relative', email: relative.email, name: relative.name } });
      const session = accepted.cookies.find((c) => c.name === sessionCookieName);
      expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
      const me = await t.request({ method: 'GET', url: '/api/me', cookie: `${sessionCookieName}=${session?.value ?? ''}` });
      expect(me.statusCode).toBe(200);
      expect(await auditRowsAfter(t.db, since)).toMatchObject([
        { action: 'update', data_category: 'invitation', actor_role: 'relative', client_id: null },
        { action: 'sign_in', data_category: 'session', actor_role: 'relative' },
      ]);

      // Used: the same answer as for a link that never existed, and the password stays.
      const unknown = await inspect('A'.repeat(43));
      for (const again of [await inspect(token), await accept(token, 'een heel ander wachtwoord')]) {
        expect(again.statusCode).toBe(404);
        expect(again.json<Problem>()).toEqual(unknown.json<Problem>());
      }
      expect(unknown.json<Problem>()).toMatchObject({
        code: 'link_invalid',
        title: 'This link is not valid (anymore). Ask for a new invitation.',
      });
      expect(await t.signIn(relative.email, newPassword)).toContain(sessionCookieName);
    });

    it('refuses a weak password on the password field and keeps the link', async () => {
      const relative = await newRelative();
      const { token } = await invite('client', relativeInvitation(relative.id), relative.email);
      const cases: [string, string][] = [
        ['kort', 'password_too_short'],
        ['wachtwoord123', 'password_common'],
        [relative.email, 'password_personal'],
      ];
      for (const [password, code] of cases) {
        const response = await accept(token, password);
        expect(response.statusCode, password).toBe(400);
        expect(response.json<Problem>().errors).toEqual([expect.objectContaining({ field: 'password', code })]);
      }
      const account = await t.db
        .selectFrom('accounts')
        .select('password_hash')
        .where('email', '=', relative.email)
        .executeTakeFirstOrThrow();
      expect(account.password_hash).toBeNull();
      expect((await inspect(token)).statusCode).toBe(200);
    });

    it('stops working when it expires, when a newer one is sent, when the relative ended or the account is disabled', async () => {
      const expired = await newRelative();
      const first = await invite('client', relativeInvitation(expired.id), expired.email);
      await t.db
        .updateTable('account_tokens')
        .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
        .where('token_hash', '=', hashToken(first.token))
        .execute();
      expect((await inspect(first.token)).statusCode).toBe(404);
      expect((await accept(first.token)).statusCode).toBe(404);

      const superseded = await newRelative();
      const older = await invite('client', relativeInvitation(superseded.id), superseded.email);
      const newer = await invite('client', relativeInvitation(superseded.id), superseded.email);
      expect((await inspect(older.token)).statusCode).toBe(404);
      expect((await inspect(newer.token)).statusCode).toBe(200);

      const ended = await newRelative();
      const endedLink = await invite('client', relativeInvitation(ended.id), ended.email);
      await t.db.updateTable('relatives').set({ ended_at: nowIso() }).where('id', '=', ended.id).execute();
      expect((await inspect(endedLink.token)).statusCode).toBe(404);
      expect((await accept(endedLink.token)).statusCode).toBe(404);

      const disabled = await newRelative();
      const disabledLink = await invite('client', relativeInvitation(disabled.id), disabled.email);
      await t.db.updateTable('accounts').set({ disabled_at: nowIso() }).where('email', '=', disabled.email).execute();
      expect((await inspect(disabledLink.token)).statusCode).toBe(404);
      expect((await accept(disabledLink.token)).statusCode).toBe(404);
      const untouched = await t.db
        .selectFrom('accounts')
        .select('password_hash')
        .where('email', 'in', [ended.email, disabled.email])
        .execute();
      expect(untouched.every((account) => account.password_hash === null)).toBe(true);
    });

    it('starts a professional at setting up the second factor, not signed in', async () => {
      const email = `prof-${++serial}@ggz.test`;
      const created = await post('admin', '/api/professionals', {
        name: 'Prof Uitgenodigd',
        email,
        role: 'coordinator',
        teamId: w.team.id,
      });
      const { token } = await invite('admin', `/api/professionals/${created.json<{ id: string }>().id}/invitation`, email);
      expect((await inspect(token)).json<Invitation>()).toMatchObject({ role: 'coordinator', name: 'Prof Uitgenodigd' });
      const accepted = await accept(token);
      expect(accepted.statusCode, accepted.body).toBe(200);
      expect(accepted.json()).toEqual({ next: 'enrolment' });
      const session = accepted.cookies.find((c) => c.name === sessionCookieName);
      const sessionCookie = `${sessionCookieName}=${session?.value ?? ''}`;
      expect((await t.request({ method: 'GET', url: '/api/clients', cookie: sessionCookie })).statusCode).toBe(401);
      const stored = await t.db
        .selectFrom('sessions')
        .select('stage')
        .where('id_hash', '=', hashToken(session?.value ?? ''))
        .executeTakeFirstOrThrow();
      expect(stored.stage).toBe('enrolment');
    });

    it('signs a client in to their own account', async () => {
      const email = `client-${++serial}@voorbeeld.test`;
      const created = await post('coordinator', '/api/clients', { name: 'Cliënt Uitgenodigd', email });
      const clientId = created.json<{ id: string }>().id;
      const { token } = await invite('coordinator', `/api/clients/${clientId}/invitation`, email);
      const since = await lastAuditSequence(t.db);
      const accepted = await accept(token);
      expect(accepted.json<AcceptInvitationResult>()).toMatchObject({ next: 'done', me: { role: 'client', clientId } });
      expect(await auditRowsAfter(t.db, since)).toMatchObject([
        { action: 'update', data_category: 'invitation', client_id: clientId, actor_role: 'client' },
        { action: 'sign_in', data_category: 'session' },
      ]);
    });

    it('ends the session of whoever was signed in before in the same browser', async () => {
      const relative = await newRelative();
      const { token } = await invite('client', relativeInvitation(relative.id), relative.email);
      const someoneElse = await t.signIn(w.otherRelative.email);
      const accepted = await t.request({
        method: 'POST',
        url: '/api/invitations/accept',
        cookie: someoneElse,
        payload: { token, password: newPassword },
      });
      expect(accepted.statusCode).toBe(200);
      expect((await t.request({ method: 'GET', url: '/api/me', cookie: someoneElse })).statusCode).toBe(401);
    });

    it('locks out a network address after many wrong links, even for a right one', async () => {
      const relative = await newRelative();
      const { token } = await invite('client', relativeInvitation(relative.id), relative.email);
      const from = (url: string, payload: object) => t.request({ method: 'POST', url, payload, remoteAddress: '203.0.113.9' });
      for (let attempt = 0; attempt < 100; attempt++) {
        expect(
          (await from('/api/invitations/inspect', { token: `${String(attempt).padStart(3, '0')}${'B'.repeat(40)}` })).statusCode,
        ).toBe(404);
      }
      const locked = await from('/api/invitations/accept', { token, password: newPassword });
      expect(locked.statusCode).toBe(429);
      expect(locked.headers['retry-after']).toMatch(/^\d+$/);
      // Another address is not held up by it.
      expect((await inspect(token)).statusCode).toBe(200);
    });
  });

  describe('when mail cannot be sent', () => {
    it('answers 503 and keeps the link that was sent before', async () => {
      const relative = await newRelative();
      const { token } = await invite('client', relativeInvitation(relative.id), relative.email);
      await smtp.close();
      try {
        const failed = await post('client', relativeInvitation(relative.id));
        expect(failed.statusCode).toBe(503);
        expect(failed.json<Problem>().code).toBe('mail_unavailable');
        expect((await inspect(token)).statusCode).toBe(200);
      } finally {
        smtp = await startSmtpCatcher();
      }
    });
  });
});

describe('the outbox, where Regie has no SMTP server', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db);
  });

  afterAll(() => t.close());

  it('keeps the mail and shows it on the public outbox', async () => {
    const client = await t.signIn(w.client.email ?? '');
    const relative = await t.request({
      method: 'POST',
      url: `/api/clients/${w.client.id}/relatives`,
      cookie: client,
      payload: { name: 'Naaste Postvak', relation: 'sibling', email: 'postvak@voorbeeld.test' },
    });
    const invited = await t.request({
      method: 'POST',
      url: `/api/clients/${w.client.id}/relatives/${relative.json<{ id: string }>().id}/invitation`,
      cookie: client,
    });
    expect(invited.statusCode).toBe(201);

    expect((await t.request({ method: 'GET', url: '/api/outbox/status' })).json()).toEqual({ enabled: true });
    const outbox = await t.request({ method: 'GET', url: '/api/outbox' });
    expect(outbox.statusCode).toBe(200);
    const [message] = outbox.json<{ messages: { to: string; subject: string; text: string }[] }>().messages;
    expect(message).toMatchObject({ to: 'postvak@voorbeeld.test', subject: 'Uw uitnodiging voor Regie' });
    expect(message?.text).toMatch(invitationLink);
    expect(message?.text).not.toContain(w.client.name);
  });
});

describe('no outbox where Regie sends its mail', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ mail: { transport: 'smtp', url: 'smtp://127.0.0.1:9', from: 'Regie <noreply@regie.test>' } });
  });

  afterAll(() => t.close());

  it('answers 404 for the outbox and says it is off', async () => {
    expect((await t.request({ method: 'GET', url: '/api/outbox/status' })).json()).toEqual({ enabled: false });
    expect((await t.request({ method: 'GET', url: '/api/outbox' })).statusCode).toBe(404);
  });
});
