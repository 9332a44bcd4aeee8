import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amsterdamDay } from '../../domain/amsterdam-time.js';
import { evaluationThemes, respondentTypeOf, roundIsOpen, teamMinimumRespondents } from '../../domain/evaluations.js';
import { scoreResponse, validateAnswers, type AnswerValue } from '../../domain/instruments.js';
import { isMemberKind } from '../../domain/membership.js';
import { findRegieInstrument } from '../../domain/regie-evaluation.js';
import type { EvaluationList, EvaluationTrend, MyEvaluations, RoundResults } from '../../shared/evaluations.js';
import type { QualityActionList, TeamFigures } from '../../shared/team.js';
import type { Db } from '../platform/db/database.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { createTestDatabase } from '../testing/test-database.js';
import { demoPassword, loadDemoData } from './demo-data.js';

// The demo's evaluations (issue 7): Noor's and Daan's groups held rounds, all closed, each asking
// whom the rules ask and scored as answering would have; Daan's results show themes by respondent
// type over three rounds, his brother hidden the first time and shown after; FACT Noord's figures
// count four rounds and leave one out; the team has one improvement action planned and one decided.
// Noor's group is the one the end-to-end journey opens a round for: nothing is open there.

const noor = 'client5@demo.regie.test';
const daan = 'client6@demo.regie.test';
/** The group the end-to-end journey uses (e2e/coordinator-runs-evaluation.spec.ts). */
const journeyGroup = noor;
const groupEmails = [1, 2, 3, 4, 5, 6].map((n) => `client${n}@demo.regie.test`);

/** Every round with who was asked then, as the rules decide it from the group's members and their history. */
async function roundsWithRespondents(db: Db) {
  const rounds = await db
    .selectFrom('evaluation_rounds')
    .innerJoin('groups', 'groups.id', 'evaluation_rounds.group_id')
    .innerJoin('clients', 'clients.id', 'groups.client_id')
    .innerJoin('accounts', 'accounts.id', 'clients.account_id')
    .selectAll('evaluation_rounds')
    .select(['accounts.email as client', 'accounts.id as clientAccount'])
    .orderBy('evaluation_rounds.opened_at')
    .execute();
  const result = [];
  for (const round of rounds) {
    const respondents = await db.selectFrom('evaluation_respondents').selectAll().where('round_id', '=', round.id).execute();
    const members = await db
      .selectFrom('group_members')
      .leftJoin('relatives', 'relatives.id', 'group_members.relative_id')
      .leftJoin('professionals', 'professionals.id', 'group_members.professional_id')
      .select([
        'group_members.id',
        'group_members.kind',
        'relatives.account_id as relative',
        'professionals.account_id as professional',
      ])
      .where('group_members.group_id', '=', round.group_id)
      .execute();
    const expected = [{ memberId: null as string | null, accountId: round.clientAccount, type: 'client' }];
    for (const member of members) {
      const last = await db
        .selectFrom('member_events')
        .select('to_status')
        .where('member_id', '=', member.id)
        .where('occurred_at', '<=', round.opened_at)
        .orderBy('occurred_at', 'desc')
        .executeTakeFirst();
      const accountId = member.relative ?? member.professional;
      if (last?.to_status === 'active' && accountId && isMemberKind(member.kind))
        expected.push({ memberId: member.id, accountId, type: respondentTypeOf(member.kind) });
    }
    result.push({ round, respondents, expected });
  }
  return result;
}

describe('demo evaluations', () => {
  let t: TestApp;
  const today = new Date();
  const cookies = new Map<string, string>();
  const clientIds = new Map<string, string>();
  const as = async (email: string) => {
    const known = cookies.get(email);
    if (known) return known;
    const cookie = await t.signIn(email, demoPassword);
    cookies.set(email, cookie);
    return cookie;
  };
  const get = async <T>(email: string, url: string): Promise<T> => {
    const response = await t.request({ method: 'GET', url, cookie: await as(email) });
    expect(response.statusCode, `${email} GET ${url}: ${response.body}`).toBe(200);
    return response.json<T>();
  };
  const clientId = (email: string) => clientIds.get(email) ?? '';

  beforeAll(async () => {
    t = await createTestApp();
    await loadDemoData(t.db, today);
    for (const email of groupEmails) {
      const row = await t.db
        .selectFrom('clients')
        .innerJoin('accounts', 'accounts.id', 'clients.account_id')
        .select('clients.id')
        .where('accounts.email', '=', email)
        .executeTakeFirstOrThrow();
      clientIds.set(email, row.id);
    }
  });
  afterAll(() => t.close());

  it('gives rounds to the groups in phases 5 and 6 only, all closed, each asking whom the rules ask', async () => {
    const all = await roundsWithRespondents(t.db);
    const perGroup: Record<string, number> = {};
    for (const { round } of all) perGroup[round.client] = (perGroup[round.client] ?? 0) + 1;
    expect(perGroup).toEqual({ [noor]: 2, [daan]: 3 });

    const day = amsterdamDay(today);
    for (const { round, respondents, expected } of all) {
      const where = `${round.client} ${round.opened_at}`;
      expect(roundIsOpen({ closedAt: round.closed_at, closesOn: round.closes_on }, day), where).toBe(false);
      expect(round.opened_at < today.toISOString(), where).toBe(true);
      expect(round.meeting_id, where).not.toBeNull();
      const meeting = await t.db
        .selectFrom('meetings')
        .select(['starts_at', 'created_at'])
        .where('id', '=', round.meeting_id ?? '')
        .executeTakeFirstOrThrow();
      expect(meeting.created_at < round.opened_at && meeting.starts_at > round.opened_at, where).toBe(true);
      expect(respondents.map((r) => `${r.account_id}:${r.member_id}:${r.respondent_type}`).sort(), where).toEqual(
        expected.map((e) => `${e.accountId}:${e.memberId}:${e.type}`).sort(),
      );
      // Closed by the last answer exactly when everyone answered; otherwise its last day passed.
      const answered = respondents.filter((r) => r.answered_at !== null);
      expect(round.closed_at !== null, where).toBe(answered.length === respondents.length);
      if (round.closed_at !== null)
        expect(round.closed_at).toBe(
          answered
            .map((r) => r.answered_at)
            .sort()
            .at(-1),
        );
      for (const respondent of respondents) {
        expect(respondent.invited_at).toBe(round.opened_at);
        if (respondent.answered_at === null) {
          expect([respondent.show_when_alone, respondent.signed]).toEqual([null, null]);
          continue;
        }
        expect(respondent.answered_at > round.opened_at, where).toBe(true);
        expect(amsterdamDay(new Date(respondent.answered_at)) <= round.closes_on, where).toBe(true);
        expect([0, 1], where).toContain(respondent.show_when_alone);
        expect([0, 1], where).toContain(respondent.signed);
      }
    }
  });

  it('stores answers per item that the instrument accepts, and the scores they give', async () => {
    const respondents = await t.db.selectFrom('evaluation_respondents').selectAll().execute();
    let scored = 0;
    for (const respondent of respondents) {
      const definition = findRegieInstrument(respondent.instrument_url, respondent.instrument_version, 'nl');
      expect(definition, respondent.instrument_url).not.toBeNull();
      if (!definition) continue;
      expect(respondent.instrument_source).toBe('regie');
      const rows = await t.db.selectFrom('evaluation_answers').selectAll().where('respondent_id', '=', respondent.id).execute();
      const scores = await t.db.selectFrom('evaluation_scores').selectAll().where('respondent_id', '=', respondent.id).execute();
      if (respondent.answered_at === null) {
        expect([rows, scores]).toEqual([[], []]);
        continue;
      }
      const answers = Object.fromEntries(rows.map((row) => [row.link_id, JSON.parse(row.value) as AnswerValue]));
      expect(validateAnswers(definition, answers), respondent.name).toEqual([]);
      const expected = scoreResponse(definition, answers)
        .filter((scale) => scale.score !== null)
        .map((scale) => ({ scale_id: scale.id, score: scale.score, answered: scale.answered }));
      expect(
        scores
          .map(({ scale_id, score, answered }) => ({ scale_id, score, answered }))
          .sort((a, b) => a.scale_id.localeCompare(b.scale_id)),
      ).toEqual(expected.sort((a, b) => a.scale_id.localeCompare(b.scale_id)));
      expect(scores.map((score) => score.scale_id).sort()).toEqual([...evaluationThemes].sort());
      scored += 1;
    }
    expect(scored).toBe(18);
    // Mailing is for rounds that wait for answers: none does.
    expect(await t.db.selectFrom('jobs').select('kind').where('kind', 'like', 'evaluation%').execute()).toEqual([]);
  });

  it('shows Daan’s group the themes by respondent type over three rounds: Lars hidden the first time, shown after', async () => {
    const base = `/api/clients/${clientId(daan)}/evaluations`;
    const trend = await get<EvaluationTrend>(daan, `${base}/trend`);
    expect(trend.scales.map((scale) => scale.id)).toEqual([...evaluationThemes]);
    expect(trend.rounds).toHaveLength(3);
    const relativeShown = trend.rounds.map((round) => round.byType.find((type) => type.respondentType === 'relative')?.shown);
    expect(relativeShown).toEqual([false, true, true]);
    for (const round of trend.rounds) {
      for (const type of round.byType.filter((candidate) => candidate.respondentType !== 'relative'))
        expect(type.shown, `${round.closedOn} ${type.respondentType}`).toBe(true);
      expect(round.overall.every((scale) => scale.mean !== null)).toBe(true);
    }
    // The trend rises: the last round's overall mean is above the first's on every theme.
    const first = trend.rounds[0]?.overall ?? [];
    const last = trend.rounds[2]?.overall ?? [];
    for (const theme of evaluationThemes)
      expect(last.find((s) => s.scaleId === theme)?.mean ?? 0).toBeGreaterThan(first.find((s) => s.scaleId === theme)?.mean ?? 9);

    const list = await get<EvaluationList>(daan, base);
    const rounds = [...list.rounds].sort((a, b) => a.openedAt.localeCompare(b.openedAt));
    expect(rounds.map((round) => [round.open, round.resultsReady])).toEqual([
      [false, true],
      [false, true],
      [false, true],
    ]);
    const results = await Promise.all(rounds.map((round) => get<RoundResults>(daan, `${base}/${round.id}/results`)));
    const hidden = results[0]?.byType.find((type) => type.respondentType === 'relative');
    expect(hidden).toMatchObject({ asked: 1, answered: 1, shown: false, hiddenReason: 'alone_without_consent', scores: [] });
    // What Lars wrote the first time is hidden with his scores.
    expect(results[0]?.remarks.map((remark) => remark.text).join(' ')).not.toContain('nieuw in de groep');
    expect(results[1]?.remarks.map((remark) => remark.text)).toContain('Samen klussen in het huis werkt goed voor ons allebei.');
    expect(results[1]?.byType.find((type) => type.respondentType === 'relative')).toMatchObject({
      shown: true,
      hiddenReason: null,
    });
    // Remarks are nameless unless signed: Daan signed his in the last round.
    const signed = results.flatMap((result) => result.remarks.filter((remark) => remark.by !== null));
    expect(signed).toEqual([{ text: 'Ik wil de groep houden, maar minder vaak.', by: 'Daan Smit' }]);
    expect(results.flatMap((result) => result.remarks).length).toBeGreaterThan(3);

    // His brother reads the same results (shared by default), never more.
    const lars = await get<RoundResults>('relative6@demo.regie.test', `${base}/${rounds[0]?.id ?? ''}/results`);
    expect(lars.byType).toEqual(results[0]?.byType);
  });

  it('leaves the group of the end-to-end journey without an open round, so that its coordinator can open one', async () => {
    const list = await get<EvaluationList>('coordinator@demo.regie.test', `/api/clients/${clientId(journeyGroup)}/evaluations`);
    expect(list.rounds.length).toBeGreaterThan(0);
    expect(list.rounds.every((round) => !round.open)).toBe(true);
    expect(list.abilities.open).toBe(true);
    expect(list.openBlocked).toBeNull();
    // One relative with an account, the clinician and the coordinator are reached in Regie, Ahmed by a
    // link to his address on Noor's map; the two with neither are listed.
    expect(list.notAsked.map((person) => person.name).sort()).toEqual(['Hanneke Visser', 'Roos van der Linden'].sort());
    // Noor's second round had too few answers: her relative did not answer, so nothing of that type shows.
    const last = [...list.rounds].sort((a, b) => a.openedAt.localeCompare(b.openedAt)).at(-1);
    expect(last?.progress).toMatchObject({ asked: 4, answered: 2 });
    const results = await get<RoundResults>(noor, `/api/clients/${clientId(noor)}/evaluations/${last?.id ?? ''}/results`);
    expect(results.byType.find((type) => type.respondentType === 'relative')).toMatchObject({
      shown: false,
      hiddenReason: 'no_answers',
    });

    // Nobody has a questionnaire waiting, here or anywhere in the demo.
    for (const email of [
      noor,
      daan,
      'relative5@demo.regie.test',
      'relative6@demo.regie.test',
      'clinician@demo.regie.test',
      'coordinator@demo.regie.test',
    ])
      expect((await get<MyEvaluations>(email, '/api/my-evaluations')).open, email).toEqual([]);
  });

  it('gives the team lead figures over four rounds with three or more answers, leaving one out, and two improvement actions', async () => {
    const team = await t.db.selectFrom('teams').select('id').where('name', '=', 'FACT Noord').executeTakeFirstOrThrow();
    const figures = await get<TeamFigures>('teamlead@demo.regie.test', `/api/teams/${team.id}/figures`);
    expect(figures.evaluation.rounds).toBe(4);
    expect(figures.evaluation.roundsLeftOut).toBe(1);
    expect(figures.evaluation.rounds).toBeGreaterThanOrEqual(2);
    for (const theme of evaluationThemes) {
      const average = figures.evaluation.averages.find((a) => a.scaleId === theme);
      expect(average?.overall.mean, theme).not.toBeNull();
      expect(average?.overall.n ?? 0, theme).toBeGreaterThanOrEqual(teamMinimumRespondents);
    }
    // The response rate is over every closed round: 20 asked, 18 answered.
    expect(figures.evaluation.responseRate).toMatchObject({ asked: 20, answered: 18 });
    expect(figures.evaluation.overTime.length).toBeGreaterThanOrEqual(2);

    const actions = await get<QualityActionList>('teamlead@demo.regie.test', `/api/teams/${team.id}/quality-actions`);
    expect(actions.actions.map((action) => action.stage).sort()).toEqual(['act', 'plan']);
    const decided = actions.actions.find((action) => action.stage === 'act');
    expect(decided).toMatchObject({ theme: 'roles', decision: 'keep', owner: { name: 'Esmee van Dijk' } });
    expect(decided?.checkResult).toBeTruthy();
  });

  it('loads on any day of the year: across both clock changes, and late in the evening when Amsterdam is a day ahead', async () => {
    const days = ['2027-03-28T09:00:00Z', '2027-07-15T21:30:00Z', '2027-10-31T01:30:00Z', '2028-01-10T23:30:00Z'];
    for (const day of days) {
      const loadedOn = new Date(day);
      const database = await createTestDatabase();
      try {
        await loadDemoData(database.db, loadedOn);
        const all = await roundsWithRespondents(database.db);
        expect(all, day).toHaveLength(5);
        for (const { round, respondents } of all) {
          expect(roundIsOpen({ closedAt: round.closed_at, closesOn: round.closes_on }, amsterdamDay(loadedOn)), day).toBe(false);
          for (const respondent of respondents)
            if (respondent.answered_at !== null) expect(respondent.answered_at < day, day).toBe(true);
        }
        const actions = await database.db.selectFrom('quality_actions').select(['created_at', 'updated_at']).execute();
        for (const action of actions) expect(action.updated_at < day && action.created_at <= action.updated_at, day).toBe(true);
      } finally {
        await database.drop();
      }
    }
  });
});
