import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Delegations, SharedWithMe, SharingOverview } from '../../../shared/sharing.js';
import { newId, nowIso } from '../../platform/ids/ids.js';
import { auditRowsAfter, lastAuditSequence } from '../../testing/audit.js';
import { bookkeepingTables, databaseDigest } from '../../testing/database-digest.js';
import { createRelative, createWorld, type World } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

// PRODUCT.md §1 and SECURITY.md "Access control": the client decides per relative and per kind of
// data who sees what, and which tasks their coordinator does for them; a change counts from the
// very next request, open sessions included.

const defaults = { plan: true, signal_plan: true, meetings: true, network_map: false, evaluation_results: true };

describe('sharing and direction', () => {
  let t: TestApp;
  let w: World;
  let second: Awaited<ReturnType<typeof createRelative>>;
  const cookie: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db);
    second = await createRelative(t.db, { clientId: w.client.id, name: 'Aad Tweede' });
    const people = {
      client: w.client.email ?? '',
      otherClient: w.otherClient.email ?? '',
      relative: w.relative.email,
      second: second.email,
      otherRelative: w.otherRelative.email,
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

  const get = (who: string, url: string) => t.request({ method: 'GET', url, cookie: cookie[who] });
  const put = (who: string, url: string, payload: object) => t.request({ method: 'PUT', url, cookie: cookie[who], payload });
  const sharingUrl = (clientId = w.client.id) => `/api/clients/${clientId}/sharing`;
  const shareUrl = (relativeId: string, clientId = w.client.id) => `/api/clients/${clientId}/sharing/${relativeId}`;
  const delegationsUrl = (clientId = w.client.id) => `/api/clients/${clientId}/delegations`;
  const sharedWithMeUrl = (clientId = w.client.id) => `/api/clients/${clientId}/shared-with-me`;
  const sharedWithMe = async (who: string, clientId = w.client.id) => {
    const response = await get(who, sharedWithMeUrl(clientId));
    expect(response.statusCode, response.body).toBe(200);
    return response.json<SharedWithMe>().categories;
  };
  const digest = () => databaseDigest(t.db, bookkeepingTables);

  describe('GET /api/clients/:clientId/sharing', () => {
    it("shows the client what each of their relatives sees: the method's defaults until they choose", async () => {
      const response = await get('client', sharingUrl());
      expect(response.statusCode).toBe(200);
      const overview = response.json<SharingOverview>();
      expect(overview.abilities).toEqual({ update: true });
      expect(overview.relatives.map((r) => r.id).sort()).toEqual([w.relative.id, second.id].sort());
      for (const relative of overview.relatives) expect(relative.categories).toEqual(defaults);
      expect(overview.relatives.find((r) => r.id === w.relative.id)).toMatchObject({ name: w.relative.name, relation: 'friend' });
    });

    it("lets the client's team read along, without changing", async () => {
      for (const who of ['coordinator', 'clinician', 'professional', 'teamLead']) {
        const response = await get(who, sharingUrl());
        expect(response.statusCode, who).toBe(200);
        expect(response.json<SharingOverview>().abilities, who).toEqual({ update: false });
      }
    });

    it('refuses relatives, researchers and admins (403), and hides the client from outsiders (404)', async () => {
      for (const who of ['relative', 'researcher', 'admin']) expect((await get(who, sharingUrl())).statusCode, who).toBe(403);
      for (const who of ['otherTeam', 'foreign']) expect((await get(who, sharingUrl())).statusCode, who).toBe(404);
      expect((await get('client', sharingUrl(w.otherClient.id))).statusCode).toBe(404);
      expect((await get('coordinator', sharingUrl(newId()))).statusCode).toBe(404);
    });

    it('logs the read', async () => {
      const since = await lastAuditSequence(t.db);
      await get('clinician', sharingUrl());
      expect(await auditRowsAfter(t.db, since)).toMatchObject([
        { action: 'read', data_category: 'sharing', client_id: w.client.id, actor_role: 'clinician' },
      ]);
    });
  });

  describe('PUT /api/clients/:clientId/sharing/:relativeId', () => {
    it("counts from the relative's very next request, in the session they already had", async () => {
      expect(await sharedWithMe('relative')).toEqual(defaults);

      const shown = await put('client', shareUrl(w.relative.id), { category: 'network_map', shared: true });
      expect(shown.statusCode, shown.body).toBe(200);
      expect(shown.json()).toMatchObject({ id: w.relative.id, categories: { ...defaults, network_map: true } });
      expect(await sharedWithMe('relative')).toEqual({ ...defaults, network_map: true });

      const revoked = await put('client', shareUrl(w.relative.id), { category: 'plan', shared: false });
      expect(revoked.statusCode).toBe(200);
      expect(await sharedWithMe('relative')).toEqual({ ...defaults, network_map: true, plan: false });

      // One relative's choices are theirs alone.
      expect(await sharedWithMe('second')).toEqual(defaults);
    });

    it('keeps who changed it and when, and logs the change with the relative as its object', async () => {
      const since = await lastAuditSequence(t.db);
      const before = nowIso();
      expect((await put('client', shareUrl(second.id), { category: 'meetings', shared: false })).statusCode).toBe(200);
      const row = await t.db
        .selectFrom('sharing_settings')
        .selectAll()
        .where('relative_id', '=', second.id)
        .where('category', '=', 'meetings')
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ client_id: w.client.id, updated_by_account_id: w.client.account_id });
      expect(row.shared).toBe(0);
      expect(row.updated_at >= before).toBe(true);
      expect(await auditRowsAfter(t.db, since)).toMatchObject([
        { action: 'update', data_category: 'sharing', client_id: w.client.id, object_id: second.id, actor_role: 'client' },
      ]);
    });

    it("refuses the client's team (403: consent is the client's) and changes nothing", async () => {
      const before = await digest();
      for (const who of ['coordinator', 'clinician', 'professional', 'teamLead', 'relative', 'researcher', 'admin']) {
        const response = await put(who, shareUrl(w.relative.id), { category: 'plan', shared: true });
        expect(response.statusCode, who).toBe(403);
      }
      expect(await digest()).toEqual(before);
      expect((await sharedWithMe('relative')).plan).toBe(false);
    });

    it('answers outsiders, another client, and a relative of another client with 404, and changes nothing', async () => {
      const before = await digest();
      for (const [who, url] of [
        ['otherTeam', shareUrl(w.relative.id)],
        ['foreign', shareUrl(w.relative.id)],
        ['otherClient', shareUrl(w.relative.id)],
        ['client', shareUrl(w.otherRelative.id)],
        ['client', shareUrl(w.otherRelative.id, w.otherClient.id)],
        ['client', shareUrl(newId())],
      ] as const) {
        const response = await put(who, url, { category: 'plan', shared: true });
        expect(response.statusCode, `${who} ${url}`).toBe(404);
      }
      expect(await digest()).toEqual(before);
    });

    it('names the field of a bad body, and changes nothing', async () => {
      const before = await digest();
      const response = await put('client', shareUrl(w.relative.id), { category: 'conversation_notes', shared: true });
      expect(response.statusCode).toBe(400);
      expect(response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual(['category']);
      expect(await digest()).toEqual(before);
    });
  });

  describe('GET /api/clients/:clientId/shared-with-me', () => {
    it('is for relatives: a relative of another client meets "not found", anyone else a 403', async () => {
      const before = await digest();
      expect((await get('otherRelative', sharedWithMeUrl())).statusCode).toBe(404);
      expect((await get('relative', sharedWithMeUrl(w.otherClient.id))).statusCode).toBe(404);
      expect((await get('relative', sharedWithMeUrl(newId()))).statusCode).toBe(404);
      for (const who of ['client', 'coordinator', 'clinician', 'researcher', 'admin', 'foreign']) {
        expect((await get(who, sharedWithMeUrl())).statusCode, who).toBe(403);
      }
      expect(await digest()).toEqual(before);
    });

    it("names the client, and logs the relative's read", async () => {
      const since = await lastAuditSequence(t.db);
      const response = await get('relative', sharedWithMeUrl());
      expect(response.json<SharedWithMe>().client).toEqual({ id: w.client.id, name: w.client.name });
      expect(await auditRowsAfter(t.db, since)).toMatchObject([
        { action: 'read', data_category: 'sharing', client_id: w.client.id, object_id: w.relative.id, actor_role: 'relative' },
      ]);
    });

    it("gives a relative of client A nothing of client B: every client-B route answers 404, none shows B's data", async () => {
      const urls = [
        `/api/clients/${w.otherClient.id}`,
        `/api/clients/${w.otherClient.id}/relatives`,
        sharingUrl(w.otherClient.id),
        delegationsUrl(w.otherClient.id),
        `/api/clients/${w.otherClient.id}/audit`,
      ];
      for (const url of urls) {
        const response = await get('relative', url);
        // Client B is, to a relative of client A, not there at all: the same 404 as an unknown id.
        expect(response.statusCode, url).toBe(404);
        expect(response.body).not.toContain(w.otherClient.name);
      }
      const own = await get('relative', sharedWithMeUrl(w.otherClient.id));
      expect(own.statusCode).toBe(404);
      expect(own.body).not.toContain(w.otherClient.name);
      for (const payload of [{ category: 'plan', shared: true }]) {
        expect((await put('relative', shareUrl(w.otherRelative.id, w.otherClient.id), payload)).statusCode).toBe(404);
      }
    });
  });

  describe('delegations', () => {
    it('are all off until the client switches one on, and show whose coordinator they go to', async () => {
      const response = await get('client', delegationsUrl());
      expect(response.statusCode).toBe(200);
      expect(response.json<Delegations>()).toEqual({
        coordinator: { id: w.coordinator.id, name: w.coordinator.name },
        tasks: [
          { task: 'edit_plan', delegated: false },
          { task: 'invite_members', delegated: false },
          { task: 'plan_meetings', delegated: false },
        ],
        abilities: { update: true },
      });
    });

    it('are switched by the client, logged, and read by their team without changing', async () => {
      const since = await lastAuditSequence(t.db);
      const response = await put('client', delegationsUrl(), { tasks: ['plan_meetings', 'edit_plan', 'edit_plan'] });
      expect(response.statusCode, response.body).toBe(200);
      expect(
        response
          .json<Delegations>()
          .tasks.filter((task) => task.delegated)
          .map((task) => task.task),
      ).toEqual(['edit_plan', 'plan_meetings']);
      expect(await auditRowsAfter(t.db, since)).toMatchObject([
        { action: 'update', data_category: 'delegations', client_id: w.client.id, actor_role: 'client' },
      ]);
      for (const who of ['coordinator', 'clinician', 'professional', 'teamLead']) {
        const read = await get(who, delegationsUrl());
        expect(read.statusCode, who).toBe(200);
        expect(read.json<Delegations>().abilities, who).toEqual({ update: false });
        expect(read.json<Delegations>().tasks.find((task) => task.task === 'edit_plan')?.delegated, who).toBe(true);
      }
    });

    it('refuses a change by anyone but the client: 403 for their team and other roles, 404 for outsiders; nothing changes', async () => {
      const before = await digest();
      for (const who of ['coordinator', 'clinician', 'professional', 'teamLead', 'relative', 'researcher', 'admin']) {
        expect((await put(who, delegationsUrl(), { tasks: [] })).statusCode, who).toBe(403);
      }
      for (const who of ['otherTeam', 'foreign', 'otherClient']) {
        expect((await put(who, delegationsUrl(), { tasks: [] })).statusCode, who).toBe(404);
      }
      for (const who of ['otherTeam', 'foreign', 'otherClient']) {
        expect((await get(who, delegationsUrl())).statusCode, who).toBe(404);
      }
      expect(await digest()).toEqual(before);
    });
  });

  describe("ending a relative's place", () => {
    it('takes them out of the sharing overview, and refuses a change of their sharing (404)', async () => {
      const gone = await createRelative(t.db, { clientId: w.client.id, name: 'Gaat Weg' });
      const ended = await t.request({
        method: 'POST',
        url: `/api/clients/${w.client.id}/relatives/${gone.id}/end`,
        cookie: cookie.client,
        payload: {},
      });
      expect(ended.statusCode, ended.body).toBe(200);
      const overview = (await get('client', sharingUrl())).json<SharingOverview>();
      expect(overview.relatives.map((r) => r.id)).not.toContain(gone.id);
      const before = await digest();
      expect((await put('client', shareUrl(gone.id), { category: 'plan', shared: false })).statusCode).toBe(404);
      expect(await digest()).toEqual(before);
    });
  });
});
