import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, ClientList, RelativeRecord } from '../../../shared/clients.js';
import { newId } from '../../platform/ids/ids.js';
import { createWorld, type World } from '../../testing/factories.js';
import { rowCounts, type DataTable } from '../../testing/row-counts.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import type { Problem } from '../../../shared/problem.js';

// What a refused request must leave as it was (its refusal is audited, so audit_events may grow).
const clientTables: DataTable[] = ['accounts', 'clients', 'relatives'];

describe('clients and relatives', () => {
  let t: TestApp;
  let world: World;
  const cookie: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t.db);
    const people = {
      coordinator: world.coordinator,
      clinician: world.clinician,
      professional: world.otherProfessional,
      teamLead: world.teamLead,
      otherTeam: world.otherTeamCoordinator,
      foreign: world.foreignCoordinator,
      researcher: world.researcher,
      admin: world.admin,
      client: world.client,
      relative: world.relative,
    };
    for (const [who, person] of Object.entries(people)) cookie[who] = await t.signIn(person.email ?? '');
  });

  afterAll(() => t.close());

  const get = (who: string, url: string) => t.request({ method: 'GET', url, cookie: cookie[who] });
  const post = (who: string, url: string, payload: object) => t.request({ method: 'POST', url, cookie: cookie[who], payload });
  const listedIds = async (who: string) => (await get(who, '/api/clients')).json<ClientList>().clients.map((c) => c.id);

  describe('registering a client', () => {
    it('lets a coordinator register a client in their own team, as their coordinator', async () => {
      const response = await post('coordinator', '/api/clients', { name: 'Tess Vermeulen', email: 'tess@voorbeeld.test' });
      expect(response.statusCode).toBe(201);
      const created = response.json<Client>();
      expect(created).toMatchObject({
        name: 'Tess Vermeulen',
        team: { id: world.team.id },
        coordinator: { id: world.coordinator.id },
        hasAccount: true,
      });
      expect(await listedIds('coordinator')).toContain(created.id);
      expect(await listedIds('otherTeam')).not.toContain(created.id);
      expect(await listedIds('foreign')).not.toContain(created.id);
    });

    it('asks a clinician to choose a coordinator of their own team, and stores nothing until they do', async () => {
      const before = await rowCounts(t.db, clientTables);
      const none = await post('clinician', '/api/clients', { name: 'Zonder Regisseur' });
      expect(none.statusCode).toBe(400);
      expect(none.json<Problem>().errors).toEqual([expect.objectContaining({ field: 'coordinatorId', code: 'required' })]);
      for (const coordinatorId of [world.otherTeamCoordinator.id, world.foreignCoordinator.id, world.clinician.id, newId()]) {
        const wrong = await post('clinician', '/api/clients', { name: 'Verkeerde Regisseur', coordinatorId });
        expect(wrong.statusCode).toBe(400);
        expect(wrong.json<Problem>().errors).toEqual([
          expect.objectContaining({ field: 'coordinatorId', code: 'unknown_coordinator' }),
        ]);
      }
      expect(await rowCounts(t.db, clientTables)).toEqual(before);
      const chosen = await post('clinician', '/api/clients', { name: 'Met Regisseur', coordinatorId: world.coordinator.id });
      expect(chosen.statusCode).toBe(201);
      expect(chosen.json<Client>().coordinator.id).toBe(world.coordinator.id);
    });

    it('refuses an email address that already has an account, and stores nothing', async () => {
      const before = await rowCounts(t.db, clientTables);
      for (const email of [world.coordinator.email, world.relative.email, world.client.email ?? '']) {
        const response = await post('coordinator', '/api/clients', { name: 'Dubbel', email });
        expect(response.statusCode, email).toBe(409);
        expect(response.json<Problem>().errors).toEqual([expect.objectContaining({ field: 'email', code: 'email_in_use' })]);
      }
      expect(await rowCounts(t.db, clientTables)).toEqual(before);
    });

    it('refuses the professional role, researchers, admins, clients and relatives, and stores nothing', async () => {
      const before = await rowCounts(t.db, clientTables);
      for (const who of ['professional', 'researcher', 'admin', 'client', 'relative']) {
        const response = await post(who, '/api/clients', { name: 'Niet Toegestaan', coordinatorId: world.coordinator.id });
        expect(response.statusCode, who).toBe(403);
      }
      expect(await rowCounts(t.db, clientTables)).toEqual(before);
    });
  });

  describe('seeing clients', () => {
    it("lists the clients of one's own team only", async () => {
      const own = await listedIds('coordinator');
      expect(own).toEqual(expect.arrayContaining([world.client.id, world.otherClient.id]));
      expect(own).not.toContain(world.foreignClient.id);
      expect(await listedIds('otherTeam')).toEqual([]);
      expect(await listedIds('foreign')).toEqual([world.foreignClient.id]);
    });

    it('shows one client to everyone of their team', async () => {
      for (const who of ['coordinator', 'clinician', 'professional', 'teamLead']) {
        const response = await get(who, `/api/clients/${world.client.id}`);
        expect(response.statusCode, who).toBe(200);
        expect(response.json<Client>()).toMatchObject({
          id: world.client.id,
          name: world.client.name,
          team: { id: world.team.id },
        });
      }
    });

    it('answers another team, another organisation and a made-up id with the same "not found"', async () => {
      const missing = await get('coordinator', `/api/clients/${newId()}`);
      expect(missing.statusCode).toBe(404);
      for (const [who, clientId] of [
        ['otherTeam', world.client.id],
        ['foreign', world.client.id],
        ['coordinator', world.foreignClient.id],
      ] as const) {
        const response = await get(who, `/api/clients/${clientId}`);
        expect(response.statusCode, `${who} → ${clientId}`).toBe(404);
        expect(response.json()).toEqual(missing.json());
        expect((await get(who, `/api/clients/${clientId}/relatives`)).statusCode, `${who} → relatives`).toBe(404);
      }
    });

    it('shows a client themself and their relatives, and no other client', async () => {
      const self = await get('client', `/api/clients/${world.client.id}`);
      expect(self.statusCode).toBe(200);
      expect(self.json<Client>().id).toBe(world.client.id);
      const relatives = await get('client', `/api/clients/${world.client.id}/relatives`);
      expect(relatives.json<{ relatives: RelativeRecord[] }>().relatives.map((r) => r.id)).toContain(world.relative.id);
      expect((await get('client', `/api/clients/${world.otherClient.id}`)).statusCode).toBe(404);
      expect((await get('client', `/api/clients/${world.otherClient.id}/relatives`)).statusCode).toBe(404);
      // The team's list is not for clients.
      expect((await get('client', '/api/clients')).statusCode).toBe(403);
    });

    // clients.policy.ts: client data is for the client and their team. A relative knows whose
    // relative they are (GET /api/me) and sees what the client shares with them through the sharing
    // feature (shared-with-me); no route of this feature admits them, not even for their own client.
    // Another client is, to them, not there at all.
    it("gives a relative no client record, not even their own client's", async () => {
      for (const url of ['/api/clients', `/api/clients/${world.client.id}`, `/api/clients/${world.client.id}/relatives`]) {
        expect((await get('relative', url)).statusCode, url).toBe(403);
      }
      expect((await get('relative', `/api/clients/${world.otherClient.id}`)).statusCode).toBe(404);
      const me = await get('relative', '/api/me');
      expect(me.json<{ relativeOf: { id: string }[] }>().relativeOf.map((c) => c.id)).toEqual([world.client.id]);
    });

    // Researchers work with pseudonymised exports, admins with the organisation's structure: neither
    // is among the client's treating professionals (teamCareRoles), so both are refused by role.
    it('refuses researchers and admins any client data', async () => {
      for (const who of ['researcher', 'admin']) {
        for (const url of ['/api/clients', `/api/clients/${world.client.id}`, `/api/clients/${world.client.id}/relatives`]) {
          const response = await get(who, url);
          expect(response.statusCode, `${who} ${url}`).toBe(403);
          expect(response.body).not.toContain(world.client.name);
        }
      }
    });

    it('offers adding a relative only to those who may', async () => {
      const ability = async (who: string) =>
        (await get(who, `/api/clients/${world.client.id}`)).json<Client>().abilities.addRelative;
      expect(await ability('coordinator')).toBe(true);
      expect(await ability('client')).toBe(true);
      expect(await ability('professional')).toBe(false);
    });
  });

  describe('adding a relative', () => {
    const relativeBody = (name: string, email: string | null = null) => ({ name, relation: 'friend', email });

    it("lets the client's registering professionals and the client themself add a relative", async () => {
      for (const who of ['coordinator', 'clinician', 'teamLead', 'client']) {
        const response = await post(who, `/api/clients/${world.client.id}/relatives`, relativeBody(`Naaste via ${who}`));
        expect(response.statusCode, who).toBe(201);
        expect(response.json<RelativeRecord>()).toMatchObject({
          clientId: world.client.id,
          name: `Naaste via ${who}`,
          hasAccount: false,
        });
      }
      const listed = (await get('coordinator', `/api/clients/${world.client.id}/relatives`)).json<{
        relatives: RelativeRecord[];
      }>();
      expect(listed.relatives.map((r) => r.name)).toEqual(
        expect.arrayContaining(['Naaste via coordinator', 'Naaste via client']),
      );
    });

    it('refuses by role (403) or as not found (404) everyone else, and stores nothing', async () => {
      const before = await rowCounts(t.db, clientTables);
      for (const [who, clientId, status] of [
        ['professional', world.client.id, 403],
        ['relative', world.client.id, 403],
        ['researcher', world.client.id, 403],
        ['admin', world.client.id, 403],
        ['client', world.otherClient.id, 404],
        ['otherTeam', world.client.id, 404],
        ['foreign', world.client.id, 404],
        ['coordinator', world.foreignClient.id, 404],
        ['coordinator', newId(), 404],
      ] as const) {
        const response = await post(
          who,
          `/api/clients/${clientId}/relatives`,
          relativeBody('Indringer', 'indringer@voorbeeld.test'),
        );
        expect(response.statusCode, `${who} → ${clientId}`).toBe(status);
      }
      expect(await rowCounts(t.db, clientTables)).toEqual(before);
    });

    it('gives a relative with an email address one account, shared between the clients they support', async () => {
      const email = 'sanne@voorbeeld.test';
      const first = await post('coordinator', `/api/clients/${world.client.id}/relatives`, relativeBody('Sanne', email));
      expect(first.statusCode).toBe(201);
      expect(first.json<RelativeRecord>().hasAccount).toBe(true);
      const accounts = await rowCounts(t.db, ['accounts']);
      const second = await post('coordinator', `/api/clients/${world.otherClient.id}/relatives`, relativeBody('Sanne', email));
      expect(second.statusCode).toBe(201);
      expect(await rowCounts(t.db, ['accounts'])).toEqual(accounts);
    });

    it('refuses the same relative twice, and an email address of another kind of account', async () => {
      const before = await rowCounts(t.db, clientTables);
      const twice = await post(
        'coordinator',
        `/api/clients/${world.client.id}/relatives`,
        relativeBody('Sanne', 'sanne@voorbeeld.test'),
      );
      expect(twice.statusCode).toBe(409);
      expect(twice.json<Problem>().errors).toEqual([expect.objectContaining({ field: 'email', code: 'relative_exists' })]);
      for (const email of [world.coordinator.email, world.otherClient.email ?? '']) {
        const other = await post('coordinator', `/api/clients/${world.client.id}/relatives`, relativeBody('Ander', email));
        expect(other.statusCode, email).toBe(409);
        expect(other.json<Problem>().errors).toEqual([expect.objectContaining({ field: 'email', code: 'email_in_use' })]);
      }
      expect(await rowCounts(t.db, clientTables)).toEqual(before);
    });
  });
});
