import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluationList, Questionnaire } from '../../../shared/evaluations.js';
import type { Problem } from '../../../shared/problem.js';
import { hashToken } from '../../platform/auth/session-token.js';
import { auditRowsAfter, lastAuditSequence } from '../../testing/audit.js';
import { bookkeepingTables, databaseDigest } from '../../testing/database-digest.js';
import { createWorld, type World } from '../../testing/factories.js';
import { startSmtpCatcher, type SmtpCatcher } from '../../testing/smtp-catcher.js';
import { bodyOf } from '../../testing/signed-in.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import {
  addLinkMember,
  dayFromToday,
  evaluationCalls,
  evaluationsUrl,
  fullResponse,
  invitationJobsOf,
  linkJobsOf,
  linkQuestionnaireUrl,
  linkResponseUrl,
  linkTokenIn,
  respondentsOf,
  roundUrl,
  type EvaluationCalls,
  type EvaluationsClient,
} from './evaluations-testing.js';

// A member Regie knows only from the client's network map, with an address there, is asked too:
// opening a round queues a mail whose link (made when it is sent, only its hash kept) opens that
// one questionnaire, once, while the round is open and the member is still in the group. Every link
// that does not work meets the same answer, and changes nothing.

const from = 'Regie <noreply@regie.test>';
const linkOrigin = 'http://regie.test';

describe('evaluation links for members without an account', () => {
  let t: TestApp;
  let w: World;
  let c: EvaluationCalls;
  let catcher: SmtpCatcher;

  beforeAll(async () => {
    catcher = await startSmtpCatcher();
    t = await createTestApp({ linkOrigin, mail: { transport: 'smtp', url: catcher.url, from } });
    w = await createWorld(t.db);
    c = await evaluationCalls(t, w);
  });

  afterAll(async () => {
    await t.close();
    await catcher.close();
  });

  const anonymous = (url: string, payload: unknown) => t.request({ method: 'POST', url, payload: payload as object });
  const mailsTo = (email: string) => catcher.mails.filter((mail) => mail.recipients.includes(email.toLowerCase()));
  /** A client, a map member with an address in their group, an open round, and the link mailed. */
  async function roundWithLink(as: string) {
    const client = await c.newClient(as);
    const linked = await addLinkMember(t, client);
    const round = await c.open('coordinator', client.id, { closesOn: dayFromToday(9) });
    await t.runJobs();
    const [mail] = mailsTo(linked.email);
    const token = linkTokenIn(mail?.text);
    const respondent = (await respondentsOf(t, round.id)).find((row) => row.member_id === linked.memberId);
    if (!respondent) throw new Error('the map member was not asked');
    return { client, linked, round, token, respondent };
  }
  const unchanged = () => databaseDigest(t.db, bookkeepingTables);

  it('asks a map member with an address (not one without), queues their link mail, and lists only the other as not asked', async () => {
    const client = await c.newClient('asks');
    const linked = await addLinkMember(t, client, { kind: 'formal' });
    const round = await c.open('coordinator', client.id);
    const respondents = await respondentsOf(t, round.id);
    const row = respondents.find((respondent) => respondent.member_id === linked.memberId);
    expect(row).toMatchObject({
      account_id: null,
      name: linked.name,
      respondent_type: 'professional',
      instrument_source: 'regie',
      link_token_hash: null,
      link_sent_at: null,
    });
    expect(respondents.some((respondent) => respondent.member_id === client.mapOnly.memberId)).toBe(false);
    expect(round.progress.asked).toBe(5);
    expect(await linkJobsOf(t, round.id)).toEqual([row?.id]);
    expect(await invitationJobsOf(t, round.id)).not.toContain(row?.id);
    // No secret waits in the queue: the job names the row, the handler makes the link.
    const payloads = await t.db.selectFrom('jobs').select('payload').where('kind', '=', 'evaluation.link').execute();
    for (const { payload } of payloads)
      expect(Object.keys(JSON.parse(payload) as object).sort()).toEqual(['respondentId', 'roundId']);
    const list = await bodyOf<EvaluationList>(c.get('coordinator', evaluationsUrl(client.id)));
    expect(list.notAsked).toEqual([{ name: client.mapOnly.name }]);
  });

  it('mails the map address once, in Dutch, with a 43-character token in the fragment and no name in it', async () => {
    const { client, linked, round, token, respondent } = await roundWithLink('mailed');
    const mails = mailsTo(linked.email);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail?.subject).toBe('Er staat een vragenlijst voor u klaar');
    expect(token).toHaveLength(43);
    expect(mail?.text).toContain(`${linkOrigin}/vragenlijst#${token}`);
    for (const secret of [client.name, client.groupName, linked.name, w.coordinator.name, 'zorg', 'R-MET'])
      for (const text of [mail?.subject ?? '', mail?.text ?? '', mail?.html ?? ''])
        expect(text.toLowerCase(), secret).not.toContain(secret.toLowerCase());
    const stored = await t.db
      .selectFrom('evaluation_respondents')
      .select(['link_token_hash', 'link_sent_at'])
      .where('id', '=', respondent.id)
      .executeTakeFirstOrThrow();
    expect(stored.link_token_hash).toBe(hashToken(token));
    expect(stored.link_sent_at).not.toBeNull();
    const jobs = await t.db.selectFrom('jobs').select(['payload', 'status']).where('kind', '=', 'evaluation.link').execute();
    expect(JSON.stringify(jobs)).not.toContain(token);
    const before = catcher.mails.length;
    await t.runJobs();
    expect(catcher.mails.length).toBe(before);
    expect(round.id).toBeTruthy();
  });

  it('opens the questionnaire with the token, in Dutch or English, and logs the read with no user', async () => {
    const { client, token, respondent } = await roundWithLink('opens');
    const since = await lastAuditSequence(t.db);
    const dutch = await bodyOf<Questionnaire>(anonymous(linkQuestionnaireUrl, { token }));
    expect(dutch).toMatchObject({ client: { id: client.id, name: client.name }, respondentType: 'relative', answeredAt: null });
    expect(dutch.round.open).toBe(true);
    const english = await bodyOf<Questionnaire>(anonymous(linkQuestionnaireUrl, { token, locale: 'en' }));
    expect(english.instrument.item.map((item) => item.linkId)).toEqual(dutch.instrument.item.map((item) => item.linkId));
    expect(english.instrument.title).not.toBe(dutch.instrument.title);
    expect(await auditRowsAfter(t.db, since)).toMatchObject([
      { action: 'read', actor_account_id: null, client_id: client.id, data_category: 'evaluations', object_id: respondent.id },
      { action: 'read', actor_account_id: null, client_id: client.id, data_category: 'evaluations', object_id: respondent.id },
    ]);
  });

  it('stores the response with its scores, counts it in progress, logs it, and then refuses the link', async () => {
    const { client, token, round, respondent } = await roundWithLink('answers');
    const since = await lastAuditSequence(t.db);
    const answered = await anonymous(linkResponseUrl, { token, ...fullResponse('relative') });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(Object.keys(answered.json<object>())).toEqual(['answeredAt']);
    const scores = await t.db.selectFrom('evaluation_scores').selectAll().where('respondent_id', '=', respondent.id).execute();
    expect(scores.length).toBeGreaterThan(0);
    const stored = await t.db
      .selectFrom('evaluation_respondents')
      .select(['answered_at', 'link_token_hash'])
      .where('id', '=', respondent.id)
      .executeTakeFirstOrThrow();
    expect(stored.answered_at).not.toBeNull();
    expect(stored.link_token_hash).toBeNull();
    const seen = await c.round('coordinator', client.id, round.id);
    expect(seen.progress.answered).toBe(1);
    expect(seen.progress.byType.relative).toEqual({ asked: 2, answered: 1 });
    expect(seen.respondents?.find((r) => r.name === respondent.name)?.answered).toBe(true);
    expect((await auditRowsAfter(t.db, since)).filter((row) => row.actor_account_id === null)).toMatchObject([
      { action: 'create', actor_account_id: null, client_id: client.id, data_category: 'evaluations', object_id: respondent.id },
    ]);
    // Used: refused like any link that does not work, and nothing changes.
    const before = await unchanged();
    for (const request of [
      anonymous(linkResponseUrl, { token, ...fullResponse('relative') }),
      anonymous(linkQuestionnaireUrl, { token }),
    ]) {
      const response = await request;
      expect(response.statusCode).toBe(404);
      expect(response.json<Problem>().code).toBe('link_invalid');
    }
    expect(await unchanged()).toEqual(before);
  });

  it('refuses answers that do not fit the instrument per item, storing nothing', async () => {
    const { token } = await roundWithLink('misfit');
    const before = await unchanged();
    const response = await anonymous(linkResponseUrl, {
      token,
      answers: { 'no-such-item': { string: 'x' } },
      showWhenAlone: false,
      signed: false,
    });
    expect(response.statusCode).toBe(422);
    expect(response.json<Problem>().errors?.map((error) => error.field)).toContain('answers.no-such-item');
    expect(await unchanged()).toEqual(before);
  });

  it('closes the round with the last answer', async () => {
    const { client, token, round } = await roundWithLink('last');
    await c.answer('last', client.id, round.id, 'client');
    await c.answer('lastRelative', client.id, round.id, 'relative');
    await c.answer('coordinator', client.id, round.id, 'professional');
    await c.answer('clinician', client.id, round.id, 'professional');
    expect((await c.round('coordinator', client.id, round.id)).open).toBe(true);
    const response = await anonymous(linkResponseUrl, { token, ...fullResponse('relative') });
    expect(response.statusCode, response.body).toBe(200);
    const closed = await c.round('coordinator', client.id, round.id);
    expect(closed.open).toBe(false);
    expect(closed.progress).toMatchObject({ asked: 5, answered: 5 });
  });

  describe('refuses, with one answer for all and changing nothing', () => {
    const expectRefused = async (token: string) => {
      const before = await unchanged();
      const answers: Problem[] = [];
      for (const [url, payload] of [
        [linkQuestionnaireUrl, { token }],
        [linkResponseUrl, { token, ...fullResponse('relative') }],
      ] as const) {
        const response = await anonymous(url, payload);
        expect(response.statusCode, response.body).toBe(404);
        answers.push(response.json<Problem>());
      }
      expect(await unchanged()).toEqual(before);
      return answers.map(({ code, title, detail }) => ({ code, title, detail }));
    };
    let expected: { code: string; title: string; detail: string | undefined }[];

    beforeAll(async () => {
      await t.db.updateTable('sign_in_throttle').set({ failures: 0, locked_until: null }).execute();
      expected = await expectRefused(randomBytes(32).toString('base64url'));
    });

    it('a wrong token', () => {
      expect(expected[0]?.code).toBe('link_invalid');
      expect(`${expected[0]?.title ?? ''} ${expected[0]?.detail ?? ''}`).toMatch(/not valid/);
    });

    it('a link replaced by a newer one', async () => {
      const { token, respondent } = await roundWithLink('replaced');
      await t.db
        .updateTable('evaluation_respondents')
        .set({ link_token_hash: hashToken(randomBytes(32).toString('base64url')) })
        .where('id', '=', respondent.id)
        .execute();
      expect(await expectRefused(token)).toEqual(expected);
    });

    it('a round that was closed', async () => {
      const { client, token, round } = await roundWithLink('closedRound');
      expect((await c.send('coordinator', 'POST', roundUrl(client.id, round.id, '/close'))).statusCode).toBe(200);
      expect(await expectRefused(token)).toEqual(expected);
    });

    it('a round whose last day passed', async () => {
      const { token, round } = await roundWithLink('passed');
      await t.db
        .updateTable('evaluation_rounds')
        .set({ closes_on: dayFromToday(-1) })
        .where('id', '=', round.id)
        .execute();
      expect(await expectRefused(token)).toEqual(expected);
    });

    it('a member who left the group', async () => {
      const { token, linked } = await roundWithLink('left');
      await t.db.updateTable('group_members').set({ status: 'left' }).where('id', '=', linked.memberId).execute();
      expect(await expectRefused(token)).toEqual(expected);
    });

    it('a person taken off the network map', async () => {
      const { token, linked } = await roundWithLink('removed');
      await t.db
        .updateTable('network_people')
        .set({ removed_at: new Date().toISOString() })
        .where('id', '=', linked.personId)
        .execute();
      expect(await expectRefused(token)).toEqual(expected);
    });
  });

  it('sends no link when, by sending time, the round closed or the member left or lost their address', async () => {
    const made = async (
      as: string,
    ): Promise<{ client: EvaluationsClient; linked: Awaited<ReturnType<typeof addLinkMember>>; roundId: string }> => {
      const client = await c.newClient(as);
      const linked = await addLinkMember(t, client);
      const round = await c.open('coordinator', client.id);
      return { client, linked, roundId: round.id };
    };
    const closed = await made('lateClosed');
    const left = await made('lateLeft');
    const noAddress = await made('lateNoAddress');
    expect((await c.send('coordinator', 'POST', roundUrl(closed.client.id, closed.roundId, '/close'))).statusCode).toBe(200);
    await t.db.updateTable('group_members').set({ status: 'left' }).where('id', '=', left.linked.memberId).execute();
    await t.db.updateTable('network_people').set({ email: ' ' }).where('id', '=', noAddress.linked.personId).execute();
    await t.runJobs();
    for (const { linked } of [closed, left, noAddress]) expect(mailsTo(linked.email)).toEqual([]);
    const hashes = await t.db
      .selectFrom('evaluation_respondents')
      .select('link_token_hash')
      .where(
        'member_id',
        'in',
        [closed, left, noAddress].map(({ linked }) => linked.memberId),
      )
      .execute();
    expect(hashes.map((row) => row.link_token_hash)).toEqual([null, null, null]);
  });
});
