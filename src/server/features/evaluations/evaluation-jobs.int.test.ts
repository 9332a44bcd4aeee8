import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../testing/factories.js';
import { startSmtpCatcher, type CaughtMail, type SmtpCatcher } from '../../testing/smtp-catcher.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { dayInWords } from './evaluation-mail.js';
import { dayFromToday, evaluationCalls, fullResponse, roundUrl, type EvaluationCalls } from './evaluations-testing.js';

// The invitations to a round, through the job queue to a real SMTP server: one per respondent but the
// opener, in their own language, with the link and the last day, and nothing that tells whose group
// it is or that it is about care; checked again when it is sent.

const from = 'Regie <noreply@regie.test>';
const linkOrigin = 'http://regie.test';

describe('evaluation invitations by mail', () => {
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

  const link = (clientId: string, roundId: string) => `${linkOrigin}/clienten/${clientId}/evaluatie/${roundId}/invullen`;
  const mailsAbout = (roundId: string) => catcher.mails.filter((mail) => mail.text.includes(`/evaluatie/${roundId}/invullen`));
  const recipients = (mails: readonly CaughtMail[]) => mails.flatMap((mail) => mail.recipients).sort();

  it('mails every respondent but the opener once, in their own language, with the link and no name or care in it', async () => {
    const client = await c.newClient('mailed');
    await t.db.updateTable('accounts').set({ locale: 'en' }).where('id', '=', client.relative.accountId).execute();
    const round = await c.open('coordinator', client.id, { closesOn: dayFromToday(9) });
    await t.runJobs();
    await t.runJobs();
    const mails = mailsAbout(round.id);
    const clientEmail = (
      await t.db
        .selectFrom('accounts')
        .select('email')
        .where('id', '=', client.accountId ?? '')
        .executeTakeFirstOrThrow()
    ).email;
    expect(recipients(mails)).toEqual(
      [clientEmail, client.relative.email, w.clinician.email].map((email) => email.toLowerCase()).sort(),
    );
    for (const mail of mails) {
      const english = mail.recipients.includes(client.relative.email.toLowerCase());
      expect(mail.subject).toBe(
        english ? 'A questionnaire is waiting for you in Regie' : 'Er staat een vragenlijst voor u klaar in Regie',
      );
      expect(mail.text).toContain(link(client.id, round.id));
      expect(mail.html).toContain(`href="${link(client.id, round.id)}"`);
      expect(mail.text).toContain(dayInWords(english ? 'en' : 'nl', dayFromToday(9)));
      for (const secret of [
        client.name,
        client.groupName,
        client.relative.name,
        w.coordinator.name,
        'R-MET',
        'zorg',
        'care',
        'ggz',
      ])
        for (const text of [mail.subject, mail.text, mail.html ?? ''])
          expect(text.toLowerCase(), secret).not.toContain(secret.toLowerCase());
    }
  });

  it('mails nobody whose mail would come too late: the round closed, they answered, or they left the group', async () => {
    const closed = await c.newClient('closedFirst');
    const closedRound = await c.open('closedFirst', closed.id);
    expect((await c.send('closedFirst', 'POST', roundUrl(closed.id, closedRound.id, '/close'))).statusCode).toBe(200);

    const changed = await c.newClient('changed');
    const changedRound = await c.open('changed', changed.id);
    await c.answer('changedRelative', changed.id, changedRound.id, 'relative', fullResponse('relative'));
    await t.db.updateTable('group_members').set({ status: 'left' }).where('id', '=', changed.clinicianMemberId).execute();

    await t.runJobs();
    expect(mailsAbout(closedRound.id)).toEqual([]);
    // Only the coordinator is still waiting, and still in the group.
    expect(recipients(mailsAbout(changedRound.id))).toEqual([w.coordinator.email.toLowerCase()]);
    const jobs = await t.db.selectFrom('jobs').select('status').where('kind', '=', 'evaluation.invitation').execute();
    expect(new Set(jobs.map((job) => job.status))).toEqual(new Set(['done']));
  });

  it('still mails a relative the client stopped sharing the results with: they are asked all the same', async () => {
    const client = await c.newClient('unshared');
    const round = await c.open('unshared', client.id);
    await c.shareEvaluations('unshared', client.id, client.relative.id, false);
    await t.runJobs();
    expect(recipients(mailsAbout(round.id))).toEqual(
      [w.coordinator.email, w.clinician.email, client.relative.email].map((email) => email.toLowerCase()).sort(),
    );
  });
});
