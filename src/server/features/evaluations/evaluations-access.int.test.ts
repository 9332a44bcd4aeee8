import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluationList, MyEvaluations, RoundSummary } from '../../../shared/evaluations.js';
import { auditRowsAfter, lastAuditSequence } from '../../testing/audit.js';
import { bookkeepingTables, databaseDigest } from '../../testing/database-digest.js';
import { createEvaluationRound, createWorld, type World } from '../../testing/factories.js';
import { problemOf } from '../../testing/signed-in.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import {
  dayFromToday,
  evaluationCalls,
  evaluationsUrl,
  fullResponse,
  myEvaluationsUrl,
  roundUrl,
  type EvaluationCalls,
  type EvaluationsClient,
} from './evaluations-testing.js';

// Who sees, opens, closes and answers a group's evaluation rounds (the brief's rules, SECURITY.md
// "Access control"): the client and the group's coordinator open and close them; the group's active
// members (a relative as the client shares evaluation results), and the client's team see them; only
// those asked answer; anyone else is told there is nothing there.

describe('who sees, opens, closes and answers evaluation rounds', () => {
  let t: TestApp;
  let w: World;
  let c: EvaluationCalls;
  let client: EvaluationsClient;
  let round: RoundSummary;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db);
    c = await evaluationCalls(t, w);
    client = await c.newClient('owner');
    round = await c.open('owner', client.id);
  });

  afterAll(() => t.close());

  const reads = () => [evaluationsUrl(client.id), roundUrl(client.id, round.id)];
  const ownReads = () => [roundUrl(client.id, round.id, '/questionnaire')];
  const directing = (): ['POST', string, object | undefined][] => [
    ['POST', evaluationsUrl(client.id), { closesOn: dayFromToday(10) }],
    ['POST', roundUrl(client.id, round.id, '/close'), undefined],
  ];

  /** Tries opening and closing as `who`: each gets `status`, and nothing in the database changes. */
  const expectDirectingRefused = async (who: string, status: number) => {
    const before = await databaseDigest(t.db, bookkeepingTables);
    for (const [method, url, payload] of directing()) {
      const response = await c.send(who, method, url, payload);
      expect(response.statusCode, `${who} ${method} ${url}: ${response.body}`).toBe(status);
    }
    expect(await databaseDigest(t.db, bookkeepingTables)).toEqual(before);
  };

  /** Tries the questionnaire and an answer as `who`: each gets `status`, and nothing changes. */
  const expectAnsweringRefused = async (
    who: string,
    status: number,
    type: 'client' | 'relative' | 'professional' = 'professional',
  ) => {
    const before = await databaseDigest(t.db, bookkeepingTables);
    for (const url of ownReads()) expect((await c.get(who, url)).statusCode, `${who} ${url}`).toBe(status);
    const answered = await c.send(who, 'PUT', roundUrl(client.id, round.id, '/response'), fullResponse(type));
    expect(answered.statusCode, `${who} answer: ${answered.body}`).toBe(status);
    expect(await databaseDigest(t.db, bookkeepingTables)).toEqual(before);
  };

  it('shows the rounds to the client, the members and the team; who answered only to the client and the coordinator', async () => {
    for (const who of ['owner', 'coordinator', 'clinician', 'professional', 'teamLead', 'ownerRelative']) {
      for (const url of reads()) expect((await c.get(who, url)).statusCode, `${who} ${url}`).toBe(200);
      const list = (await c.get(who, evaluationsUrl(client.id))).json<EvaluationList>();
      const seen = list.rounds.find((candidate) => candidate.id === round.id);
      expect(seen?.progress, who).toEqual({
        asked: 4,
        answered: 0,
        byType: {
          client: { asked: 1, answered: 0 },
          relative: { asked: 1, answered: 0 },
          professional: { asked: 2, answered: 0 },
        },
      });
      const directs = who === 'owner' || who === 'coordinator';
      expect(seen?.respondents === null, who).toBe(!directs);
      expect(list.abilities, who).toEqual({ open: false, close: directs });
      expect(list.openBlocked, who).toBe(directs ? 'round_open' : null);
      expect(list.notAsked, who).toEqual(directs ? [{ name: client.mapOnly.name }] : []);
      expect(list.plannedMeetings, who).toEqual([]);
    }
    const asOwner = await c.round('owner', client.id, round.id);
    expect(asOwner.respondents?.map((respondent) => [respondent.respondentType, respondent.name])).toEqual([
      ['client', client.name],
      ['relative', client.relative.name],
      ...[w.coordinator.name, w.clinician.name].sort((a, b) => a.localeCompare(b, 'nl')).map((name) => ['professional', name]),
    ]);
    expect(asOwner.you).toEqual({ respondentType: 'client', answered: false });
    expect((await c.round('teamLead', client.id, round.id)).you).toBeNull();
    expect((await c.round('clinician', client.id, round.id)).you).toEqual({ respondentType: 'professional', answered: false });
  });

  it('refuses opening and closing to everyone else who sees the rounds (403), clinician member included', async () => {
    for (const who of ['clinician', 'professional', 'teamLead', 'ownerRelative']) await expectDirectingRefused(who, 403);
    const refused = await c.send('clinician', 'POST', roundUrl(client.id, round.id, '/close'), undefined);
    expect(problemOf(refused).code).toBe('forbidden');
  });

  it('refuses the questionnaire and an answer to the team not in the group (403): they were not asked', async () => {
    for (const who of ['professional', 'teamLead']) await expectAnsweringRefused(who, 403);
  });

  it('answers outsiders, and roles that never see a client, as if there were no rounds', async () => {
    for (const who of ['otherTeam', 'foreign']) {
      for (const url of [...reads(), ...ownReads()]) expect((await c.get(who, url)).statusCode, `${who} ${url}`).toBe(404);
      await expectDirectingRefused(who, 404);
      await expectAnsweringRefused(who, 404);
    }
    for (const who of ['researcher', 'admin']) {
      for (const url of [...reads(), ...ownReads(), myEvaluationsUrl])
        expect((await c.get(who, url)).statusCode, `${who} ${url}`).toBe(403);
      await expectDirectingRefused(who, 403);
      await expectAnsweringRefused(who, 403);
    }
    for (const url of [...reads(), myEvaluationsUrl]) expect((await c.get('anonymous', url)).statusCode).toBe(401);
  });

  it("answers another client's round under this client's path with 404, and the world's client's relative too", async () => {
    const foreign = await createEvaluationRound(t.db, {
      groupId: w.otherClientGroup.group.id,
      openedByAccountId: w.coordinator.account_id,
    });
    const before = await databaseDigest(t.db, bookkeepingTables);
    for (const who of ['owner', 'coordinator', 'ownerRelative']) {
      expect((await c.get(who, roundUrl(client.id, foreign.id))).statusCode, who).toBe(404);
      expect((await c.get(who, roundUrl(client.id, foreign.id, '/questionnaire'))).statusCode, who).toBe(404);
    }
    expect((await c.send('owner', 'POST', roundUrl(client.id, foreign.id, '/close'))).statusCode).toBe(404);
    expect(
      (await c.send('coordinator', 'PUT', roundUrl(client.id, foreign.id, '/response'), fullResponse('professional'))).statusCode,
    ).toBe(404);
    // The world's relative is a relative of another client: this client's rounds are not theirs to see.
    for (const url of reads()) expect((await c.get('relative', url)).statusCode, url).toBe(404);
    expect((await c.get('client', evaluationsUrl(client.id))).statusCode).toBe(404);
    expect(await databaseDigest(t.db, bookkeepingTables)).toEqual(before);
  });

  it('hides the rounds from a relative the client stops sharing evaluations with (404), yet keeps their own questionnaire', async () => {
    await c.shareEvaluations('owner', client.id, client.relative.id, false);
    for (const url of reads()) expect((await c.get('ownerRelative', url)).statusCode, url).toBe(404);
    await expectDirectingRefused('ownerRelative', 404);
    // They were asked how the group works for them; seeing everyone's results is the client's choice.
    for (const url of ownReads()) expect((await c.get('ownerRelative', url)).statusCode, url).toBe(200);
    expect((await c.get('ownerRelative', myEvaluationsUrl)).json<MyEvaluations>().open.map((open) => open.roundId)).toEqual([
      round.id,
    ]);
    await c.shareEvaluations('owner', client.id, client.relative.id, true);
    for (const url of [...reads(), ...ownReads()]) expect((await c.get('ownerRelative', url)).statusCode, url).toBe(200);
  });

  it('logs each read, and each refusal as access_refused, under evaluations with the round as the object', async () => {
    const before = await lastAuditSequence(t.db);
    await c.get('clinician', roundUrl(client.id, round.id));
    await c.get('foreign', roundUrl(client.id, round.id));
    await c.get('teamLead', roundUrl(client.id, round.id, '/questionnaire'));
    const rows = await auditRowsAfter(t.db, before);
    expect(
      rows.map((row) => [row.action, row.outcome, row.actor_account_id, row.data_category, row.client_id, row.object_id]),
    ).toEqual([
      ['read', 'success', w.clinician.account_id, 'evaluations', client.id, round.id],
      ['access_refused', 'refused', w.foreignCoordinator.account_id, 'evaluations', client.id, round.id],
      ['access_refused', 'refused', w.teamLead.account_id, 'evaluations', client.id, round.id],
    ]);
  });

  it('lets the coordinator close the round the client opened, in their own right', async () => {
    const closed = await c.send('coordinator', 'POST', roundUrl(client.id, round.id, '/close'));
    expect(closed.statusCode, closed.body).toBe(200);
    const summary = closed.json<RoundSummary>();
    expect(summary.open).toBe(false);
    expect(summary.closedAt).not.toBeNull();
    const stored = await t.db
      .selectFrom('evaluation_rounds')
      .select(['closed_by_account_id', 'opened_by_account_id'])
      .where('id', '=', round.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ closed_by_account_id: w.coordinator.account_id, opened_by_account_id: client.accountId });
    // Results are the group's: ready for the client and the members, not for the team outside it.
    for (const who of ['owner', 'coordinator', 'clinician', 'ownerRelative'])
      expect((await c.round(who, client.id, round.id)).resultsReady, who).toBe(true);
    for (const who of ['professional', 'teamLead'])
      expect((await c.round(who, client.id, round.id)).resultsReady, who).toBe(false);
  });
});
