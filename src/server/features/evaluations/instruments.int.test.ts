import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regieInstrument } from '../../../domain/regie-evaluation.js';
import type { InstrumentList, LoadedInstrument } from '../../../shared/evaluations.js';
import { bookkeepingTables, databaseDigest } from '../../testing/database-digest.js';
import { createWorld, type World } from '../../testing/factories.js';
import { bodyOf, problemOf, signInEach, worldPeople, type SignedIn } from '../../testing/signed-in.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { instrumentsUrl, loadableDefinition } from './results-testing.js';

// The instruments an organisation's rounds ask (PRODUCT.md §7): its admin loads a definition from a
// file and retires it; a bad file is refused with everything that is wrong and nothing is stored.

const retireUrl = (id: string) => `${instrumentsUrl}/${id}/retire`;

describe("an organisation's instruments", () => {
  let t: TestApp;
  let w: World;
  let c: SignedIn;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db);
    c = await signInEach(t, worldPeople(w));
  });

  afterAll(() => t.close());

  const load = (respondentType: string, definition: unknown, who = 'admin') =>
    c.send(who, 'POST', instrumentsUrl, { respondentType, definition });
  const inUse = async (who = 'admin') => (await bodyOf<InstrumentList>(c.get(who, instrumentsUrl))).inUse;

  it("asks Regie's own for every type until the organisation loads one", async () => {
    const list = await bodyOf<InstrumentList>(c.get('admin', instrumentsUrl));
    expect(list).toEqual({
      inUse: (['client', 'relative', 'professional'] as const).map((respondentType) => {
        const own = regieInstrument(respondentType, 'nl');
        return { respondentType, source: 'regie', url: own.url, version: own.version, title: own.title, instrumentId: null };
      }),
      loaded: [],
      abilities: { load: true },
    });
  });

  it('loads a definition, which new rounds of that type then ask; the same one again is refused (409)', async () => {
    const response = await load('client', loadableDefinition({ version: '2.0' }));
    const loaded = await bodyOf<LoadedInstrument>(Promise.resolve(response), 201);
    expect(loaded).toEqual({
      id: expect.any(String) as string,
      respondentType: 'client',
      url: 'https://example.org/Questionnaire/r-met-client',
      version: '2.0',
      title: 'R-MET cliënt',
      loadedAt: expect.any(String) as string,
      loadedBy: w.admin.name,
      retiredAt: null,
    });
    const types = await inUse();
    expect(types[0]).toEqual({
      respondentType: 'client',
      source: 'organisation',
      url: loaded.url,
      version: '2.0',
      title: 'R-MET cliënt',
      instrumentId: loaded.id,
    });
    expect(types.slice(1).map((type) => type.source)).toEqual(['regie', 'regie']);

    // Stored as the domain's clean copy: fields outside the supported subset are left behind.
    const row = await t.db.selectFrom('instruments').selectAll().where('id', '=', loaded.id).executeTakeFirstOrThrow();
    expect(row.organisation_id).toBe(w.home.id);
    expect(row.loaded_by_account_id).toBe(w.admin.account_id);
    expect(JSON.parse(row.definition)).not.toHaveProperty('resourceType');

    const before = await databaseDigest(t.db, bookkeepingTables);
    const again = await load('client', loadableDefinition({ version: '2.0', title: 'Andere titel' }));
    expect(again.statusCode).toBe(409);
    expect(problemOf(again).code).toBe('instrument_loaded');
    expect(problemOf(again).errors?.map((error) => error.field)).toEqual(['definition.version']);
    expect(await databaseDigest(t.db, bookkeepingTables)).toEqual(before);
    // The same file for another respondent type is another instrument.
    expect((await load('relative', loadableDefinition({ version: '2.0' }))).statusCode).toBe(201);
  });

  it('refuses a bad file with every problem at definition.<path> (422), and stores nothing', async () => {
    const before = await databaseDigest(t.db, bookkeepingTables);
    const bad = {
      ...loadableDefinition({ version: '3.0' }),
      url: '',
      status: 'draft',
      item: [
        { text: 'Zonder linkId', type: 'integer' },
        { linkId: 'q2', text: 'Datum', type: 'date' },
      ],
      scoring: { scales: [{ id: 'x', items: ['q9'], method: 'sum', min: 1, max: 5, minAnswered: 1 }] },
    };
    const refused = await load('professional', bad);
    expect(refused.statusCode, refused.body).toBe(422);
    const problem = problemOf(refused);
    expect(problem.code).toBe('invalid_definition');
    expect(problem.errors?.map((error) => error.field).sort()).toEqual(
      [
        'definition.url',
        'definition.item[0].linkId',
        'definition.item[1].type',
        'definition.scoring.scales[0].items[0]',
        'definition.status',
      ].sort(),
    );
    expect(problem.errors?.find((error) => error.field === 'definition.status')?.message).toContain(
      'only an active questionnaire',
    );
    expect(await databaseDigest(t.db, bookkeepingTables)).toEqual(before);
  });

  it("refuses what is no definition at all, and Regie's own address", async () => {
    const missing = await c.send('admin', 'POST', instrumentsUrl, { respondentType: 'client' });
    expect(missing.statusCode).toBe(400);
    expect(problemOf(missing).errors?.map((error) => error.field)).toEqual(['definition']);
    for (const definition of ['tekst', [1, 2], null, 7]) {
      const refused = await load('client', definition);
      expect(refused.statusCode, JSON.stringify(definition)).toBe(422);
      expect(problemOf(refused).errors?.map((error) => error.field)).toEqual(['definition']);
    }
    const regie = regieInstrument('client', 'nl');
    const own = await load('client', { ...loadableDefinition(), url: regie.url, version: '99' });
    expect(own.statusCode).toBe(422);
    expect(problemOf(own).errors?.map((error) => error.field)).toEqual(['definition.url']);
    const unstorable = await load('client', { ...loadableDefinition(), title: 'R-MET\u0000', version: 'x'.repeat(101) });
    expect(unstorable.statusCode).toBe(422);
    expect(problemOf(unstorable).errors?.map((error) => error.field)).toEqual(['definition.version', 'definition.title']);
    const wrongType = await c.send('admin', 'POST', instrumentsUrl, { respondentType: 'team', definition: loadableDefinition() });
    expect(wrongType.statusCode).toBe(400);
    expect(problemOf(wrongType).errors?.map((error) => error.field)).toEqual(['respondentType']);
  });

  it('asks the newest one not retired; retiring brings back the one before, then Regie’s own', async () => {
    const url = 'https://example.org/Questionnaire/r-met-professional';
    const first = await bodyOf<LoadedInstrument>(load('professional', loadableDefinition({ url, version: '1' })), 201);
    const second = await bodyOf<LoadedInstrument>(load('professional', loadableDefinition({ url, version: '2' })), 201);
    expect((await inUse())[2]?.instrumentId).toBe(second.id);

    const retired = await bodyOf<LoadedInstrument>(c.send('admin', 'POST', retireUrl(second.id)));
    expect(retired.retiredAt).not.toBeNull();
    expect((await inUse())[2]?.instrumentId).toBe(first.id);
    const again = await c.send('admin', 'POST', retireUrl(second.id));
    expect(again.statusCode).toBe(409);
    expect(problemOf(again).code).toBe('already_retired');

    await bodyOf<LoadedInstrument>(c.send('admin', 'POST', retireUrl(first.id)));
    expect((await inUse())[2]).toMatchObject({ source: 'regie', instrumentId: null });
    // Retired ones stay listed, newest first: rounds that asked them still need them.
    const loaded = (await bodyOf<InstrumentList>(c.get('admin', instrumentsUrl))).loaded;
    expect(loaded.slice(0, 2).map((instrument) => [instrument.id, instrument.retiredAt !== null])).toEqual([
      [second.id, true],
      [first.id, true],
    ]);
  });

  it("is the admin's alone (403 for every other role), and another organisation's admin finds nothing (404)", async () => {
    const mine = await bodyOf<LoadedInstrument>(
      load('relative', loadableDefinition({ url: 'https://example.org/Questionnaire/rights', version: '1' })),
      201,
    );
    const before = await databaseDigest(t.db, bookkeepingTables);
    for (const who of ['client', 'relative', 'coordinator', 'clinician', 'professional', 'teamLead', 'researcher', 'foreign']) {
      expect((await c.get(who, instrumentsUrl)).statusCode, `${who} list`).toBe(403);
      expect((await load('client', loadableDefinition({ version: who }), who)).statusCode, `${who} load`).toBe(403);
      expect((await c.send(who, 'POST', retireUrl(mine.id))).statusCode, `${who} retire`).toBe(403);
    }
    expect((await c.get('anonymous', instrumentsUrl)).statusCode).toBe(401);
    expect((await c.send('foreignAdmin', 'POST', retireUrl(mine.id))).statusCode).toBe(404);
    expect((await c.send('admin', 'POST', retireUrl('00000000-0000-4000-8000-000000000000'))).statusCode).toBe(404);
    expect(await databaseDigest(t.db, bookkeepingTables)).toEqual(before);

    const theirs = await bodyOf<InstrumentList>(c.get('foreignAdmin', instrumentsUrl));
    expect(theirs.loaded).toEqual([]);
    expect(theirs.inUse.every((type) => type.source === 'regie')).toBe(true);
  });
});
