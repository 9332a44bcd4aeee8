import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roundReminderAt } from '../../../domain/evaluations.js';
import type { Questionnaire } from '../../../shared/evaluations.js';
import type { Problem } from '../../../shared/problem.js';
import { createWorld, type World } from '../../testing/factories.js';
import { bodyOf } from '../../testing/signed-in.js';
import { startSmtpCatcher, type CaughtMail, type SmtpCatcher } from '../../testing/smtp-catcher.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { dayInWords } from './evaluation-mail.js';
import {
  addLinkMember,
  dayFromToday,
  evaluationCalls,
  fullResponse,
  invitationJobsOf,
  linkJobsOf,
  linkQuestionnaireUrl,
  linkTokenIn,
  respondentsOf,
  roundUrl,
  type EvaluationCalls,
} from './evaluations-testing.js';

// The reminder two days before a round's last day, through the job queue to a real SMTP server: one
// job per respondent but the opener, due at 10:00 Amsterdam time; when it runs, a mail to whoever is
// still asked and has not answered, once. A map member gets a new link that replaces the first.

const from = 'Regie <noreply@regie.test>';
const linkOrigin = 'http://regie.test';

describe('evaluation reminders by mail', () => {
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

  const isReminder = (mail: CaughtMail) => mail.subject.startsWith('Herinnering') || mail.subject.startsWith('Reminder');
  const remindersAbout = (roundId: string) =>
    catcher.mails.filter((mail) => isReminder(mail) && mail.text.includes(`/evaluatie/${roundId}/invullen`));
  const mailsTo = (email: string) => catcher.mails.filter((mail) => mail.recipients.includes(email.toLowerCase()));
  const recipients = (mails: readonly CaughtMail[]) => mails.flatMap((mail) => mail.recipients).sort();
  const anonymous = (url: string, payload: object) => t.request({ method: 'POST', url, payload });

  async function reminderJobsOf(roundId: string) {
    const rows = await t.db
      .selectFrom('jobs')
      .select(['payload', 'run_at', 'status'])
      .where('kind', '=', 'evaluation.reminder')
      .execute();
    return rows
      .map((row) => ({
        ...(JSON.parse(row.payload) as { roundId: string; respondentId: string }),
        runAt: row.run_at,
        status: row.status,
      }))
      .filter((job) => job.roundId === roundId)
      .sort((a, b) => a.respondentId.localeCompare(b.respondentId));
  }

  async function emailOfAccount(accountId: string | null): Promise<string> {
    const row = await t.db
      .selectFrom('accounts')
      .select('email')
      .where('id', '=', accountId ?? '')
      .executeTakeFirstOrThrow();
    return row.email.toLowerCase();
  }

  it('queues one reminder per respondent but the opener, at 10:00 Amsterdam time two days before the last day', async () => {
    const client = await c.newClient('queued');
    await addLinkMember(t, client);
    const closesOn = dayFromToday(9);
    const round = await c.open('coordinator', client.id, { closesOn });
    const jobs = await reminderJobsOf(round.id);
    const expected = [...(await invitationJobsOf(t, round.id)), ...(await linkJobsOf(t, round.id))].sort();
    expect(jobs.map((job) => job.respondentId)).toEqual(expected);
    expect(jobs).toHaveLength(4);
    const opener = (await respondentsOf(t, round.id)).find((row) => row.member_id === client.coordinatorMemberId);
    expect(opener).toBeDefined();
    expect(jobs.map((job) => job.respondentId)).not.toContain(opener?.id);
    for (const job of jobs) {
      expect(job.status).toBe('pending');
      expect(Date.parse(job.runAt)).toBe(Date.parse(roundReminderAt(closesOn)));
    }
    // Not due before its time.
    await t.runJobs();
    expect(new Set((await reminderJobsOf(round.id)).map((job) => job.status))).toEqual(new Set(['pending']));
    expect(remindersAbout(round.id)).toEqual([]);
  });

  it('queues no reminder when its moment has passed already at opening', async () => {
    const client = await c.newClient('short');
    const round = await c.open('coordinator', client.id, { closesOn: dayFromToday(1) });
    expect(await invitationJobsOf(t, round.id)).not.toEqual([]);
    expect(await reminderJobsOf(round.id)).toEqual([]);
  });

  it('at its time reminds each who has not answered and is still asked, once; a map member with a new link', async () => {
    const client = await c.newClient('reminded');
    await t.db
      .updateTable('accounts')
      .set({ locale: 'en' })
      .where('id', '=', client.accountId ?? '')
      .execute();
    const linked = await addLinkMember(t, client);
    const closesOn = dayFromToday(9);
    const round = await c.open('coordinator', client.id, { closesOn });
    await t.runJobs();
    const firstToken = linkTokenIn(mailsTo(linked.email)[0]?.text);
    expect(firstToken).toHaveLength(43);
    await c.answer('remindedRelative', client.id, round.id, 'relative', fullResponse('relative'));
    await t.db.updateTable('group_members').set({ status: 'left' }).where('id', '=', client.clinicianMemberId).execute();

    const at = new Date(roundReminderAt(closesOn));
    await t.runJobs(at);
    await t.runJobs(at);

    const reminders = remindersAbout(round.id);
    expect(recipients(reminders)).toEqual([await emailOfAccount(client.accountId)]);
    const [reminder] = reminders;
    expect(reminder?.subject).toBe('Reminder: a questionnaire is still waiting for you in Regie');
    expect(reminder?.text).toContain(`${linkOrigin}/clienten/${client.id}/evaluatie/${round.id}/invullen`);
    expect(reminder?.text).toContain(dayInWords('en', closesOn));

    const linkMails = mailsTo(linked.email);
    expect(linkMails.map((mail) => mail.subject)).toEqual([
      'Er staat een vragenlijst voor u klaar',
      'Herinnering: er staat nog een vragenlijst voor u klaar',
    ]);
    const newToken = linkTokenIn(linkMails[1]?.text);
    expect(newToken).toHaveLength(43);
    expect(newToken).not.toBe(firstToken);
    expect(linkMails[1]?.text).toContain(dayInWords('nl', closesOn));

    for (const mail of [...reminders, ...linkMails.slice(1)])
      for (const secret of [client.name, client.groupName, client.relative.name, linked.name, w.coordinator.name, 'zorg', 'care'])
        for (const text of [mail.subject, mail.text, mail.html ?? ''])
          expect(text.toLowerCase(), secret).not.toContain(secret.toLowerCase());

    const old = await anonymous(linkQuestionnaireUrl, { token: firstToken });
    expect(old.statusCode).toBe(404);
    expect(old.json<Problem>().code).toBe('link_invalid');
    const opened = await bodyOf<Questionnaire>(anonymous(linkQuestionnaireUrl, { token: newToken }));
    expect(opened.round.open).toBe(true);

    expect(new Set((await reminderJobsOf(round.id)).map((job) => job.status))).toEqual(new Set(['done']));
  });

  it('reminds nobody of a round closed early: its jobs find it closed', async () => {
    const client = await c.newClient('closedEarly');
    const linked = await addLinkMember(t, client);
    const closesOn = dayFromToday(9);
    const round = await c.open('coordinator', client.id, { closesOn });
    await t.runJobs();
    expect((await c.send('coordinator', 'POST', roundUrl(client.id, round.id, '/close'))).statusCode).toBe(200);
    await t.runJobs(new Date(roundReminderAt(closesOn)));
    expect(remindersAbout(round.id)).toEqual([]);
    expect(mailsTo(linked.email).filter(isReminder)).toEqual([]);
    const jobs = await reminderJobsOf(round.id);
    expect(jobs).toHaveLength(4);
    expect(new Set(jobs.map((job) => job.status))).toEqual(new Set(['done']));
  });
});
