import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluationTrend, LoadedInstrument, RoundResults } from '../../../shared/evaluations.js';
import { auditRowsAfter, lastAuditSequence } from '../../testing/audit.js';
import { bookkeepingTables, databaseDigest } from '../../testing/database-digest.js';
import { createWorld, type World } from '../../testing/factories.js';
import { bodyOf, problemOf, signInEach, worldPeople, type SignedIn } from '../../testing/signed-in.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import {
  insertRespondent,
  insertRound,
  instrumentsUrl,
  loadableDefinition,
  resultsUrl,
  themeScores,
  trendUrl,
  type StoredResponse,
} from './results-testing.js';

// The results of a group's rounds (PRODUCT.md §7, the brief's rules): only once a round has closed;
// for the client and the group's members (a relative as the client shares them), never for the team
// outside the group; a respondent type with one respondent only with their consent, and what is
// hidden leaves no trace in the overall means or the remarks.

const remark = (text: string) => ({ remarks: { string: text } });

describe("a round's results and the trend", () => {
  let t: TestApp;
  let w: World;
  let c: SignedIn;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db);
    c = await signInEach(t, worldPeople(w));
  });

  afterAll(() => t.close());

  /**
   * A round of the world's client's group: the client (agreeing to be shown alone), the relative,
   * the coordinator and the clinician, with the relative's own response given.
   */
  async function roundWith(relative: StoredResponse | null, state: 'closed' | 'open' | 'expired' = 'closed', openedAt?: string) {
    const round = await insertRound(t.db, {
      groupId: w.clientGroup.group.id,
      openedByAccountId: w.coordinator.account_id,
      state,
      ...(openedAt ? { openedAt } : {}),
    });
    const roundId = round.id;
    await insertRespondent(t.db, {
      roundId,
      accountId: w.client.account_id ?? '',
      name: w.client.name,
      respondentType: 'client',
      response: {
        showWhenAlone: true,
        signed: false,
        scores: themeScores(4, 3, 5, 2),
        answers: remark('Fijn dat iedereen er was'),
      },
    });
    await insertRespondent(t.db, {
      roundId,
      accountId: w.relative.account_id,
      memberId: w.clientGroup.member.id,
      name: w.relative.name,
      respondentType: 'relative',
      ...(relative ? { response: relative } : {}),
    });
    await insertRespondent(t.db, {
      roundId,
      accountId: w.coordinator.account_id,
      name: w.coordinator.name,
      respondentType: 'professional',
      response: {
        showWhenAlone: false,
        signed: true,
        scores: themeScores(5, 4, 4, 3),
        answers: remark('Meer tijd voor de doelen'),
      },
    });
    await insertRespondent(t.db, {
      roundId,
      accountId: w.clinician.account_id,
      name: w.clinician.name,
      respondentType: 'professional',
      // A theme without a score (too few answers to it): left out of its mean, not counted as nought.
      response: { showWhenAlone: false, signed: false, scores: { heard: 4, roles: 4, progress: 5 } },
    });
    return round;
  }

  const lonelyRelative = (showWhenAlone: boolean): StoredResponse => ({
    showWhenAlone,
    signed: true,
    scores: themeScores(1, 2, 1, 1),
    answers: { ...remark('Ik word niet gehoord'), 'heard-1': { coding: { code: '1' } } },
  });

  const typeOf = (results: RoundResults, type: string) => results.byType.find((result) => result.respondentType === type);

  it('hides a single relative without consent from their type, the overall means and the remarks', async () => {
    const round = await roundWith(lonelyRelative(false));
    const results = await bodyOf<RoundResults>(c.get('client', resultsUrl(w.client.id, round.id)));
    expect(results.round).toEqual({ id: round.id, openedAt: round.openedAt, closedAt: round.closedAt, closesOn: round.closesOn });
    expect(results.scales).toEqual(
      ['heard', 'roles', 'direction', 'progress'].map((id) => ({ id, title: null, min: 1, max: 5 })),
    );
    expect(results.byType).toEqual([
      {
        respondentType: 'client',
        asked: 1,
        answered: 1,
        shown: true,
        hiddenReason: null,
        scores: [
          { scaleId: 'heard', mean: 4, n: 1 },
          { scaleId: 'roles', mean: 3, n: 1 },
          { scaleId: 'direction', mean: 5, n: 1 },
          { scaleId: 'progress', mean: 2, n: 1 },
        ],
      },
      { respondentType: 'relative', asked: 1, answered: 1, shown: false, hiddenReason: 'alone_without_consent', scores: [] },
      {
        respondentType: 'professional',
        asked: 2,
        answered: 2,
        shown: true,
        hiddenReason: null,
        scores: [
          { scaleId: 'heard', mean: 4.5, n: 2 },
          { scaleId: 'roles', mean: 4, n: 2 },
          { scaleId: 'direction', mean: 4, n: 1 },
          { scaleId: 'progress', mean: 4, n: 2 },
        ],
      },
    ]);
    // Client 4,3,5,2; coordinator 5,4,4,3; clinician 4,4,–,5. The relative's 1,2,1,1 are not in it.
    expect(results.overall).toEqual([
      { scaleId: 'heard', mean: 13 / 3, n: 3 },
      { scaleId: 'roles', mean: 11 / 3, n: 3 },
      { scaleId: 'direction', mean: 4.5, n: 2 },
      { scaleId: 'progress', mean: 10 / 3, n: 3 },
    ]);
    expect(results.remarks).toEqual([
      { text: 'Fijn dat iedereen er was', by: null },
      { text: 'Meer tijd voor de doelen', by: w.coordinator.name },
    ]);
    const text = JSON.stringify(results);
    expect(text).not.toContain('Ik word niet gehoord');
    expect(text).not.toContain(w.relative.name);
  });

  it('shows a single relative who agreed, signed remark and all, to everyone who reads the results', async () => {
    const round = await roundWith(lonelyRelative(true));
    for (const who of ['client', 'relative', 'coordinator', 'clinician']) {
      const results = await bodyOf<RoundResults>(c.get(who, resultsUrl(w.client.id, round.id)));
      expect(typeOf(results, 'relative'), who).toEqual({
        respondentType: 'relative',
        asked: 1,
        answered: 1,
        shown: true,
        hiddenReason: null,
        scores: [
          { scaleId: 'heard', mean: 1, n: 1 },
          { scaleId: 'roles', mean: 2, n: 1 },
          { scaleId: 'direction', mean: 1, n: 1 },
          { scaleId: 'progress', mean: 1, n: 1 },
        ],
      });
      expect(results.overall.map((mean) => [mean.mean, mean.n])).toEqual([
        [14 / 4, 4],
        [13 / 4, 4],
        [10 / 3, 3],
        [11 / 4, 4],
      ]);
      // Alphabetical, whoever wrote them and whenever; the relative signed, the client did not.
      expect(results.remarks).toEqual([
        { text: 'Fijn dat iedereen er was', by: null },
        { text: 'Ik word niet gehoord', by: w.relative.name },
        { text: 'Meer tijd voor de doelen', by: w.coordinator.name },
      ]);
    }
  });

  it('tells a type nobody answered for as no_answers', async () => {
    const round = await roundWith(null);
    const results = await bodyOf<RoundResults>(c.get('coordinator', resultsUrl(w.client.id, round.id)));
    expect(typeOf(results, 'relative')).toEqual({
      respondentType: 'relative',
      asked: 1,
      answered: 0,
      shown: false,
      hiddenReason: 'no_answers',
      scores: [],
    });
    expect(results.overall[0]).toEqual({ scaleId: 'heard', mean: 13 / 3, n: 3 });
  });

  it('waits until the round has closed (409 round_open), and counts a round past its last day as closed', async () => {
    const open = await roundWith(lonelyRelative(true), 'open');
    const refused = await c.get('client', resultsUrl(w.client.id, open.id));
    expect(refused.statusCode).toBe(409);
    expect(problemOf(refused).code).toBe('round_open');
    const expired = await roundWith(lonelyRelative(true), 'expired');
    const results = await bodyOf<RoundResults>(c.get('client', resultsUrl(w.client.id, expired.id)));
    expect(results.round.closedAt).toBeNull();
    expect(typeOf(results, 'relative')?.shown).toBe(true);
  });

  it('refuses the team outside the group (403), hides from everyone else (404), and logs reads and refusals', async () => {
    const round = await roundWith(lonelyRelative(false));
    const url = resultsUrl(w.client.id, round.id);
    const before = await databaseDigest(t.db, bookkeepingTables);
    const sequence = await lastAuditSequence(t.db);
    const expected: Record<string, number> = {
      anonymous: 401,
      client: 200,
      relative: 200,
      coordinator: 200,
      clinician: 200,
      professional: 403,
      teamLead: 403,
      researcher: 403,
      admin: 403,
      otherTeam: 404,
      foreign: 404,
      otherRelative: 404,
      foreignAdmin: 403,
    };
    for (const [who, status] of Object.entries(expected)) {
      expect((await c.get(who, url)).statusCode, `${who} results`).toBe(status);
      expect((await c.get(who, trendUrl(w.client.id))).statusCode, `${who} trend`).toBe(status);
    }
    expect(await databaseDigest(t.db, bookkeepingTables)).toEqual(before);
    const rows = await auditRowsAfter(t.db, sequence);
    const clientReads = rows.filter((row) => row.actor_account_id === w.client.account_id);
    expect(clientReads.map((row) => [row.action, row.outcome, row.data_category, row.client_id, row.object_id])).toEqual([
      ['read', 'success', 'evaluations', w.client.id, round.id],
      ['read', 'success', 'evaluations', w.client.id, null],
    ]);
    const professionalAccount = w.otherProfessional.account_id;
    expect(
      rows
        .filter((row) => row.actor_account_id === professionalAccount)
        .map((row) => [row.action, row.outcome, row.data_category, row.object_id]),
    ).toEqual([
      ['access_refused', 'refused', 'evaluations', round.id],
      ['access_refused', 'refused', 'evaluations', null],
    ]);
  });

  it("answers 404 for another group's round, and for a relative the client no longer shares results with", async () => {
    const round = await roundWith(lonelyRelative(true));
    const elsewhere = await insertRound(t.db, {
      groupId: w.otherClientGroup.group.id,
      openedByAccountId: w.coordinator.account_id,
      state: 'closed',
    });
    expect((await c.get('client', resultsUrl(w.client.id, elsewhere.id))).statusCode).toBe(404);
    expect((await c.get('coordinator', resultsUrl(w.client.id, elsewhere.id))).statusCode).toBe(404);

    const share = (shared: boolean) =>
      bodyOf(
        c.send('client', 'PUT', `/api/clients/${w.client.id}/sharing/${w.relative.id}`, {
          category: 'evaluation_results',
          shared,
        }),
      );
    await share(false);
    try {
      expect((await c.get('relative', resultsUrl(w.client.id, round.id))).statusCode).toBe(404);
      expect((await c.get('relative', trendUrl(w.client.id))).statusCode).toBe(404);
    } finally {
      await share(true);
    }
    expect((await c.get('relative', resultsUrl(w.client.id, round.id))).statusCode).toBe(200);
  });

  it("names a loaded instrument's scales by their titles and takes its open item's answers as remarks", async () => {
    const loaded = await bodyOf<LoadedInstrument>(
      c.send('admin', 'POST', instrumentsUrl, {
        respondentType: 'professional',
        definition: loadableDefinition({ url: 'https://example.org/Questionnaire/results', version: '1' }),
      }),
      201,
    );
    const round = await insertRound(t.db, {
      groupId: w.clientGroup.group.id,
      openedByAccountId: w.coordinator.account_id,
      state: 'closed',
    });
    const instrument = { id: loaded.id, url: loaded.url, version: loaded.version };
    for (const [person, text] of [
      [w.coordinator, 'Zo doorgaan'],
      [w.otherProfessional, 'Agenda eerder rondsturen'],
    ] as const) {
      await insertRespondent(t.db, {
        roundId: round.id,
        accountId: person.account_id,
        name: person.name,
        respondentType: 'professional',
        instrument,
        // 'remarks' is no item of this instrument: an answer to it is no remark.
        response: {
          showWhenAlone: false,
          signed: false,
          scores: { gehoord: 3 },
          answers: { q2: { string: text }, ...remark('x') },
        },
      });
    }
    const results = await bodyOf<RoundResults>(c.get('client', resultsUrl(w.client.id, round.id)));
    expect(results.scales).toEqual([{ id: 'gehoord', title: 'Gehoord worden', min: 1, max: 5 }]);
    expect(typeOf(results, 'professional')?.scores).toEqual([{ scaleId: 'gehoord', mean: 3, n: 2 }]);
    expect(results.remarks).toEqual([
      { text: 'Agenda eerder rondsturen', by: null },
      { text: 'Zo doorgaan', by: null },
    ]);
  });

  it('draws the trend over the closed rounds only, oldest first, with the same hiding', async () => {
    // A client of their own, so that the other tests' rounds stay out of this trend.
    const fresh = await createWorld(t.db);
    const own = await signInEach(t, { client: fresh.client.email ?? '' });
    const empty = await bodyOf<EvaluationTrend>(own.get('client', trendUrl(fresh.client.id)));
    expect(empty).toEqual({ scales: [], rounds: [] });

    const insert = async (state: 'open' | 'closed', closedAt: string | undefined, relative: StoredResponse) => {
      const round = await insertRound(t.db, {
        groupId: fresh.clientGroup.group.id,
        openedByAccountId: fresh.coordinator.account_id,
        state,
        ...(closedAt ? { closedAt, openedAt: new Date(Date.parse(closedAt) - 86_400_000).toISOString() } : {}),
      });
      await insertRespondent(t.db, {
        roundId: round.id,
        accountId: fresh.client.account_id ?? '',
        name: fresh.client.name,
        respondentType: 'client',
        response: { showWhenAlone: false, signed: false, scores: themeScores(2, 2, 2, 2) },
      });
      await insertRespondent(t.db, {
        roundId: round.id,
        accountId: fresh.relative.account_id,
        name: fresh.relative.name,
        respondentType: 'relative',
        response: relative,
      });
      return round;
    };
    const consenting = { showWhenAlone: true, signed: false, scores: themeScores(3, 4, 5, 2.5) };
    const later = await insert('closed', '2026-05-10T10:00:00.000Z', { ...consenting, showWhenAlone: false });
    const earlier = await insert('closed', '2026-02-01T23:30:00.000Z', consenting);
    await insert('open', undefined, consenting);

    const trend = await bodyOf<EvaluationTrend>(own.get('client', trendUrl(fresh.client.id)));
    expect(trend.scales.map((scale) => scale.id)).toEqual(['heard', 'roles', 'direction', 'progress']);
    // Closed at 23:30 UTC on 1 February is 2 February in Amsterdam.
    expect(trend.rounds.map((round) => [round.id, round.closedOn])).toEqual([
      [earlier.id, '2026-02-02'],
      [later.id, '2026-05-10'],
    ]);
    const [first, second] = trend.rounds;
    // The client did not agree to be shown alone: in neither round. The relative agreed only the first time.
    expect(first?.byType.map((type) => [type.respondentType, type.shown])).toEqual([
      ['client', false],
      ['relative', true],
      ['professional', false],
    ]);
    expect(first?.overall).toEqual([
      { scaleId: 'heard', mean: 3, n: 1 },
      { scaleId: 'roles', mean: 4, n: 1 },
      { scaleId: 'direction', mean: 5, n: 1 },
      { scaleId: 'progress', mean: 2.5, n: 1 },
    ]);
    expect(second?.byType.every((type) => !type.shown && type.scores.length === 0)).toBe(true);
    expect(second?.overall.every((mean) => mean.mean === null && mean.n === 0)).toBe(true);
  });
});
