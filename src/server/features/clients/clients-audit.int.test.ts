import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../platform/audit/audit-chain.js';
import { auditRowsAfter, lastAuditSequence } from '../../testing/audit.js';
import { createWorld, type World } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

// SECURITY.md, audit log (NEN 7513): every read and change of client data, and every refusal, leaves
// a row; a read that cannot be logged is not served.

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('audit rows for client data', () => {
  let t: TestApp;
  let w: World;
  const cookies: Record<string, string> = {};
  const as = async (who: keyof typeof cookies, method: 'GET' | 'POST', url: string, payload?: object) => {
    const since = await lastAuditSequence(t.db);
    const response = await t.request({ method, url, cookie: cookies[who], ...(payload ? { payload } : {}) });
    return { response, rows: await auditRowsAfter(t.db, since) };
  };

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db);
    const people = {
      coordinator: w.coordinator.email,
      clinician: w.clinician.email,
      foreignCoordinator: w.foreignCoordinator.email,
      researcher: w.researcher.email,
      client: w.client.email ?? '',
      relative: w.relative.email,
    };
    for (const [who, email] of Object.entries(people)) cookies[who] = await t.signIn(email);
  });
  afterAll(async () => {
    await t.close();
  });

  it('GET /api/clients writes one read row per client shown, naming who, in which role and organisation, from where', async () => {
    const { response, rows } = await as('coordinator', 'GET', '/api/clients');
    expect(response.statusCode).toBe(200);
    expect(rows.map((row) => row.client_id).sort()).toEqual([w.client.id, w.otherClient.id].sort());
    for (const row of rows) {
      expect(row).toMatchObject({
        action: 'read',
        outcome: 'success',
        actor_account_id: w.coordinator.account_id,
        actor_role: 'coordinator',
        actor_organisation_id: w.home.id,
        on_behalf_of_account_id: null,
        data_category: 'client',
        object_id: row.client_id,
        network_address: '127.0.0.1',
      });
      expect(row.request_id).toMatch(uuid);
      expect(row.occurred_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    }
    expect(new Set(rows.map((row) => row.request_id)).size).toBe(1);
    // Never the content: no name of the clients shown is in the log.
    expect(JSON.stringify(rows)).not.toContain(w.client.name);
  });

  it('GET /api/clients/:clientId writes a read row, for a professional and for the client themself', async () => {
    const byCoordinator = await as('coordinator', 'GET', `/api/clients/${w.client.id}`);
    expect(byCoordinator.response.statusCode).toBe(200);
    expect(byCoordinator.rows).toMatchObject([
      {
        action: 'read',
        outcome: 'success',
        client_id: w.client.id,
        object_id: w.client.id,
        data_category: 'client',
        actor_role: 'coordinator',
      },
    ]);

    const byClient = await as('client', 'GET', `/api/clients/${w.client.id}`);
    expect(byClient.response.statusCode).toBe(200);
    expect(byClient.rows).toMatchObject([
      {
        action: 'read',
        client_id: w.client.id,
        actor_account_id: w.client.account_id,
        actor_role: 'client',
        actor_organisation_id: null,
      },
    ]);
  });

  it('GET /api/clients/:clientId/relatives writes a read row for the relatives', async () => {
    const { response, rows } = await as('clinician', 'GET', `/api/clients/${w.client.id}/relatives`);
    expect(response.statusCode).toBe(200);
    expect(rows).toMatchObject([
      { action: 'read', data_category: 'relatives', client_id: w.client.id, object_id: null, actor_role: 'clinician' },
    ]);
  });

  it('POST /api/clients writes a create row in the same transaction', async () => {
    const { response, rows } = await as('coordinator', 'POST', '/api/clients', { name: 'Nieuwe Cliënt', email: null });
    expect(response.statusCode).toBe(201);
    const clientId = response.json<{ id: string }>().id;
    expect(rows).toMatchObject([
      { action: 'create', outcome: 'success', data_category: 'client', client_id: clientId, object_id: clientId },
    ]);
  });

  it('POST /api/clients/:clientId/relatives writes a create row naming the new relative by id only', async () => {
    const { response, rows } = await as('client', 'POST', `/api/clients/${w.client.id}/relatives`, {
      name: 'Geheime Naam',
      email: 'geheim@test.regie.test',
      relation: 'friend',
    });
    expect(response.statusCode).toBe(201);
    const relativeId = response.json<{ id: string }>().id;
    expect(rows).toMatchObject([
      { action: 'create', data_category: 'relatives', client_id: w.client.id, object_id: relativeId, actor_role: 'client' },
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/Geheime|geheim@/);
  });

  it('refused access writes an access_refused row: "not yours" (404) and a role the route never admits (403)', async () => {
    const foreign = await as('foreignCoordinator', 'GET', `/api/clients/${w.client.id}`);
    expect(foreign.response.statusCode).toBe(404);
    expect(foreign.rows).toMatchObject([
      {
        action: 'access_refused',
        outcome: 'refused',
        client_id: w.client.id,
        data_category: 'client',
        actor_account_id: w.foreignCoordinator.account_id,
        actor_organisation_id: w.foreign.id,
      },
    ]);

    const researcher = await as('researcher', 'GET', `/api/clients/${w.client.id}/relatives`);
    expect(researcher.response.statusCode).toBe(403);
    expect(researcher.rows).toMatchObject([
      {
        action: 'access_refused',
        outcome: 'refused',
        client_id: w.client.id,
        data_category: 'relatives',
        actor_role: 'researcher',
      },
    ]);

    const otherClients = await as('client', 'GET', `/api/clients/${w.otherClient.id}`);
    expect(otherClients.response.statusCode).toBe(404);
    expect(otherClients.rows).toMatchObject([{ action: 'access_refused', client_id: w.otherClient.id, actor_role: 'client' }]);

    const list = await as('relative', 'GET', '/api/clients');
    expect(list.response.statusCode).toBe(403);
    expect(list.rows).toMatchObject([{ action: 'access_refused', client_id: null, actor_role: 'relative' }]);
  });

  it('records only real ids from a refused request, and nothing for anonymous or malformed requests', async () => {
    const junk = await as('researcher', 'GET', '/api/clients/not-an-id');
    expect(junk.response.statusCode).toBe(403);
    expect(junk.rows).toMatchObject([{ action: 'access_refused', client_id: null }]);

    const anonymous = await as('nobody', 'GET', `/api/clients/${w.client.id}`);
    expect(anonymous.response.statusCode).toBe(401);
    expect(anonymous.rows).toEqual([]);

    const invalid = await as('coordinator', 'GET', '/api/clients/not-an-id');
    expect(invalid.response.statusCode).toBe(400);
    expect(invalid.rows).toEqual([]);
  });

  it('50 reads at once each get their row, committed together, and the chain stays intact', async () => {
    const since = await lastAuditSequence(t.db);
    const responses = await Promise.all(
      Array.from({ length: 50 }, () =>
        t.request({ method: 'GET', url: `/api/clients/${w.client.id}`, cookie: cookies.coordinator }),
      ),
    );
    expect(responses.map((response) => response.statusCode)).toEqual(Array.from({ length: 50 }, () => 200));
    const rows = await auditRowsAfter(t.db, since);
    expect(rows).toHaveLength(50);
    expect(new Set(rows.map((row) => row.request_id)).size).toBe(50);
    expect(rows.every((row) => row.action === 'read' && row.client_id === w.client.id)).toBe(true);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });

  describe('when the audit log cannot be written', () => {
    // The table is moved away, as if the disk or the database refused the write.
    beforeAll(async () => {
      await sql`alter table audit_events rename to audit_events_away`.execute(t.db);
    });
    afterAll(async () => {
      await sql`alter table audit_events_away rename to audit_events`.execute(t.db);
    });

    it('a read is refused with 503 and the client data is not sent', async () => {
      for (const url of [`/api/clients/${w.client.id}`, '/api/clients', `/api/clients/${w.client.id}/relatives`]) {
        const response = await t.request({ method: 'GET', url, cookie: cookies.coordinator });
        expect(response.statusCode, url).toBe(503);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.json()).toMatchObject({ status: 503, code: 'audit_unavailable' });
        expect(response.body).not.toContain(w.client.name);
        expect(response.body).not.toContain(w.relative.name);
      }
    });

    it('a change is not made: it rolls back with its audit row', async () => {
      const response = await t.request({
        method: 'POST',
        url: `/api/clients/${w.client.id}/relatives`,
        cookie: cookies.coordinator,
        payload: { name: 'Niet Opgeslagen', relation: 'friend' },
      });
      expect(response.statusCode).toBe(500);
      expect(response.body).not.toContain('Niet Opgeslagen');
      const stored = await t.db.selectFrom('relatives').select('id').where('name', '=', 'Niet Opgeslagen').execute();
      expect(stored).toEqual([]);
    });
  });

  it('serves again once the log can be written, with the chain intact', async () => {
    const response = await t.request({ method: 'GET', url: `/api/clients/${w.client.id}`, cookie: cookies.coordinator });
    expect(response.statusCode).toBe(200);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });
});
