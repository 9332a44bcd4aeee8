import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkMap, NetworkPerson, NetworkPersonBody } from '../../../shared/network.js';
import type { Problem } from '../../../shared/problem.js';
import { newId } from '../../platform/ids/ids.js';
import { auditRowsAfter, lastAuditSequence } from '../../testing/audit.js';
import { bookkeepingTables, databaseDigest } from '../../testing/database-digest.js';
import {
  createClient,
  createGroup,
  createMember,
  createNetworkPerson,
  createWorld,
  type World,
} from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

// PRODUCT.md §3: the client's network map, made by the client with their coordinator: people are
// added, changed, moved and taken off; someone still in the group stays on until their membership ends.

const neighbour: NetworkPersonBody = {
  name: 'Henk de Buurman',
  relation: 'neighbour',
  formality: 'informal',
  lifeArea: 'friends_neighbours',
  ring: 'outer',
  wish: 'closer',
};

describe('the network map: people', () => {
  let t: TestApp;
  let w: World;
  const cookie: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db);
    cookie.client = await t.signIn(w.client.email ?? '');
    cookie.coordinator = await t.signIn(w.coordinator.email);
  });

  afterAll(() => t.close());

  const mapUrl = (clientId = w.client.id) => `/api/clients/${clientId}/network-map`;
  const peopleUrl = (clientId = w.client.id) => `${mapUrl(clientId)}/people`;
  const personUrl = (personId: string, clientId = w.client.id) => `${peopleUrl(clientId)}/${personId}`;
  const call = (who: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    t.request({ method, url, cookie: cookie[who], ...(payload ? { payload } : {}) });
  const readMap = async (who = 'client', clientId = w.client.id) => {
    const response = await call(who, 'GET', mapUrl(clientId));
    expect(response.statusCode, response.body).toBe(200);
    return response.json<NetworkMap>();
  };
  const stored = (personId: string) =>
    t.db.selectFrom('network_people').selectAll().where('id', '=', personId).executeTakeFirstOrThrow();
  const digest = () => databaseDigest(t.db, bookkeepingTables);

  describe('GET /api/clients/:clientId/network-map', () => {
    it("shows the client their people with each one's membership of the group, and what they may do", async () => {
      const map = await readMap();
      expect(map.client).toEqual({ id: w.client.id, name: w.client.name });
      expect(map.abilities).toEqual({ edit: true, nominate: true });
      const byId = new Map(map.people.map((p) => [p.id, p]));
      expect(byId.get(w.clientGroup.relativePerson.id)).toMatchObject({
        name: w.relative.name,
        ring: 'inner',
        membership: { memberId: w.clientGroup.member.id, status: 'active' },
      });
      expect(byId.get(w.clientGroup.nomineePerson.id)?.membership).toEqual({
        memberId: w.clientGroup.nominee.id,
        status: 'nominated',
      });
      // Only this client's people.
      expect(byId.has(w.otherClientGroup.relativePerson.id)).toBe(false);
    });

    it('lets the coordinator edit with the client, and nominate only once the client hands that over', async () => {
      expect((await readMap('coordinator')).abilities).toEqual({ edit: true, nominate: false });
      const handed = await call('client', 'PUT', `/api/clients/${w.client.id}/delegations`, { tasks: ['invite_members'] });
      expect(handed.statusCode, handed.body).toBe(200);
      expect((await readMap('coordinator')).abilities).toEqual({ edit: true, nominate: true });
      await call('client', 'PUT', `/api/clients/${w.client.id}/delegations`, { tasks: [] });
      expect((await readMap('coordinator')).abilities.nominate).toBe(false);
    });

    it('offers no nomination before the client has a group to nominate for', async () => {
      const client = await createClient(t.db, { teamId: w.team.id, coordinatorId: w.coordinator.id });
      cookie.groupless = await t.signIn(client.email ?? '');
      expect((await readMap('groupless', client.id)).abilities).toEqual({ edit: true, nominate: false });
      await createGroup(t.db, { clientId: client.id, createdByAccountId: client.account_id ?? '' });
      expect((await readMap('groupless', client.id)).abilities).toEqual({ edit: true, nominate: true });
    });

    it('sorts people by name as a Dutch reader expects, and leaves out who was removed', async () => {
      const client = await createClient(t.db, { teamId: w.team.id, coordinatorId: w.coordinator.id });
      cookie.fresh = await t.signIn(client.email ?? '');
      for (const name of ['Zoë', 'bart', 'Özil', 'Anna', 'de Vries', 'Bas', 'Weg']) {
        expect((await call('fresh', 'POST', peopleUrl(client.id), { ...neighbour, name })).statusCode).toBe(201);
      }
      const gone = (await readMap('fresh', client.id)).people.find((p) => p.name === 'Weg');
      expect((await call('fresh', 'DELETE', personUrl(gone?.id ?? '', client.id))).statusCode).toBe(204);
      expect((await readMap('fresh', client.id)).people.map((p) => p.name)).toEqual([
        'Anna',
        'bart',
        'Bas',
        'de Vries',
        'Özil',
        'Zoë',
      ]);
    });

    it('shows the newest membership of the active group only, an ended one too', async () => {
      const client = await createClient(t.db, { teamId: w.team.id, coordinatorId: w.coordinator.id });
      cookie.third = await t.signIn(client.email ?? '');
      const person = await createNetworkPerson(t.db, { clientId: client.id, name: 'Ria' });
      const closed = await createGroup(t.db, { clientId: client.id, createdByAccountId: w.coordinator.account_id });
      await t.db.updateTable('groups').set({ closed_at: '2025-01-01T00:00:00.000Z' }).where('id', '=', closed.id).execute();
      await createMember(t.db, { groupId: closed.id, name: 'Ria', networkPersonId: person.id, status: 'active' });
      const membershipOfRia = async () => (await readMap('third', client.id)).people.find((p) => p.id === person.id)?.membership;
      expect(await membershipOfRia()).toBeNull();

      const group = await createGroup(t.db, { clientId: client.id, createdByAccountId: w.coordinator.account_id });
      const older = await createMember(t.db, { groupId: group.id, name: 'Ria', networkPersonId: person.id, status: 'declined' });
      const newer = await createMember(t.db, { groupId: group.id, name: 'Ria', networkPersonId: person.id, status: 'nominated' });
      await t.db
        .updateTable('group_members')
        .set({ created_at: '2025-02-01T00:00:00.000Z' })
        .where('id', '=', older.id)
        .execute();
      await t.db
        .updateTable('group_members')
        .set({ created_at: '2025-03-01T00:00:00.000Z' })
        .where('id', '=', newer.id)
        .execute();
      expect(await membershipOfRia()).toEqual({ memberId: newer.id, status: 'nominated' });

      await t.db
        .updateTable('group_members')
        .set({ created_at: '2025-04-01T00:00:00.000Z' })
        .where('id', '=', older.id)
        .execute();
      expect(await membershipOfRia()).toEqual({ memberId: older.id, status: 'declined' });
    });
  });

  describe('adding, changing and moving people', () => {
    it('adds a person; what is left out is stored as nothing', async () => {
      const response = await call('client', 'POST', peopleUrl(), neighbour);
      expect(response.statusCode, response.body).toBe(201);
      const person = response.json<NetworkPerson>();
      expect(person).toEqual({
        id: expect.any(String) as string,
        ...neighbour,
        email: null,
        phone: null,
        notes: null,
        membership: null,
      });
      expect(await stored(person.id)).toMatchObject({
        client_id: w.client.id,
        name: 'Henk de Buurman',
        life_area: 'friends_neighbours',
        email: null,
        phone: null,
        notes: null,
        removed_at: null,
      });
      expect((await readMap()).people.map((p) => p.id)).toContain(person.id);
    });

    it('lets the coordinator add, with contact details and notes', async () => {
      const body = {
        ...neighbour,
        name: 'Dr. Jansen',
        relation: 'gp',
        formality: 'formal',
        lifeArea: 'professional_care',
        email: 'Jansen@Huisarts.test',
        phone: '020 1234567',
        notes: 'Ziet Joep elke maand.',
      };
      const response = await call('coordinator', 'POST', peopleUrl(), body);
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json<NetworkPerson>()).toMatchObject({
        email: 'jansen@huisarts.test',
        phone: '020 1234567',
        notes: 'Ziet Joep elke maand.',
      });
    });

    it('changes everything about a person at once: what is left out is cleared', async () => {
      const person = await createNetworkPerson(t.db, { clientId: w.client.id, name: 'Truus', email: 'truus@test.regie.test' });
      const body = {
        ...neighbour,
        name: 'Truus van Dam',
        relation: 'other_family',
        lifeArea: 'family',
        ring: 'inner',
        wish: 'more_distance',
        notes: 'Tante',
      };
      const response = await call('client', 'PUT', personUrl(person.id), body);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json<NetworkPerson>()).toEqual({
        id: person.id,
        ...body,
        formality: 'informal',
        email: null,
        phone: null,
        membership: null,
      });
      expect(await stored(person.id)).toMatchObject({
        name: 'Truus van Dam',
        relation: 'other_family',
        life_area: 'family',
        ring: 'inner',
        wish: 'more_distance',
        email: null,
        notes: 'Tante',
      });
    });

    it("answers a change with the person's membership of the group", async () => {
      const body = { ...neighbour, name: w.relative.name, relation: 'friend', ring: 'inner' };
      const response = await call('coordinator', 'PUT', personUrl(w.clientGroup.relativePerson.id), body);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json<NetworkPerson>().membership).toEqual({ memberId: w.clientGroup.member.id, status: 'active' });
    });

    it('moves a person to another ring and life area, and changes nothing else', async () => {
      const person = await createNetworkPerson(t.db, {
        clientId: w.client.id,
        name: 'Mo',
        ring: 'outer',
        lifeArea: 'friends_neighbours',
        email: 'mo@test.regie.test',
      });
      const response = await call('client', 'PUT', `${personUrl(person.id)}/position`, {
        ring: 'middle',
        lifeArea: 'work_school_leisure',
      });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json<NetworkPerson>()).toMatchObject({
        id: person.id,
        name: 'Mo',
        ring: 'middle',
        lifeArea: 'work_school_leisure',
        email: 'mo@test.regie.test',
        wish: 'keep',
      });
      expect(await stored(person.id)).toMatchObject({
        ring: 'middle',
        life_area: 'work_school_leisure',
        name: 'Mo',
        relation: 'friend',
        email: 'mo@test.regie.test',
      });
    });

    it("does not find a removed person, another client's person or an unknown one, and changes nothing", async () => {
      const removed = await createNetworkPerson(t.db, { clientId: w.client.id, name: 'Oud' });
      await t.db
        .updateTable('network_people')
        .set({ removed_at: '2025-01-01T00:00:00.000Z' })
        .where('id', '=', removed.id)
        .execute();
      const before = await digest();
      for (const id of [removed.id, w.otherClientGroup.relativePerson.id, newId()]) {
        expect((await call('client', 'PUT', personUrl(id), neighbour)).statusCode, id).toBe(404);
        expect(
          (await call('client', 'PUT', `${personUrl(id)}/position`, { ring: 'inner', lifeArea: 'family' })).statusCode,
          id,
        ).toBe(404);
      }
      expect(await digest()).toEqual(before);
    });

    it('refuses bad fields, naming each, and changes nothing', async () => {
      const person = w.clientGroup.nomineePerson;
      const before = await digest();
      const cases: [string, string, object, string[]][] = [
        ['POST', peopleUrl(), { ...neighbour, relation: 'cousin' }, ['relation']],
        ['POST', peopleUrl(), { ...neighbour, name: '   ', ring: 'far' }, ['name', 'ring']],
        ['POST', peopleUrl(), { ...neighbour, phone: 'bel me' }, ['phone']],
        ['POST', peopleUrl(), { ...neighbour, clientId: w.otherClient.id }, ['clientId']],
        ['PUT', personUrl(person.id), { ...neighbour, email: 'geen-adres' }, ['email']],
        ['PUT', personUrl(person.id), { name: 'Alleen een naam' }, ['relation', 'formality', 'lifeArea', 'ring', 'wish']],
        ['PUT', personUrl(person.id), { ...neighbour, notes: 'x'.repeat(1001) }, ['notes']],
        ['PUT', `${personUrl(person.id)}/position`, { ring: 'inner', lifeArea: 'moon' }, ['lifeArea']],
        ['PUT', `${personUrl(person.id)}/position`, { ring: 'inner', lifeArea: 'family', wish: 'closer' }, ['wish']],
      ];
      for (const [method, url, payload, fields] of cases) {
        const response = await call('client', method as 'POST' | 'PUT', url, payload);
        expect(response.statusCode, JSON.stringify(payload)).toBe(400);
        expect(
          response
            .json<Problem>()
            .errors?.map((e) => e.field)
            .sort(),
          JSON.stringify(payload),
        ).toEqual([...fields].sort());
      }
      expect(await digest()).toEqual(before);
    });
  });

  describe('DELETE /api/clients/:clientId/network-map/people/:personId', () => {
    it('takes a person off the map, keeping their row; asking again changes nothing', async () => {
      const person = await createNetworkPerson(t.db, { clientId: w.client.id, name: 'Kees' });
      const response = await call('coordinator', 'DELETE', personUrl(person.id));
      expect(response.statusCode, response.body).toBe(204);
      const removedAt = (await stored(person.id)).removed_at;
      expect(removedAt).not.toBeNull();
      expect((await readMap()).people.map((p) => p.id)).not.toContain(person.id);
      expect((await call('client', 'DELETE', personUrl(person.id))).statusCode).toBe(204);
      expect((await stored(person.id)).removed_at).toBe(removedAt);
    });

    it('refuses (409) while the person is in the group or on the way in, until that membership ends', async () => {
      const nominee = w.clientGroup.nomineePerson;
      for (const person of [nominee, w.clientGroup.relativePerson]) {
        const before = await digest();
        const response = await call('client', 'DELETE', personUrl(person.id));
        expect(response.statusCode, response.body).toBe(409);
        expect(response.json<Problem>()).toMatchObject({
          code: 'person_in_group',
          title: expect.stringMatching(/End their membership/) as string,
        });
        expect(await digest()).toEqual(before);
      }
      await t.db.updateTable('group_members').set({ status: 'declined' }).where('id', '=', w.clientGroup.nominee.id).execute();
      expect((await call('client', 'DELETE', personUrl(nominee.id))).statusCode).toBe(204);
      expect((await stored(nominee.id)).removed_at).not.toBeNull();
    });

    it("does not find another client's person or an unknown one", async () => {
      const before = await digest();
      expect((await call('client', 'DELETE', personUrl(w.otherClientGroup.nomineePerson.id))).statusCode).toBe(404);
      expect((await call('client', 'DELETE', personUrl(newId()))).statusCode).toBe(404);
      expect(await digest()).toEqual(before);
    });
  });

  describe('the audit log', () => {
    it('records reading the map, and each change with the person as its object', async () => {
      const since = await lastAuditSequence(t.db);
      await readMap('coordinator');
      const added = (await call('client', 'POST', peopleUrl(), { ...neighbour, name: 'Audit' })).json<NetworkPerson>();
      await call('client', 'PUT', personUrl(added.id), { ...neighbour, name: 'Audit Twee' });
      await call('coordinator', 'PUT', `${personUrl(added.id)}/position`, { ring: 'inner', lifeArea: 'family' });
      await call('client', 'DELETE', personUrl(added.id));
      const rows = await auditRowsAfter(t.db, since);
      const base = { outcome: 'success', data_category: 'network_map', client_id: w.client.id, on_behalf_of_account_id: null };
      expect(rows).toMatchObject([
        { ...base, action: 'read', actor_role: 'coordinator', object_id: null },
        { ...base, action: 'create', actor_role: 'client', object_id: added.id },
        { ...base, action: 'update', actor_role: 'client', object_id: added.id },
        { ...base, action: 'update', actor_role: 'coordinator', object_id: added.id },
        { ...base, action: 'delete', actor_role: 'client', object_id: added.id },
      ]);
    });

    it('records a refusal, and no change when the change was refused', async () => {
      const since = await lastAuditSequence(t.db);
      expect((await call('client', 'DELETE', personUrl(w.clientGroup.relativePerson.id))).statusCode).toBe(409);
      expect(await auditRowsAfter(t.db, since)).toEqual([]);
      cookie.clinician = await t.signIn(w.clinician.email);
      const since2 = await lastAuditSequence(t.db);
      expect((await call('clinician', 'PUT', personUrl(w.clientGroup.relativePerson.id), neighbour)).statusCode).toBe(403);
      expect(await auditRowsAfter(t.db, since2)).toMatchObject([
        {
          action: 'access_refused',
          outcome: 'refused',
          data_category: 'network_map',
          client_id: w.client.id,
          object_id: w.clientGroup.relativePerson.id,
          actor_role: 'clinician',
        },
      ]);
    });
  });
});
