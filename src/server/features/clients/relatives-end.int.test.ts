import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Me } from '../../../shared/accounts.js';
import type { Client, RelativeRecord } from '../../../shared/clients.js';
import { newId, nowIso } from '../../platform/ids/ids.js';
import { auditRowsAfter, lastAuditSequence } from '../../testing/audit.js';
import { bookkeepingTables, databaseDigest } from '../../testing/database-digest.js';
import { createRelative, createWorld, type World } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

// SECURITY.md "Access control": ending a relative's place takes effect on their next request,
// open sessions included. A relative of two clients keeps the other client only.

describe("ending a relative's place", () => {
  let t: TestApp;
  let w: World;
  const cookie: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db);
    const people = {
      client: w.client.email ?? '',
      otherClient: w.otherClient.email ?? '',
      relative: w.relative.email,
      coordinator: w.coordinator.email,
      clinician: w.clinician.email,
      professional: w.otherProfessional.email,
      teamLead: w.teamLead.email,
      otherTeam: w.otherTeamCoordinator.email,
      foreign: w.foreignCoordinator.email,
      researcher: w.researcher.email,
      admin: w.admin.email,
    };
    for (const [who, email] of Object.entries(people)) cookie[who] = await t.signIn(email);
  });

  afterAll(() => t.close());

  const get = (who: string, url: string, session = cookie[who]) => t.request({ method: 'GET', url, cookie: session });
  const end = (who: string, relativeId: string, payload: object = {}, clientId = w.client.id) =>
    t.request({ method: 'POST', url: `/api/clients/${clientId}/relatives/${relativeId}/end`, cookie: cookie[who], payload });
  const relatives = async (who: string, clientId = w.client.id) =>
    (await get(who, `/api/clients/${clientId}/relatives`)).json<{ relatives: RelativeRecord[] }>().relatives;
  const digest = () => databaseDigest(t.db, bookkeepingTables);

  /** A relative with a session of their own, signed in before their place ends. */
  const signedInRelative = async (name: string) => {
    const relative = await createRelative(t.db, { clientId: w.client.id, name });
    return { relative, session: await t.signIn(relative.email) };
  };

  it('lets the client end a place: the relative is refused (401) on the next request of the session they had', async () => {
    const { relative, session } = await signedInRelative('Alleen Van Een');
    expect((await get('relative', `/api/clients/${w.client.id}/shared-with-me`, session)).statusCode).toBe(200);

    const since = await lastAuditSequence(t.db);
    const response = await end('client', relative.id, { reason: 'We hebben geen contact meer.' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<RelativeRecord>()).toMatchObject({ id: relative.id, endedAt: expect.any(String) as string });
    expect(await auditRowsAfter(t.db, since)).toMatchObject([
      { action: 'update', data_category: 'relatives', client_id: w.client.id, object_id: relative.id, actor_role: 'client' },
    ]);
    // The reason is kept with who ended it, and never goes into the audit log.
    const stored = await t.db.selectFrom('relatives').selectAll().where('id', '=', relative.id).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ ended_by_account_id: w.client.account_id, ended_reason: 'We hebben geen contact meer.' });
    expect(JSON.stringify(await auditRowsAfter(t.db, since))).not.toContain('contact');

    for (const url of ['/api/me', `/api/clients/${w.client.id}/shared-with-me`]) {
      expect((await get('relative', url, session)).statusCode, url).toBe(401);
    }
  });

  it('leaves a relative of two clients the other client only: 404 for the one whose circle they left', async () => {
    const { relative, session } = await signedInRelative('Naaste Van Twee');
    await t.db
      .insertInto('relatives')
      .values({
        id: newId(),
        account_id: relative.account_id,
        client_id: w.otherClient.id,
        name: relative.name,
        email: relative.email,
        relation: 'sibling',
        created_at: nowIso(),
      })
      .execute();
    expect((await get('relative', `/api/clients/${w.client.id}/shared-with-me`, session)).statusCode).toBe(200);

    expect((await end('coordinator', relative.id)).statusCode).toBe(200);

    expect((await get('relative', `/api/clients/${w.client.id}/shared-with-me`, session)).statusCode).toBe(404);
    expect((await get('relative', `/api/clients/${w.otherClient.id}/shared-with-me`, session)).statusCode).toBe(200);
    const me = (await get('relative', '/api/me', session)).json<Me>();
    expect(me.relativeOf.map((client) => client.id)).toEqual([w.otherClient.id]);
  });

  it("lets the client's coordinator, clinician and team lead end a place too", async () => {
    for (const who of ['coordinator', 'clinician', 'teamLead']) {
      const { relative } = await signedInRelative(`Via ${who}`);
      const response = await end(who, relative.id);
      expect(response.statusCode, who).toBe(200);
      expect(response.json<RelativeRecord>().endedAt, who).not.toBeNull();
    }
  });

  it('refuses other roles (403) and outsiders (404), and changes nothing', async () => {
    const { relative, session } = await signedInRelative('Blijft Erbij');
    const before = await digest();
    for (const who of ['professional', 'relative', 'researcher', 'admin']) {
      expect((await end(who, relative.id)).statusCode, who).toBe(403);
    }
    for (const [who, relativeId, clientId] of [
      ['otherTeam', relative.id, w.client.id],
      ['foreign', relative.id, w.client.id],
      ['otherClient', relative.id, w.client.id],
      // A relative of another client, reached through this client: not found.
      ['client', w.otherRelative.id, w.client.id],
      ['coordinator', relative.id, w.otherClient.id],
      ['client', newId(), w.client.id],
    ] as const) {
      expect((await end(who, relativeId, {}, clientId)).statusCode, `${who} ${relativeId}`).toBe(404);
    }
    expect(await digest()).toEqual(before);
    expect((await get('relative', `/api/clients/${w.client.id}/shared-with-me`, session)).statusCode).toBe(200);
  });

  it('names a reason that is too long or not one line, and changes nothing', async () => {
    const { relative } = await signedInRelative('Met Reden');
    const before = await digest();
    for (const reason of ['x'.repeat(301), 'twee\nregels', 7]) {
      const response = await end('client', relative.id, { reason });
      expect(response.statusCode).toBe(400);
      expect(response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual(['reason']);
    }
    expect(await digest()).toEqual(before);
  });

  it('changes nothing when a place has already ended, and answers it as it is', async () => {
    const { relative } = await signedInRelative('Al Weg');
    const first = (await end('client', relative.id)).json<RelativeRecord>();
    const before = await digest();
    const again = await end('client', relative.id, { reason: 'Nog eens' });
    expect(again.statusCode).toBe(200);
    expect(again.json<RelativeRecord>().endedAt).toBe(first.endedAt);
    expect(await digest()).toEqual(before);
  });

  it('lists ended places last, with the date they ended', async () => {
    const list = await relatives('coordinator');
    const firstEnded = list.findIndex((r) => r.endedAt !== null);
    expect(firstEnded).toBeGreaterThan(0);
    expect(list.slice(firstEnded).every((r) => r.endedAt !== null)).toBe(true);
    expect(list.slice(0, firstEnded).map((r) => r.id)).toContain(w.relative.id);
  });

  it('lets someone whose place ended be added again, as a new relative', async () => {
    const { relative } = await signedInRelative('Komt Terug');
    await end('client', relative.id);
    const again = await t.request({
      method: 'POST',
      url: `/api/clients/${w.client.id}/relatives`,
      cookie: cookie.client,
      payload: { name: 'Komt Terug', relation: 'friend', email: relative.email },
    });
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json<RelativeRecord>()).toMatchObject({ endedAt: null, hasAccount: true });
    expect(again.json<RelativeRecord>().id).not.toBe(relative.id);
  });

  it('offers sharing and direction to the client alone, and ending a place to those who may', async () => {
    const abilities = async (who: string) => (await get(who, `/api/clients/${w.client.id}`)).json<Client>().abilities;
    expect(await abilities('client')).toEqual({ addRelative: true, manageSharing: true, manageDirection: true, endRelative: true });
    for (const who of ['coordinator', 'clinician', 'teamLead']) {
      expect(await abilities(who), who).toEqual({ addRelative: true, manageSharing: false, manageDirection: false, endRelative: true });
    }
    expect(await abilities('professional')).toEqual({ addRelative: false, manageSharing: false, manageDirection: false, endRelative: false });
  });
});
