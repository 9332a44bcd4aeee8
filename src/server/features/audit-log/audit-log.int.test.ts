import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEventView, AuditPage } from '../../../shared/audit.js';
import { auditRowsAfter, lastAuditSequence } from '../../testing/audit.js';
import { createWorld, type World } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

const dutchToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
const dutchDay = (offsetDays: number) => {
  const [year = 0, month = 1, day = 1] = dutchToday().split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + offsetDays)).toISOString().slice(0, 10);
};

describe('the audit log views', () => {
  let t: TestApp;
  let w: World;
  const cookies: Record<string, string> = {};
  const get = (who: string, url: string) => t.request({ method: 'GET', url, cookie: cookies[who] });
  const page = async (who: string, url: string) => {
    const response = await get(who, url);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<AuditPage>();
  };

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db);
    const people = {
      client: w.client.email ?? '',
      otherClient: w.otherClient.email ?? '',
      relative: w.relative.email,
      coordinator: w.coordinator.email,
      clinician: w.clinician.email,
      foreignCoordinator: w.foreignCoordinator.email,
      admin: w.admin.email,
      foreignAdmin: w.foreignAdmin.email,
    };
    for (const [who, email] of Object.entries(people)) cookies[who] = await t.signIn(email);
    // Some history: two professionals look at the client, one from elsewhere is refused.
    expect((await get('coordinator', `/api/clients/${w.client.id}`)).statusCode).toBe(200);
    expect((await get('clinician', `/api/clients/${w.client.id}/relatives`)).statusCode).toBe(200);
    expect((await get('foreignCoordinator', `/api/clients/${w.client.id}`)).statusCode).toBe(404);
    expect((await get('coordinator', `/api/clients/${w.otherClient.id}`)).statusCode).toBe(200);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('GET /api/clients/:clientId/audit ("Wie keek in mijn gegevens?")', () => {
    const url = () => `/api/clients/${w.client.id}/audit`;

    it('shows the client who looked at their data, when, in which role and organisation, newest first', async () => {
      const { events } = await page('client', url());
      expect(events.map((e) => [e.action, e.outcome, e.actor.name, e.dataCategory])).toEqual([
        ['access_refused', 'refused', w.foreignCoordinator.name, 'client'],
        ['read', 'success', w.clinician.name, 'relatives'],
        ['read', 'success', w.coordinator.name, 'client'],
      ]);
      const [refused, , read] = events as [AuditEventView, AuditEventView, AuditEventView];
      expect(read.actor).toEqual({
        name: w.coordinator.name,
        role: 'coordinator',
        organisation: { id: w.home.id, name: w.home.name },
      });
      expect(refused.actor.organisation).toEqual({ id: w.foreign.id, name: w.foreign.name });
      expect(read.onBehalfOf).toBeNull();
      expect(Date.parse(read.occurredAt)).toBeLessThanOrEqual(Date.parse(refused.occurredAt));
      // Only this client's events: the coordinator's look at another client is not among them.
      expect(events).toHaveLength(3);
    });

    it('logs the reading of the log itself, which the next look shows', async () => {
      const since = await lastAuditSequence(t.db);
      await page('client', url());
      expect(await auditRowsAfter(t.db, since)).toMatchObject([
        {
          action: 'read',
          outcome: 'success',
          data_category: 'audit_log',
          client_id: w.client.id,
          actor_account_id: w.client.account_id,
          actor_role: 'client',
        },
      ]);
      const { events } = await page('client', url());
      expect(events[0]).toMatchObject({
        action: 'read',
        dataCategory: 'audit_log',
        actor: { name: w.client.name, role: 'client', organisation: null },
      });
    });

    it('pages back in time with a cursor, unaffected by the rows that reading adds', async () => {
      const all = (await page('client', `${url()}?limit=200`)).events;
      const seen: AuditEventView[] = [];
      let cursor: string | null = null;
      do {
        const next: AuditPage = await page('client', `${url()}?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expect(next.events.length).toBeLessThanOrEqual(2);
        seen.push(...next.events);
        cursor = next.nextCursor;
      } while (cursor !== null);
      // The first page also shows the read of the full list just before it; after that, no overlap.
      expect(seen.slice(1).map((e) => e.id)).toEqual(all.map((e) => e.id));
    });

    it('filters by Dutch calendar days, both included', async () => {
      expect((await page('client', `${url()}?from=${dutchToday()}&to=${dutchToday()}`)).events.length).toBeGreaterThan(3);
      expect((await page('client', `${url()}?from=${dutchDay(1)}`)).events).toEqual([]);
      expect((await page('client', `${url()}?to=${dutchDay(-1)}`)).events).toEqual([]);
    });

    it('answers 400 naming the field for a bad filter', async () => {
      const reversed = await get('client', `${url()}?from=${dutchToday()}&to=${dutchDay(-1)}`);
      expect(reversed.statusCode).toBe(400);
      expect(reversed.json()).toMatchObject({ errors: [{ field: 'to' }] });
      for (const query of ['from=31-12-2026', 'limit=0', 'limit=1000', 'cursor=abc', 'colour=red']) {
        const response = await get('client', `${url()}?${query}`);
        expect(response.statusCode, query).toBe(400);
      }
    });

    it('is for the client alone: another client gets 404, other roles 403, and each attempt is logged', async () => {
      const since = await lastAuditSequence(t.db);
      expect((await get('otherClient', url())).statusCode).toBe(404);
      for (const who of ['relative', 'coordinator', 'clinician', 'admin']) {
        expect((await get(who, url())).statusCode, who).toBe(403);
      }
      expect((await t.request({ method: 'GET', url: url() })).statusCode).toBe(401);
      const rows = await auditRowsAfter(t.db, since);
      expect(rows.map((row) => [row.action, row.actor_role, row.client_id, row.data_category])).toEqual([
        ['access_refused', 'client', w.client.id, 'audit_log'],
        ['access_refused', 'relative', w.client.id, 'audit_log'],
        ['access_refused', 'coordinator', w.client.id, 'audit_log'],
        ['access_refused', 'clinician', w.client.id, 'audit_log'],
        ['access_refused', 'admin', w.client.id, 'audit_log'],
      ]);
    });

    it("names professionals, the client and the client's relatives, but not another client who tried", async () => {
      const { events } = await page('client', `${url()}?limit=200`);
      const refusedClient = events.find((e) => e.action === 'access_refused' && e.actor.role === 'client');
      expect(refusedClient?.actor).toEqual({ name: null, role: 'client', organisation: null });
      const refusedRelative = events.find((e) => e.action === 'access_refused' && e.actor.role === 'relative');
      expect(refusedRelative?.actor.name).toBe(w.relative.name);
      const names = new Set(events.map((e) => e.actor.name));
      expect(names).not.toContain(w.otherClient.name);
    });
  });

  describe('GET /api/professionals/:professionalId/audit', () => {
    const url = (professionalId: string) => `/api/professionals/${professionalId}/audit`;

    it('shows the organisation admin what a professional of their organisation did', async () => {
      const { events } = await page('admin', url(w.coordinator.id));
      expect(events.map((e) => [e.action, e.dataCategory])).toEqual([
        ['access_refused', 'audit_log'], // the coordinator's try at the client's log, above
        ['read', 'client'],
        ['read', 'client'],
        ['sign_in', 'session'],
      ]);
      for (const event of events) {
        expect(event.actor).toEqual({
          name: w.coordinator.name,
          role: 'coordinator',
          organisation: { id: w.home.id, name: w.home.name },
        });
      }
    });

    it('logs the reading, naming the professional whose log it was', async () => {
      const since = await lastAuditSequence(t.db);
      await page('admin', url(w.clinician.id));
      expect(await auditRowsAfter(t.db, since)).toMatchObject([
        {
          action: 'read',
          data_category: 'audit_log',
          object_id: w.clinician.id,
          client_id: null,
          actor_account_id: w.admin.account_id,
          actor_role: 'admin',
        },
      ]);
    });

    it("is limited to the admin's own organisation: 404 for anyone else's professional, 403 for other roles", async () => {
      const since = await lastAuditSequence(t.db);
      expect((await get('foreignAdmin', url(w.coordinator.id))).statusCode).toBe(404);
      expect((await get('admin', url(w.foreignCoordinator.id))).statusCode).toBe(404);
      expect((await get('admin', url('00000000-0000-4000-8000-000000000000'))).statusCode).toBe(404);
      expect((await get('coordinator', url(w.coordinator.id))).statusCode).toBe(403);
      expect((await get('client', url(w.coordinator.id))).statusCode).toBe(403);
      const rows = await auditRowsAfter(t.db, since);
      expect(rows).toHaveLength(5);
      expect(rows[0]).toMatchObject({
        action: 'access_refused',
        object_id: w.coordinator.id,
        actor_organisation_id: w.foreign.id,
        data_category: 'audit_log',
      });
    });
  });
});
