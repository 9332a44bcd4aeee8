import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowsAfter, lastAuditSequence } from '../../testing/audit.js';
import { createWorld, type World } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

// Sign-in, failed sign-in and sign-out are audited (SECURITY.md); never what was typed.

describe('audit rows for signing in and out', () => {
  let t: TestApp;
  let w: World;
  const login = async (email: string, password: string) => {
    const since = await lastAuditSequence(t.db);
    const response = await t.request({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
    return { response, rows: await auditRowsAfter(t.db, since) };
  };

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db);
  });
  afterAll(async () => {
    await t.close();
  });

  it('a sign-in names the account, its role and organisation', async () => {
    const since = await lastAuditSequence(t.db);
    await t.signIn(w.clinician.email);
    expect(await auditRowsAfter(t.db, since)).toMatchObject([
      {
        action: 'sign_in',
        outcome: 'success',
        data_category: 'session',
        actor_account_id: w.clinician.account_id,
        actor_role: 'clinician',
        actor_organisation_id: w.home.id,
        client_id: null,
        network_address: '127.0.0.1',
      },
    ]);
  });

  it('a failed sign-in names the account when the email address exists, and never the password typed', async () => {
    const typed = 'Verkeerd-wachtwoord-123';
    const { response, rows } = await login(w.coordinator.email, typed);
    expect(response.statusCode).toBe(401);
    expect(rows).toMatchObject([
      {
        action: 'sign_in_failed',
        outcome: 'failed',
        actor_account_id: w.coordinator.account_id,
        actor_role: null,
        actor_organisation_id: null,
      },
    ]);
    expect(JSON.stringify(rows)).not.toContain(typed);
    expect(JSON.stringify(rows)).not.toContain(w.coordinator.email);
  });

  it('a failed sign-in with an unknown email address has no account', async () => {
    const { response, rows } = await login('niemand@test.regie.test', 'Wat-dan-ook-123');
    expect(response.statusCode).toBe(401);
    expect(rows).toMatchObject([{ action: 'sign_in_failed', outcome: 'failed', actor_account_id: null }]);
    expect(JSON.stringify(rows)).not.toContain('niemand');
  });

  it('signing out is recorded for the session that ends; without a session nothing is', async () => {
    const cookie = await t.signIn(w.client.email ?? '');
    const since = await lastAuditSequence(t.db);
    expect((await t.request({ method: 'POST', url: '/api/auth/logout', cookie })).statusCode).toBe(204);
    expect(await auditRowsAfter(t.db, since)).toMatchObject([
      { action: 'sign_out', outcome: 'success', actor_account_id: w.client.account_id, actor_role: 'client' },
    ]);

    const after = await lastAuditSequence(t.db);
    expect((await t.request({ method: 'POST', url: '/api/auth/logout', cookie })).statusCode).toBe(204);
    expect(await auditRowsAfter(t.db, after)).toEqual([]);
  });
});
