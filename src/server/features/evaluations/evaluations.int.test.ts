import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreResponse } from '../../../domain/instruments.js';
import { regieInstrument } from '../../../domain/regie-evaluation.js';
import type { EvaluationList, MyEvaluations, Questionnaire } from '../../../shared/evaluations.js';
import { newId, nowIso } from '../../platform/ids/ids.js';
import { auditRowsAfter, lastAuditSequence } from '../../testing/audit.js';
import { createMeeting, createWorld, type World } from '../../testing/factories.js';
import { rowCounts } from '../../testing/row-counts.js';
import { problemOf } from '../../testing/signed-in.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import {
  dayFromToday,
  evaluationCalls,
  evaluationsUrl,
  fullResponse,
  invitationJobsOf,
  myEvaluationsUrl,
  respondentsOf,
  roundUrl,
  type EvaluationCalls,
} from './evaluations-testing.js';

// Opening a round (the method's rules: one at a time, from the start meeting's phase, a last day
// within two months, a meeting still to come), whom it asks and with what, answering it (once, while
// open, checked per item, nothing stored on a refusal), and how it closes.

const evaluationTables = [
  'evaluation_rounds',
  'evaluation_respondents',
  'evaluation_answers',
  'evaluation_scores',
  'jobs',
] as const;

describe('evaluation rounds', () => {
  let t: TestApp;
  let w: World;
  let c: EvaluationCalls;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db);
    c = await evaluationCalls(t, w);
  });

  afterAll(() => t.close());

  const counts = () => rowCounts(t.db, evaluationTables);

  describe('opening', () => {
    it('asks the client and every active member with an account, each on the instrument of their type, and mails all but the opener', async () => {
      const client = await c.newClient('opener');
      const before = await lastAuditSequence(t.db);
      const round = await c.open('coordinator', client.id, { closesOn: dayFromToday(10) });
      expect(round).toMatchObject({ closesOn: dayFromToday(10), closedAt: null, open: true, meeting: null, resultsReady: false });
      expect(round.openedBy).toBe(w.coordinator.name);
      expect(round.you).toEqual({ respondentType: 'professional', answered: false });
      const stored = await respondentsOf(t, round.id);
      const expected = [
        { account_id: client.accountId, member_id: null, name: client.name, respondent_type: 'client' },
        {
          account_id: client.relative.accountId,
          member_id: client.relativeMemberId,
          name: client.relative.name,
          respondent_type: 'relative',
        },
        {
          account_id: w.coordinator.account_id,
          member_id: client.coordinatorMemberId,
          name: w.coordinator.name,
          respondent_type: 'professional',
        },
        {
          account_id: w.clinician.account_id,
          member_id: client.clinicianMemberId,
          name: w.clinician.name,
          respondent_type: 'professional',
        },
      ];
      expect(
        stored.map(({ account_id, member_id, name, respondent_type }) => ({ account_id, member_id, name, respondent_type })),
      ).toEqual(expect.arrayContaining(expected));
      expect(stored).toHaveLength(4);
      for (const row of stored) {
        const own = regieInstrument(row.respondent_type as 'client', 'nl');
        expect([row.instrument_source, row.instrument_url, row.instrument_version]).toEqual(['regie', own.url, own.version]);
        expect([row.answered_at, row.show_when_alone, row.signed]).toEqual([null, null, null]);
      }
      // The opener is not mailed; the map-only member was not asked and is listed for the client and the coordinator.
      const opener = stored.find((row) => row.account_id === w.coordinator.account_id);
      expect(await invitationJobsOf(t, round.id)).toEqual(
        stored
          .filter((row) => row !== opener)
          .map((row) => row.id)
          .sort(),
      );
      const rows = await auditRowsAfter(t.db, before);
      expect(rows.map((row) => [row.action, row.actor_account_id, row.data_category, row.client_id, row.object_id])).toEqual([
        ['create', w.coordinator.account_id, 'evaluations', client.id, round.id],
      ]);
      const list = (await c.get('opener', evaluationsUrl(client.id))).json<EvaluationList>();
      expect(list.notAsked).toEqual([{ name: client.mapOnly.name }]);
    });

    it('asks a client without an account nothing, and asks a relative the client does not share the results with', async () => {
      const accountless = await c.newClient('accountless', { withAccount: false });
      const round = await c.open('coordinator', accountless.id);
      expect((await respondentsOf(t, round.id)).map((row) => row.respondent_type).sort()).toEqual([
        'professional',
        'professional',
        'relative',
      ]);

      const private_ = await c.newClient('private');
      await c.shareEvaluations('private', private_.id, private_.relative.id, false);
      const other = await c.open('private', private_.id);
      expect((await respondentsOf(t, other.id)).map((row) => row.account_id).sort()).toEqual(
        [private_.accountId, private_.relative.accountId, w.coordinator.account_id, w.clinician.account_id].sort(),
      );
      // The client opened it: the relative and the two professionals are mailed.
      expect(await invitationJobsOf(t, other.id)).toHaveLength(3);
    });

    it('asks the instrument the organisation loaded for a type, newest not retired first, and Regie’s own for the rest', async () => {
      const client = await c.newClient('loaded');
      const definition = {
        ...regieInstrument('relative', 'nl'),
        url: 'urn:test:r-met:relative',
        version: '2027',
        title: 'R-MET naasten',
      };
      const insert = async (version: string, loadedAt: string, retiredAt: string | null) => {
        const id = newId();
        await t.db
          .insertInto('instruments')
          .values({
            id,
            organisation_id: w.home.id,
            respondent_type: 'relative',
            url: definition.url,
            version,
            title: definition.title,
            definition: JSON.stringify({ ...definition, version }),
            loaded_at: loadedAt,
            loaded_by_account_id: w.admin.account_id,
            retired_at: retiredAt,
            retired_by_account_id: retiredAt === null ? null : w.admin.account_id,
          })
          .execute();
        return id;
      };
      const inForce = await insert('2027', '2026-01-01T00:00:00.000Z', null);
      await insert('2028', '2026-02-01T00:00:00.000Z', nowIso());
      // Another organisation's instrument is not this one's.
      await t.db
        .insertInto('instruments')
        .values({
          id: newId(),
          organisation_id: w.foreign.id,
          respondent_type: 'client',
          url: 'urn:test:other',
          version: '1',
          title: 'Anders',
          definition: JSON.stringify({ ...regieInstrument('client', 'nl'), url: 'urn:test:other', version: '1' }),
          loaded_at: nowIso(),
          loaded_by_account_id: w.foreignAdmin.account_id,
          retired_at: null,
          retired_by_account_id: null,
        })
        .execute();
      const round = await c.open('loaded', client.id);
      const stored = await respondentsOf(t, round.id);
      const relative = stored.find((row) => row.respondent_type === 'relative');
      expect([relative?.instrument_source, relative?.instrument_url, relative?.instrument_version]).toEqual([
        inForce,
        definition.url,
        '2027',
      ]);
      for (const row of stored.filter((other) => other.respondent_type !== 'relative'))
        expect(row.instrument_source).toBe('regie');
      const questionnaire = (
        await c.get('loadedRelative', roundUrl(client.id, round.id, '/questionnaire'))
      ).json<Questionnaire>();
      expect(questionnaire.instrument).toMatchObject({
        source: 'organisation',
        title: 'R-MET naasten',
        url: definition.url,
        version: '2027',
      });
      expect(questionnaire.alone).toBe(true);
      // The answer is checked and scored against the loaded definition.
      await c.answer('loadedRelative', client.id, round.id, 'relative');
      // Retired again, so that the rounds the other tests open ask Regie's own.
      await t.db.updateTable('instruments').set({ retired_at: nowIso() }).where('id', '=', inForce).execute();
    });

    it('refuses a second round while one is open (409 round_open), and opens one again once it is closed', async () => {
      const client = await c.newClient('twice');
      const first = await c.open('twice', client.id);
      const before = await counts();
      const refused = await c.send('coordinator', 'POST', evaluationsUrl(client.id), { closesOn: dayFromToday(5) });
      expect(refused.statusCode).toBe(409);
      expect(problemOf(refused).code).toBe('round_open');
      expect(await counts()).toEqual(before);
      expect((await c.send('twice', 'POST', roundUrl(client.id, first.id, '/close'))).statusCode).toBe(200);
      // A round whose last day has passed, never closed, does not stand in the way either.
      const second = await c.open('twice', client.id);
      await t.db
        .updateTable('evaluation_rounds')
        .set({ closes_on: dayFromToday(-1) })
        .where('id', '=', second.id)
        .execute();
      const list = (await c.get('twice', evaluationsUrl(client.id))).json<EvaluationList>();
      expect(list.rounds.map((round) => [round.id, round.open])).toEqual([
        [second.id, false],
        [first.id, false],
      ]);
      expect(list.abilities).toEqual({ open: true, close: false });
      expect(list.openBlocked).toBeNull();
      await c.open('twice', client.id);
    });

    it('refuses a round before the start meeting’s phase (409 phase)', async () => {
      const client = await c.newClient('early', { phase: 3 });
      const before = await counts();
      for (const who of ['early', 'coordinator']) {
        const refused = await c.send(who, 'POST', evaluationsUrl(client.id), { closesOn: dayFromToday(5) });
        expect(refused.statusCode, who).toBe(409);
        expect(problemOf(refused).code).toBe('phase');
      }
      expect(await counts()).toEqual(before);
      const list = (await c.get('early', evaluationsUrl(client.id))).json<EvaluationList>();
      expect(list).toMatchObject({ abilities: { open: false, close: false }, openBlocked: 'phase' });
      expect(list.defaultClosesOn).toBe(dayFromToday(14));
      expect(list.maxClosesOn).toBe(dayFromToday(60));
    });

    it('takes a last day from today up to 60 days ahead, and refuses any other with 422 at closesOn', async () => {
      const client = await c.newClient('days');
      const before = await counts();
      for (const closesOn of [dayFromToday(-1), dayFromToday(61), '2020-01-01']) {
        const refused = await c.send('days', 'POST', evaluationsUrl(client.id), { closesOn });
        expect(refused.statusCode, closesOn).toBe(422);
        expect(problemOf(refused).errors?.map((error) => error.field)).toEqual(['closesOn']);
      }
      expect((await c.send('days', 'POST', evaluationsUrl(client.id), { closesOn: '2026-02-30' })).statusCode).toBe(400);
      expect(await counts()).toEqual(before);
      const today = await c.open('days', client.id, { closesOn: dayFromToday(0) });
      expect(today.open).toBe(true);
      await c.send('days', 'POST', roundUrl(client.id, today.id, '/close'));
      expect((await c.open('days', client.id, { closesOn: dayFromToday(60) })).closesOn).toBe(dayFromToday(60));
    });

    it('links a planned meeting of the group still to come, and refuses any other meeting with 422 at meetingId', async () => {
      const client = await c.newClient('linked');
      const by = w.coordinator.account_id;
      const planned = await createMeeting(t.db, { groupId: client.groupId, createdByAccountId: by, daysFromToday: 20 });
      const past = await createMeeting(t.db, { groupId: client.groupId, createdByAccountId: by, daysFromToday: -3 });
      const cancelled = await createMeeting(t.db, { groupId: client.groupId, createdByAccountId: by, status: 'cancelled' });
      const before = await counts();
      for (const meetingId of [past.id, cancelled.id, w.clientGroup.nextMeeting.id, newId()]) {
        const refused = await c.send('linked', 'POST', evaluationsUrl(client.id), { closesOn: dayFromToday(10), meetingId });
        expect(refused.statusCode, meetingId).toBe(422);
        expect(problemOf(refused).errors?.map((error) => error.field)).toEqual(['meetingId']);
      }
      expect(await counts()).toEqual(before);
      const list = (await c.get('linked', evaluationsUrl(client.id))).json<EvaluationList>();
      expect(list.plannedMeetings).toEqual([{ id: planned.id, startsOn: planned.date, kind: 'follow_up' }]);
      const round = await c.open('linked', client.id, { closesOn: dayFromToday(10), meetingId: planned.id });
      expect(round.meeting).toEqual({ id: planned.id, startsOn: planned.date, kind: 'follow_up' });
      // Whoever does not see the client's meetings is not told of it.
      await t.db
        .insertInto('sharing_settings')
        .values({
          client_id: client.id,
          relative_id: client.relative.id,
          category: 'meetings',
          shared: 0,
          updated_at: nowIso(),
          updated_by_account_id: client.accountId ?? '',
        })
        .execute();
      expect((await c.round('linkedRelative', client.id, round.id)).meeting).toBeNull();
    });
  });

  describe('answering', () => {
    it('stores a response per item with its scale scores and the two choices; progress counts it, names only for client and coordinator', async () => {
      const client = await c.newClient('answers');
      const round = await c.open('answers', client.id);
      const before = await lastAuditSequence(t.db);
      const response = fullResponse('relative', { code: '5', remark: 'Goed gesprek', showWhenAlone: true, signed: true });
      response.answers['heard-2'] = { coding: { code: 'dont_know' } };
      const summary = await c.answer('answersRelative', client.id, round.id, 'relative', response);
      expect(summary.you).toEqual({ respondentType: 'relative', answered: true });
      expect(summary.progress.answered).toBe(1);
      expect(summary.progress.byType.relative).toEqual({ asked: 1, answered: 1 });
      expect(summary.respondents).toBeNull();
      expect(summary.open).toBe(true);
      const rows = await auditRowsAfter(t.db, before);
      expect(rows.map((row) => [row.action, row.actor_account_id, row.data_category, row.client_id, row.object_id])).toEqual([
        ['create', client.relative.accountId, 'evaluations', client.id, round.id],
      ]);
      const respondent = (await respondentsOf(t, round.id)).find((row) => row.respondent_type === 'relative');
      expect(respondent?.answered_at).not.toBeNull();
      expect([respondent?.show_when_alone, respondent?.signed]).toEqual([1, 1]);
      const answers = await t.db
        .selectFrom('evaluation_answers')
        .select(['link_id', 'value'])
        .where('respondent_id', '=', respondent?.id ?? '')
        .execute();
      expect(Object.fromEntries(answers.map((row) => [row.link_id, JSON.parse(row.value) as unknown]))).toEqual(response.answers);
      const scores = await t.db
        .selectFrom('evaluation_scores')
        .select(['scale_id', 'score', 'answered'])
        .where('respondent_id', '=', respondent?.id ?? '')
        .execute();
      // As the domain scores them ('don't know' counts as missing, not as a low score), one row per scale with a score.
      const expected = scoreResponse(regieInstrument('relative', 'nl'), response.answers).filter((scale) => scale.score !== null);
      expect(expected.length).toBeGreaterThanOrEqual(4);
      expect(scores.map((row) => [row.scale_id, row.score, row.answered]).sort()).toEqual(
        expected.map((scale) => [scale.id, scale.score, scale.answered]).sort(),
      );
      expect(scores.find((row) => row.scale_id === 'heard')?.answered).toBe(3);
      for (const who of ['answers', 'coordinator'])
        expect(
          (await c.round(who, client.id, round.id)).respondents?.find((row) => row.respondentType === 'relative')?.answered,
          who,
        ).toBe(true);
      for (const who of ['clinician', 'teamLead', 'answersRelative'])
        expect((await c.round(who, client.id, round.id)).respondents, who).toBeNull();
    });

    it('serves each respondent their own questionnaire, in their language', async () => {
      const client = await c.newClient('languages');
      const round = await c.open('languages', client.id);
      await t.db.updateTable('accounts').set({ locale: 'en' }).where('id', '=', client.relative.accountId).execute();
      const english = (await c.get('languagesRelative', roundUrl(client.id, round.id, '/questionnaire'))).json<Questionnaire>();
      const dutch = (await c.get('languages', roundUrl(client.id, round.id, '/questionnaire'))).json<Questionnaire>();
      const own = { en: regieInstrument('relative', 'en'), nl: regieInstrument('client', 'nl') };
      expect(english).toMatchObject({
        round: { id: round.id, closesOn: round.closesOn, open: true },
        client: { id: client.id, name: client.name },
        respondentType: 'relative',
        instrument: { source: 'regie', title: own.en.title, url: own.en.url, version: own.en.version },
        alone: true,
        answeredAt: null,
      });
      expect(english.instrument.item.map((item) => item.linkId)).toEqual(own.en.item.map((item) => item.linkId));
      expect(dutch).toMatchObject({ respondentType: 'client', instrument: { title: own.nl.title }, alone: true });
      const professional = (await c.get('clinician', roundUrl(client.id, round.id, '/questionnaire'))).json<Questionnaire>();
      expect(professional).toMatchObject({ respondentType: 'professional', alone: false });
    });

    it('refuses an answer that does not fit, with a field error per item (422), and stores nothing', async () => {
      const client = await c.newClient('wrong');
      const round = await c.open('wrong', client.id);
      const before = await counts();
      const response = fullResponse('client');
      response.answers['heard-1'] = { coding: { code: '9' } };
      response.answers['roles-1'] = { integer: 3 };
      response.answers['no-such-item'] = { boolean: true };
      const refused = await c.send('wrong', 'PUT', roundUrl(client.id, round.id, '/response'), response);
      expect(refused.statusCode, refused.body).toBe(422);
      const problem = problemOf(refused);
      expect(problem.code).toBe('answers_invalid');
      expect(problem.errors?.map((error) => [error.field, error.code])).toEqual([
        ['answers.heard-1', 'not_an_option'],
        ['answers.roles-1', 'wrong_type'],
        ['answers.no-such-item', 'unknown_item'],
      ]);
      expect(await counts()).toEqual(before);
      expect((await c.round('wrong', client.id, round.id)).you).toEqual({ respondentType: 'client', answered: false });
    });

    it('takes one response per respondent (409 already_answered), only while the round is open (409 round_closed)', async () => {
      const client = await c.newClient('once');
      const round = await c.open('once', client.id);
      await c.answer('once', client.id, round.id, 'client');
      let before = await counts();
      const twice = await c.send(
        'once',
        'PUT',
        roundUrl(client.id, round.id, '/response'),
        fullResponse('client', { code: '1' }),
      );
      expect(twice.statusCode).toBe(409);
      expect(problemOf(twice).code).toBe('already_answered');
      expect(await counts()).toEqual(before);

      await c.send('coordinator', 'POST', roundUrl(client.id, round.id, '/close'));
      const next = await c.open('once', client.id);
      before = await counts();
      const late = await c.send('onceRelative', 'PUT', roundUrl(client.id, round.id, '/response'), fullResponse('relative'));
      expect(late.statusCode).toBe(409);
      expect(problemOf(late).code).toBe('round_closed');
      // The questionnaire itself stays readable, marked closed.
      const questionnaire = (await c.get('onceRelative', roundUrl(client.id, round.id, '/questionnaire'))).json<Questionnaire>();
      expect(questionnaire.round.open).toBe(false);
      // A round past its last day is closed the same way.
      await t.db
        .updateTable('evaluation_rounds')
        .set({ closes_on: dayFromToday(-1) })
        .where('id', '=', next.id)
        .execute();
      const expired = await c.send('onceRelative', 'PUT', roundUrl(client.id, next.id, '/response'), fullResponse('relative'));
      expect(problemOf(expired).code).toBe('round_closed');
      expect(await counts()).toEqual(before);
      const closedAgain = await c.send('once', 'POST', roundUrl(client.id, next.id, '/close'));
      expect(closedAgain.statusCode).toBe(409);
      expect(problemOf(closedAgain).code).toBe('round_closed');
    });

    it('refuses a respondent who left the group since the round opened (403)', async () => {
      const client = await c.newClient('leaver');
      const round = await c.open('leaver', client.id);
      await t.db.updateTable('group_members').set({ status: 'left' }).where('id', '=', client.clinicianMemberId).execute();
      const before = await counts();
      expect((await c.get('clinician', roundUrl(client.id, round.id, '/questionnaire'))).statusCode).toBe(403);
      expect(
        (await c.send('clinician', 'PUT', roundUrl(client.id, round.id, '/response'), fullResponse('professional'))).statusCode,
      ).toBe(403);
      expect(await counts()).toEqual(before);
    });

    it('closes the round with the last answer, and then has the results ready for the group', async () => {
      const client = await c.newClient('last');
      const round = await c.open('last', client.id);
      await c.answer('last', client.id, round.id, 'client');
      await c.answer('lastRelative', client.id, round.id, 'relative');
      await c.answer('clinician', client.id, round.id, 'professional');
      const last = await c.answer('coordinator', client.id, round.id, 'professional');
      expect(last.open).toBe(false);
      expect(last.closedAt).not.toBeNull();
      expect(last.progress).toMatchObject({ asked: 4, answered: 4 });
      expect(last.resultsReady).toBe(true);
      const stored = await t.db
        .selectFrom('evaluation_rounds')
        .select(['closed_at', 'closed_by_account_id'])
        .where('id', '=', round.id)
        .executeTakeFirstOrThrow();
      expect(stored.closed_at).not.toBeNull();
      expect(stored.closed_by_account_id).toBeNull();
      expect((await c.round('teamLead', client.id, round.id)).resultsReady).toBe(false);
    });
  });

  describe('my evaluations', () => {
    it('lists every open round the caller was asked in and has not answered, across groups, soonest closing first', async () => {
      const later = await c.newClient('later');
      const sooner = await c.newClient('sooner');
      const done = await c.newClient('done');
      const laterRound = await c.open('later', later.id, { closesOn: dayFromToday(30) });
      const soonerRound = await c.open('sooner', sooner.id, { closesOn: dayFromToday(3) });
      const doneRound = await c.open('done', done.id, { closesOn: dayFromToday(1) });
      await c.answer('clinician', done.id, doneRound.id, 'professional');
      const mine = (await c.get('clinician', myEvaluationsUrl)).json<MyEvaluations>();
      const ours = mine.open.filter((open) => [laterRound.id, soonerRound.id, doneRound.id].includes(open.roundId));
      expect(ours).toEqual([
        {
          roundId: soonerRound.id,
          client: { id: sooner.id, name: sooner.name },
          groupName: sooner.groupName,
          closesOn: dayFromToday(3),
          respondentType: 'professional',
        },
        {
          roundId: laterRound.id,
          client: { id: later.id, name: later.name },
          groupName: later.groupName,
          closesOn: dayFromToday(30),
          respondentType: 'professional',
        },
      ]);
      const sorted = [...mine.open].sort((a, b) => a.closesOn.localeCompare(b.closesOn));
      expect(mine.open.map((open) => open.closesOn)).toEqual(sorted.map((open) => open.closesOn));
      expect((await c.get('later', myEvaluationsUrl)).json<MyEvaluations>().open.map((open) => open.roundId)).toEqual([
        laterRound.id,
      ]);
      expect((await c.get('soonerRelative', myEvaluationsUrl)).json<MyEvaluations>().open).toEqual([
        {
          roundId: soonerRound.id,
          client: { id: sooner.id, name: sooner.name },
          groupName: sooner.groupName,
          closesOn: dayFromToday(3),
          respondentType: 'relative',
        },
      ]);
      // The team not in the group was asked nothing.
      expect((await c.get('teamLead', myEvaluationsUrl)).json<MyEvaluations>().open).toEqual([]);
      // Closed, past its last day, or the group closed: no longer waiting.
      await c.send('later', 'POST', roundUrl(later.id, laterRound.id, '/close'));
      await t.db
        .updateTable('evaluation_rounds')
        .set({ closes_on: dayFromToday(-1) })
        .where('id', '=', soonerRound.id)
        .execute();
      const left = (await c.get('clinician', myEvaluationsUrl)).json<MyEvaluations>().open.map((open) => open.roundId);
      expect(left).not.toContain(laterRound.id);
      expect(left).not.toContain(soonerRound.id);
    });

    it('logs a read of each client it names', async () => {
      const client = await c.newClient('logged');
      await c.open('logged', client.id);
      const before = await lastAuditSequence(t.db);
      await c.get('loggedRelative', myEvaluationsUrl);
      const rows = await auditRowsAfter(t.db, before);
      expect(rows.map((row) => [row.action, row.data_category, row.client_id])).toEqual([['read', 'evaluations', client.id]]);
    });
  });

  it('answers a group that has no rounds with an empty list for the client and the team', async () => {
    const client = await c.newClient('empty');
    for (const who of ['empty', 'coordinator', 'teamLead']) {
      const list = (await c.get(who, evaluationsUrl(client.id))).json<EvaluationList>();
      expect(list.rounds, who).toEqual([]);
    }
  });
});
