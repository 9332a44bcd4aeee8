import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkMap, Snapshot, SnapshotList } from '../../../shared/network.js';
import { newId, nowIso } from '../../platform/ids/ids.js';
import { auditRowsAfter, lastAuditSequence } from '../../testing/audit.js';
import { bookkeepingTables, databaseDigest } from '../../testing/database-digest.js';
import { createProfessional, createRelative, createWorld, type World } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

// The brief's access rules for the map (SECURITY.md "Access control"): the map is between the client
// and their coordinator. A relative sees it only while the client shares it with them, and never
// changes it; the rest of the team is refused (403); anyone outside the team is told "not found".

describe('the network map: who sees and changes it', () => {
  let t: TestApp;
  let w: World;
  let second: Awaited<ReturnType<typeof createRelative>>;
  const cookie: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db);
    second = await createRelative(t.db, { clientId: w.client.id, name: 'Tweede Naaste' });
    // A coordinator of the same team who is not this client's coordinator.
    const colleague = await createProfessional(t.db, { organisationId: w.home.id, teamId: w.team.id, role: 'coordinator' });
    const people = {
      client: w.client.email ?? '',
      relative: w.relative.email,
      second: second.email,
      otherRelative: w.otherRelative.email,
      coordinator: w.coordinator.email,
      colleague: colleague.email,
      clinician: w.clinician.email,
      professional: w.otherProfessional.email,
      teamLead: w.teamLead.email,
      researcher: w.researcher.email,
      admin: w.admin.email,
      otherTeam: w.otherTeamCoordinator.email,
      foreign: w.foreignCoordinator.email,
    };
    for (const [who, email] of Object.entries(people)) cookie[who] = await t.signIn(email);
  });

  afterAll(() => t.close());

  const mapUrl = () => `/api/clients/${w.client.id}/network-map`;
  const person = () => `${mapUrl()}/people/${w.clientGroup.relativePerson.id}`;
  const body = { name: 'Iemand', relation: 'friend', formality: 'informal', lifeArea: 'family', ring: 'inner', wish: 'keep' };
  const reads = () => [mapUrl(), `${mapUrl()}/snapshots`, `${mapUrl()}/snapshots/${w.clientGroup.snapshot.id}`];
  const writes = (): ['POST' | 'PUT' | 'DELETE', string, object | undefined][] => [
    ['POST', `${mapUrl()}/people`, body],
    ['PUT', person(), body],
    ['PUT', `${person()}/position`, { ring: 'outer', lifeArea: 'family' }],
    ['DELETE', `${mapUrl()}/people/${w.clientGroup.nomineePerson.id}`, undefined],
    ['POST', `${mapUrl()}/snapshots`, { label: 'Poging' }],
  ];
  const get = (who: string, url: string) => t.request({ method: 'GET', url, cookie: cookie[who] });
  const share = async (relativeId: string, shared: boolean) => {
    const response = await t.request({
      method: 'PUT',
      url: `/api/clients/${w.client.id}/sharing/${relativeId}`,
      cookie: cookie.client,
      payload: { category: 'network_map', shared },
    });
    expect(response.statusCode, response.body).toBe(200);
  };
  /** Tries every change as `who`: each gets `status`, and nothing in the database changes. */
  const expectWritesRefused = async (who: string, status: number) => {
    const before = await databaseDigest(t.db, bookkeepingTables);
    for (const [method, url, payload] of writes()) {
      const response = await t.request({ method, url, cookie: cookie[who], ...(payload ? { payload } : {}) });
      expect(response.statusCode, `${who} ${method} ${url}`).toBe(status);
    }
    expect(await databaseDigest(t.db, bookkeepingTables)).toEqual(before);
  };

  it('hides the map from a relative until the client shares it, and then shows it read-only', async () => {
    for (const url of reads()) expect((await get('relative', url)).statusCode, url).toBe(404);

    await share(w.relative.id, true);
    const map = await get('relative', mapUrl());
    expect(map.statusCode, map.body).toBe(200);
    const shown = map.json<NetworkMap>();
    expect(shown.abilities).toEqual({ edit: false, nominate: false });
    // Who is where, and the client's wishes; not other people's contact details, nor who was nominated.
    const byId = new Map(shown.people.map((p) => [p.id, p]));
    expect(byId.get(w.clientGroup.nomineePerson.id)).toMatchObject({
      name: w.clientGroup.nomineePerson.name,
      email: null,
      membership: null,
    });
    expect(byId.get(w.clientGroup.relativePerson.id)?.membership).toEqual({
      memberId: w.clientGroup.member.id,
      status: 'active',
    });
    for (const p of shown.people) expect([p.email, p.phone, p.notes]).toEqual([null, null, null]);
    expect((await get('relative', `${mapUrl()}/snapshots`)).json<SnapshotList>().snapshots.map((s) => s.id)).toEqual([
      w.clientGroup.snapshot.id,
    ]);
    expect((await get('relative', reads()[2] ?? '')).json<Snapshot>().id).toBe(w.clientGroup.snapshot.id);
    await expectWritesRefused('relative', 403);

    // Shared with one relative is not shared with another.
    for (const url of reads()) expect((await get('second', url)).statusCode, url).toBe(404);
  });

  it('hides the map again from the very next request once the client stops sharing it', async () => {
    await share(w.relative.id, false);
    for (const url of reads()) expect((await get('relative', url)).statusCode, url).toBe(404);
  });

  it('hides the map from a relative whose place has ended, though it was shared', async () => {
    // A place with another client as well, so that their session outlives this place.
    await t.db
      .insertInto('relatives')
      .values({
        id: newId(),
        account_id: second.account_id,
        client_id: w.otherClient.id,
        name: second.name,
        email: second.email,
        relation: 'friend',
        created_at: nowIso(),
      })
      .execute();
    await share(second.id, true);
    expect((await get('second', mapUrl())).statusCode).toBe(200);
    await t.db.updateTable('relatives').set({ ended_at: nowIso() }).where('id', '=', second.id).execute();
    for (const url of reads()) expect((await get('second', url)).statusCode, url).toBe(404);
  });

  it("refuses the client's team other than their coordinator (403), reading and changing", async () => {
    for (const who of ['clinician', 'professional', 'teamLead', 'colleague', 'researcher', 'admin']) {
      for (const url of reads()) expect((await get(who, url)).statusCode, `${who} ${url}`).toBe(403);
      await expectWritesRefused(who, 403);
    }
  });

  it("tells another team, another organisation and another client's relative that the map is not there (404)", async () => {
    for (const who of ['otherTeam', 'foreign', 'otherRelative']) {
      for (const url of reads()) expect((await get(who, url)).statusCode, `${who} ${url}`).toBe(404);
      await expectWritesRefused(who, 404);
    }
  });

  it('lets the client and their coordinator read', async () => {
    for (const who of ['client', 'coordinator'])
      for (const url of reads()) expect((await get(who, url)).statusCode, `${who} ${url}`).toBe(200);
  });

  it('records the relative reading a shared map, and the refusals', async () => {
    await share(w.relative.id, true);
    const since = await lastAuditSequence(t.db);
    await get('relative', mapUrl());
    await get('clinician', `${mapUrl()}/snapshots/${w.clientGroup.snapshot.id}`);
    await get('otherTeam', mapUrl());
    expect(await auditRowsAfter(t.db, since)).toMatchObject([
      { action: 'read', outcome: 'success', data_category: 'network_map', client_id: w.client.id, actor_role: 'relative' },
      {
        action: 'access_refused',
        outcome: 'refused',
        data_category: 'network_map',
        object_id: w.clientGroup.snapshot.id,
        actor_role: 'clinician',
      },
      {
        action: 'access_refused',
        outcome: 'refused',
        data_category: 'network_map',
        client_id: w.client.id,
        actor_role: 'coordinator',
      },
    ]);
  });
});
