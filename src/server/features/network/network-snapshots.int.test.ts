import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkPersonBody, Snapshot, SnapshotList, SnapshotSummary } from '../../../shared/network.js';
import type { Problem } from '../../../shared/problem.js';
import { newId } from '../../platform/ids/ids.js';
import { auditRowsAfter, lastAuditSequence } from '../../testing/audit.js';
import { bookkeepingTables, databaseDigest } from '../../testing/database-digest.js';
import { createClient, createNetworkPerson, createSnapshot, createWorld, type World } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

// PRODUCT.md §3: snapshots keep the map as it was on a day, so that growth of the network can be
// shown later. A snapshot is a copy: later changes to the map leave it as it was.

const friend: NetworkPersonBody = {
  name: 'Sanne',
  relation: 'friend',
  formality: 'informal',
  lifeArea: 'friends_neighbours',
  ring: 'middle',
  wish: 'closer',
};

describe('the network map: snapshots', () => {
  let t: TestApp;
  let w: World;
  let client: Awaited<ReturnType<typeof createClient>>;
  const cookie: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db);
    // A client of the coordinator with a map of their own, so that the counts are this file's.
    client = await createClient(t.db, { teamId: w.team.id, coordinatorId: w.coordinator.id });
    cookie.client = await t.signIn(client.email ?? '');
    cookie.coordinator = await t.signIn(w.coordinator.email);
  });

  afterAll(() => t.close());

  const mapUrl = (clientId = client.id) => `/api/clients/${clientId}/network-map`;
  const snapshotsUrl = (clientId = client.id) => `${mapUrl(clientId)}/snapshots`;
  const call = (who: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    t.request({ method, url, cookie: cookie[who], ...(payload ? { payload } : {}) });
  const take = async (who: string, payload: object = {}) => {
    const response = await call(who, 'POST', snapshotsUrl(), payload);
    expect(response.statusCode, response.body).toBe(201);
    return response.json<SnapshotSummary>();
  };
  const read = async (snapshotId: string, who = 'client') => {
    const response = await call(who, 'GET', `${snapshotsUrl()}/${snapshotId}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Snapshot>();
  };

  it('copies the people on the map now, sorted by name, without their contact details', async () => {
    const sanne = (
      await call('client', 'POST', `${mapUrl()}/people`, { ...friend, email: 'sanne@test.regie.test', notes: 'Oud-collega' })
    ).json<{ id: string }>();
    const bram = await createNetworkPerson(t.db, {
      clientId: client.id,
      name: 'Bram',
      relation: 'sibling',
      lifeArea: 'family',
      ring: 'inner',
    });
    const gone = await createNetworkPerson(t.db, { clientId: client.id, name: 'Weg' });
    expect((await call('client', 'DELETE', `${mapUrl()}/people/${gone.id}`)).statusCode).toBe(204);

    const summary = await take('client', { label: '  Voor de startbijeenkomst ' });
    expect(summary).toEqual({
      id: expect.any(String) as string,
      takenAt: expect.any(String) as string,
      label: 'Voor de startbijeenkomst',
      people: 2,
    });
    const snapshot = await read(summary.id);
    expect(snapshot).toEqual({
      ...summary,
      entries: [
        {
          personId: bram.id,
          name: 'Bram',
          relation: 'sibling',
          formality: 'informal',
          lifeArea: 'family',
          ring: 'inner',
          wish: 'keep',
        },
        {
          personId: sanne.id,
          name: 'Sanne',
          relation: 'friend',
          formality: 'informal',
          lifeArea: 'friends_neighbours',
          ring: 'middle',
          wish: 'closer',
        },
      ],
    });
    const row = await t.db.selectFrom('network_snapshots').selectAll().where('id', '=', summary.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ client_id: client.id, created_by_account_id: client.account_id });
    expect(row.entries).not.toContain('sanne@test.regie.test');
    expect(row.entries).not.toContain('Oud-collega');
  });

  it('stays as it was after the map changes', async () => {
    const summary = await take('coordinator');
    const before = await read(summary.id);
    const [first] = before.entries;
    if (!first) throw new Error('the map has people');
    await call('client', 'PUT', `${mapUrl()}/people/${first.personId}`, { ...friend, name: 'Andere Naam', ring: 'outer' });
    await call('client', 'PUT', `${mapUrl()}/people/${first.personId}/position`, {
      ring: 'inner',
      lifeArea: 'work_school_leisure',
    });
    await call('client', 'POST', `${mapUrl()}/people`, { ...friend, name: 'Nieuw' });
    await call('client', 'DELETE', `${mapUrl()}/people/${before.entries[1]?.personId ?? ''}`);
    expect(await read(summary.id)).toEqual(before);

    // A snapshot taken now shows the change.
    const now = await read((await take('client')).id);
    expect(now.entries.map((e) => e.name)).toEqual(['Andere Naam', 'Nieuw']);
    expect(now.entries[0]).toMatchObject({ personId: first.personId, ring: 'inner', lifeArea: 'work_school_leisure' });
  });

  it('stores a left-out or empty label as none', async () => {
    expect((await take('client')).label).toBeNull();
    expect((await take('client', { label: null })).label).toBeNull();
    expect((await take('client', { label: '   ' })).label).toBeNull();
  });

  it('lists the snapshots newest first, with the number of people in each', async () => {
    const response = await call('coordinator', 'GET', snapshotsUrl());
    expect(response.statusCode, response.body).toBe(200);
    const { snapshots } = response.json<SnapshotList>();
    expect(snapshots.length).toBe(6);
    const times = snapshots.map((s) => s.takenAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(snapshots.at(-1)).toMatchObject({ label: 'Voor de startbijeenkomst', people: 2 });
    const ids = new Set(snapshots.map((s) => s.id));
    expect(ids.has(w.clientGroup.snapshot.id)).toBe(false);
  });

  it("does not find another client's snapshot, or an unknown one", async () => {
    for (const id of [w.clientGroup.snapshot.id, w.otherClientGroup.snapshot.id, newId()]) {
      expect((await call('client', 'GET', `${snapshotsUrl()}/${id}`)).statusCode, id).toBe(404);
      expect((await call('coordinator', 'GET', `${snapshotsUrl()}/${id}`)).statusCode, id).toBe(404);
    }
  });

  it('reads a stored snapshot by its schema: entries that do not fit are left out', async () => {
    const entry = {
      personId: newId(),
      name: 'Goed',
      relation: 'friend',
      formality: 'informal',
      lifeArea: 'family',
      ring: 'inner',
      wish: 'keep',
    };
    const odd = await createSnapshot(t.db, {
      clientId: client.id,
      createdByAccountId: client.account_id ?? '',
      entries: [entry, { ...entry, ring: 'far' }, 'x'],
    });
    expect((await read(odd.id)).entries).toEqual([entry]);
    await t.db.updateTable('network_snapshots').set({ entries: 'not json' }).where('id', '=', odd.id).execute();
    expect(await read(odd.id)).toMatchObject({ entries: [], people: 0 });
  });

  it('refuses a bad label, naming it, and saves nothing', async () => {
    const before = await databaseDigest(t.db, bookkeepingTables);
    for (const payload of [{ label: 'x'.repeat(81) }, { label: 'regel\neen' }, { label: 3 }, { label: 'ok', people: [] }]) {
      const response = await call('client', 'POST', snapshotsUrl(), payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(
        response.json<Problem>().errors?.map((e) => e.field),
        JSON.stringify(payload),
      ).toEqual(['people' in payload ? 'people' : 'label']);
    }
    expect(await databaseDigest(t.db, bookkeepingTables)).toEqual(before);
  });

  it('records taking, listing and reading snapshots in the audit log', async () => {
    const since = await lastAuditSequence(t.db);
    const taken = await take('coordinator');
    await call('client', 'GET', snapshotsUrl());
    await read(taken.id, 'coordinator');
    const base = { outcome: 'success', data_category: 'network_map', client_id: client.id };
    expect(await auditRowsAfter(t.db, since)).toMatchObject([
      { ...base, action: 'create', actor_role: 'coordinator', object_id: taken.id },
      { ...base, action: 'read', actor_role: 'client', object_id: null },
      { ...base, action: 'read', actor_role: 'coordinator', object_id: taken.id },
    ]);
  });
});
