import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, sessionCookieName } from '../../platform/auth/session-token.js';
import { newId, nowIso } from '../../platform/ids/ids.js';
import { auditRowsAfter, lastAuditSequence } from '../../testing/audit.js';
import { createWorld, testPassword, type World } from '../../testing/factories.js';
import { startSmtpCatcher, type SmtpCatcher } from '../../testing/smtp-catcher.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import type { Problem } from '../../../shared/problem.js';

const resetLink = /http:\/\/regie\.test\/wachtwoord-herstellen#([A-Za-z0-9_-]{43})/;
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('resetting a password', () => {
  let t: TestApp;
  let w: World;
  let smtp: SmtpCatcher;
  let serial = 0;
  /** Each test asks from an address of its own, so that their counts do not add up. */
  const address = () => `198.51.100.${++serial}`;

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    t = await createTestApp({ mail: { transport: 'smtp', url: smtp.url, from: 'Regie <noreply@regie.test>' } });
    w = await createWorld(t.db);
  });

  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const requestReset = (email: string, remoteAddress = address()) =>
    t.request({ method: 'POST', url: '/api/auth/password-reset', payload: { email }, remoteAddress });
  const complete = (token: string, password: string) =>
    t.request({ method: 'POST', url: '/api/auth/password-reset/complete', payload: { token, password } });

  /** Asks for a reset and returns the token from the mail that arrives. */
  async function resetToken(email: string): Promise<string> {
    const before = smtp.mails.length;
    expect((await requestReset(email)).statusCode).toBe(202);
    const mail = await smtp.waitFor((m) => m.recipients.includes(email), { after: before });
    const token = resetLink.exec(mail.text)?.[1];
    if (token === undefined) throw new Error(`no reset link in: ${mail.text}`);
    return token;
  }

  it('mails a link that works for an hour to an account that has a password, and says nothing about the person', async () => {
    const since = await lastAuditSequence(t.db);
    const before = smtp.mails.length;
    const response = await requestReset(w.relative.email);
    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual({ status: 'requested' });
    const mail = await smtp.waitFor((m) => m.recipients.includes(w.relative.email), { after: before });
    expect(mail.subject).toBe('Nieuw wachtwoord voor Regie');
    expect(mail.text).toContain('Heeft u dit niet gevraagd? Dan hoeft u niets te doen.');
    expect(mail.raw).not.toContain(w.relative.name);
    expect(mail.raw).not.toContain(w.client.name);
    const token = resetLink.exec(mail.text)?.[1] ?? '';
    const stored = await t.db
      .selectFrom('account_tokens')
      .selectAll()
      .where('token_hash', '=', hashToken(token))
      .executeTakeFirstOrThrow();
    expect(stored.purpose).toBe('password_reset');
    const minutes = (Date.parse(stored.expires_at) - Date.parse(stored.created_at)) / 60_000;
    expect(minutes).toBe(60);
    expect(await auditRowsAfter(t.db, since)).toMatchObject([
      {
        action: 'create',
        data_category: 'invitation',
        actor_account_id: w.relative.account_id,
        actor_role: null,
        client_id: null,
      },
    ]);
  });

  it('answers an unknown address, a disabled account and one without a password the same, and sends them nothing', async () => {
    const invited = `nog-niet-${++serial}@voorbeeld.test`;
    await t.db
      .insertInto('accounts')
      .values({
        id: newId(),
        email: invited,
        password_hash: null,
        kind: 'relative',
        locale: 'nl',
        disabled_at: null,
        created_at: nowIso(),
      })
      .execute();
    await t.db.updateTable('accounts').set({ disabled_at: nowIso() }).where('id', '=', w.otherRelative.account_id).execute();
    const since = await lastAuditSequence(t.db);
    const before = smtp.mails.length;
    const known = await requestReset(w.relative.email);
    for (const email of ['niemand@voorbeeld.test', w.otherRelative.email, invited]) {
      const response = await requestReset(email);
      expect(response.statusCode, email).toBe(202);
      expect(response.body).toBe(known.body);
    }
    // The known address's mail arrives; give the others time to have been sent, had they been.
    await smtp.waitFor((m) => m.recipients.includes(w.relative.email), { after: before });
    await delay(300);
    expect(smtp.mails.slice(before).flatMap((m) => m.recipients)).toEqual([w.relative.email]);
    expect((await auditRowsAfter(t.db, since)).map((row) => row.actor_account_id)).toEqual([w.relative.account_id]);
    await t.db.updateTable('accounts').set({ disabled_at: null }).where('id', '=', w.otherRelative.account_id).execute();
  });

  it('sets the new password, ends every session of the account and does not sign in', async () => {
    const sessions = [await t.signIn(w.client.email ?? ''), await t.signIn(w.client.email ?? '')];
    const token = await resetToken(w.client.email ?? '');
    const since = await lastAuditSequence(t.db);
    const response = await complete(token, 'nieuwe fiets in de regen');
    expect(response.statusCode, response.body).toBe(204);
    expect(response.cookies.find((c) => c.name === sessionCookieName)).toBeUndefined();
    for (const cookie of sessions) expect((await t.request({ method: 'GET', url: '/api/me', cookie })).statusCode).toBe(401);
    const left = await t.db
      .selectFrom('sessions')
      .select('id_hash')
      .where('account_id', '=', w.client.account_id ?? '')
      .execute();
    expect(left).toEqual([]);
    expect(await auditRowsAfter(t.db, since)).toMatchObject([
      {
        action: 'update',
        data_category: 'invitation',
        actor_account_id: w.client.account_id,
        actor_role: 'client',
        client_id: null,
      },
    ]);

    const old = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: w.client.email, password: testPassword },
    });
    expect(old.statusCode).toBe(401);
    expect(await t.signIn(w.client.email ?? '', 'nieuwe fiets in de regen')).toContain(sessionCookieName);
    // Used: it works once.
    expect((await complete(token, 'nog een ander wachtwoord')).json<Problem>()).toMatchObject({
      status: 404,
      code: 'link_invalid',
    });
  });

  it("never skips a professional's second factor", async () => {
    const token = await resetToken(w.clinician.email);
    expect((await complete(token, 'koffie met appeltaart')).statusCode).toBe(204);
    const signIn = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: w.clinician.email, password: 'koffie met appeltaart' },
    });
    expect(signIn.statusCode).toBe(200);
    expect(signIn.json()).toEqual({ next: 'second_factor' });
  });

  it('refuses a weak password on the password field and keeps the link and the old password', async () => {
    const token = await resetToken(w.teamLead.email);
    const response = await complete(token, 'wachtwoord');
    expect(response.statusCode).toBe(400);
    expect(response.json<Problem>().errors).toEqual([expect.objectContaining({ field: 'password', code: 'password_common' })]);
    expect(await t.signIn(w.teamLead.email)).toContain(sessionCookieName);
    expect((await complete(token, 'een zin van vier woorden')).statusCode).toBe(204);
  });

  it('does not work after an hour, once a newer link was sent, or as an invitation', async () => {
    const expired = await resetToken(w.otherProfessional.email);
    await t.db
      .updateTable('account_tokens')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('token_hash', '=', hashToken(expired))
      .execute();
    expect((await complete(expired, 'een zin van vier woorden')).statusCode).toBe(404);

    const older = await resetToken(w.researcher.email);
    const newer = await resetToken(w.researcher.email);
    expect((await complete(older, 'een zin van vier woorden')).statusCode).toBe(404);
    // A reset link is not an invitation, and an invitation is not a reset.
    expect((await t.request({ method: 'POST', url: '/api/invitations/inspect', payload: { token: newer } })).statusCode).toBe(
      404,
    );
    expect((await complete(newer, 'een zin van vier woorden')).statusCode).toBe(204);
  });

  it('stops working when the account is disabled', async () => {
    const token = await resetToken(w.admin.email);
    await t.db.updateTable('accounts').set({ disabled_at: nowIso() }).where('id', '=', w.admin.account_id).execute();
    expect((await complete(token, 'een zin van vier woorden')).statusCode).toBe(404);
    await t.db.updateTable('accounts').set({ disabled_at: null }).where('id', '=', w.admin.account_id).execute();
  });

  it('mails one address at most five times an hour, answering every request the same', async () => {
    const email = w.otherTeamCoordinator.email;
    const before = smtp.mails.length;
    for (let request = 0; request < 7; request++) {
      const response = await requestReset(email);
      expect(response.statusCode).toBe(202);
    }
    await smtp.waitFor(() => smtp.mails.slice(before).length >= 5, { after: before });
    await delay(300);
    expect(smtp.mails.slice(before).filter((m) => m.recipients.includes(email))).toHaveLength(5);
  });

  it('refuses a network address that asks too often (429)', async () => {
    const from = '192.0.2.77';
    for (let request = 0; request < 30; request++)
      expect((await requestReset(`iemand-${request}@voorbeeld.test`, from)).statusCode).toBe(202);
    const refused = await requestReset('nog-iemand@voorbeeld.test', from);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toMatch(/^\d+$/);
  });
});
