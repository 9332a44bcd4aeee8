import { simpleParser } from 'mailparser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, amsterdamDay, amsterdamToUtc, utcToAmsterdam } from '../src/domain/amsterdam-time.js';
import { startSmtpCatcher, type CaughtMail, type SmtpCatcher } from '../src/server/testing/smtp-catcher.js';
import {
  expectNoAxeViolations,
  launchBrowser,
  newPage,
  signIn,
  watchPageProblems,
  type PageProblems,
} from './support/browser.js';
import { demoPassword } from './support/demo.js';
import { startRegie, type RunningRegie } from './support/server.js';

// The journey of issue 6: a client plans a meeting of his group, and the group meets. Kees (the demo
// client in phase 4, whose start meeting was held and whose first follow-up is not yet planned)
// plans a follow-up at his home, builds the agenda from the template and asks his brother Bram to
// take the minutes. The invitation reaches Bram through a real SMTP server with a calendar file
// whose start is right in Amsterdam time on a day across a daylight-saving change; Bram answers yes
// on his phone. Kees then finishes the minutes of his start meeting with a score for a goal and
// approves them: Bram could not read the draft, and reads them now; the score is in the plan's
// trend. Axe runs on every page and state.
describe('a client plans a meeting, his group is invited, and the minutes reach the plan', () => {
  let regie: RunningRegie;
  let smtp: SmtpCatcher;
  let browser: Browser;
  const watched: PageProblems[] = [];
  const client = { email: 'client4@demo.regie.test', name: 'Kees Jansen' };
  const relative = { email: 'relative4@demo.regie.test', name: 'Bram Kuipers' };
  const phone = { width: 360, height: 740 };
  const time = '14:00';
  const meetingDay = dayAcrossClockChange();
  let meetingUrl = '';

  /**
   * The first day at least two weeks ahead on which Amsterdam keeps another clock than today (summer
   * time against winter time), so that the calendar file must get the offset of the meeting's day
   * rather than today's.
   */
  function dayAcrossClockChange(): string {
    const today = amsterdamDay(new Date());
    const offset = (day: string) => Date.parse(`${day}T12:00:00Z`) - Date.parse(amsterdamToUtc(day, '12:00'));
    for (let days = 14; days < 400; days += 1) {
      const day = addDays(today, days);
      if (offset(day) !== offset(today)) return addDays(day, 7);
    }
    throw new Error('no clock change within a year');
  }

  async function freshPage(): Promise<Page> {
    const page = await newPage(browser, { viewport: phone });
    watched.push(watchPageProblems(page, [401, 403]));
    return page;
  }

  async function checkPage(page: Page, where: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page, where);
  }

  /** The lines of a calendar file, unfolded (RFC 5545: a line continues after CRLF and a space). */
  function calendarLines(ics: string): string[] {
    return ics.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  }

  const property = (lines: readonly string[], name: string) =>
    lines.find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`))?.replace(/^[^:]*:/, '');

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    regie = await startRegie({ env: { SMTP_URL: smtp.url, JOB_POLL_MS: '200' } });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
    await regie.stop();
    await smtp.close();
    for (const problems of watched) problems.expectNone();
  });

  it('lets the client plan a follow-up at home from the template, with his brother taking the minutes', async () => {
    const page = await freshPage();
    await signIn(page, regie.baseUrl, client.email, demoPassword);
    await page.getByRole('link', { name: 'Bijeenkomsten' }).first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await checkPage(page, 'the meetings page');

    await page.getByRole('link', { name: 'Bijeenkomst plannen' }).first().click();
    await page.getByRole('radio', { name: /^Vervolgbijeenkomst/ }).check();
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.getByLabel('Datum').fill(meetingDay);
    await page.getByLabel('Hoe laat begint het?').fill(time);
    await page.getByRole('radio', { name: 'Bij u thuis' }).check();
    // The agenda starts from the method's template for a follow-up: progress first.
    await page.getByRole('button', { name: 'Omlaag: Hoe gaat het met de doelen?' }).waitFor();
    await page.getByRole('button', { name: 'Omhoog: De volgende bijeenkomst' }).waitFor();
    await page.getByRole('button', { name: /Wie maakt het verslag\? \(notulist\)/ }).click();
    // Regie proposes him: he is family and has not taken minutes before.
    await page
      .getByRole('option')
      .filter({ hasText: `${relative.name} (naaste) – voorgesteld` })
      .click();
    await page.getByRole('listbox').waitFor({ state: 'hidden' });
    await checkPage(page, 'the filled planning form');
    await page.getByRole('button', { name: 'Bijeenkomst plannen en uitnodigen' }).click();

    await page.getByRole('button', { name: 'Afzeggen' }).waitFor();
    meetingUrl = page.url();
    expect(await page.getByRole('main').textContent()).toContain(relative.name);
    await checkPage(page, 'the planned meeting');
    await page.context().close();
  });

  it('mails the brother an invitation with a calendar file whose start is right in Amsterdam time', async () => {
    const mail = await smtp.waitFor((m) => m.recipients.includes(relative.email), { timeoutMs: 20_000 });
    // No health content and no name: whoever reads his mailbox learns only that there is a meeting.
    expect(`${mail.subject}\n${mail.text}`).not.toContain('Kees');
    expect(mail.text).toContain(meetingUrl.replace(/^https?:\/\/[^/]+/, ''));

    const ics = await calendarFile(mail);
    const lines = calendarLines(ics);
    expect(property(lines, 'METHOD')).toBe('REQUEST');
    expect(property(lines, 'UID')).toMatch(/@regie$/);
    const start = property(lines, 'DTSTART') ?? '';
    expect(start).toMatch(/^\d{8}T\d{6}Z$/);
    const instant = `${start.slice(0, 4)}-${start.slice(4, 6)}-${start.slice(6, 8)}T${start.slice(9, 11)}:${start.slice(11, 13)}:${start.slice(13, 15)}Z`;
    // Read back in Amsterdam, the start is the day and time Kees chose, in the clock of that day.
    expect(utcToAmsterdam(instant)).toEqual({ date: meetingDay, time });
    const amsterdam = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Amsterdam',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(instant));
    expect(amsterdam).toBe(time);
  });

  it('lets the brother answer yes on his phone, and the client sees it', async () => {
    const page = await freshPage();
    await signIn(page, regie.baseUrl, relative.email, demoPassword);
    const mine = page.getByRole('region', { name: 'Uw bijeenkomsten' });
    await mine.waitFor();
    await checkPage(page, "the relative's home page");
    await mine.getByRole('link').first().click();
    await page.getByRole('button', { name: 'Ja, ik kom' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Ja, ik kom' }).getAttribute('aria-pressed')).toBe('true');
    await checkPage(page, 'the meeting after answering yes');
    await page.context().close();

    const kees = await freshPage();
    await signIn(kees, regie.baseUrl, client.email, demoPassword);
    await kees.goto(meetingUrl);
    const replies = kees.getByRole('region', { name: 'Wie komt er?' });
    await replies.getByText(new RegExp(`${relative.name}: Komt`)).waitFor();
    await kees.context().close();
  });

  it('keeps the draft minutes from the brother until the client approves them, and the score lands in the plan', async () => {
    const kees = await freshPage();
    await signIn(kees, regie.baseUrl, client.email, demoPassword);
    await kees.getByRole('link', { name: 'Bijeenkomsten' }).first().click();
    await kees
      .getByRole('link', { name: /Startbijeenkomst/ })
      .first()
      .click();
    await kees.getByRole('link', { name: 'Naar het verslag' }).click();
    await kees.getByRole('button', { name: 'Verslag opslaan' }).waitFor();
    const minutesUrl = kees.url();
    await checkPage(kees, 'the draft minutes');

    // The brother cannot read the draft.
    const bram = await freshPage();
    await signIn(bram, regie.baseUrl, relative.email, demoPassword);
    await bram.goto(minutesUrl);
    await bram.getByText('U kunt dit verslag nog niet lezen.').waitFor();
    await checkPage(bram, 'the minutes before approval, for the brother');

    // Kees adds to the minutes of the roles item and scores his first goal, saves and approves.
    const rolesNote = 'We spraken af dat Bram voortaan de tijd bewaakt.';
    const roles = kees.getByRole('group', { name: /^Rollen/ }).getByLabel('Aantekeningen');
    await roles.fill(`${await roles.inputValue()}\n${rolesNote}`);
    const firstGoal = kees.getByRole('region', { name: 'Scores' }).getByRole('group').first();
    const goalText = (await firstGoal.locator('legend .meeting-text').textContent()) ?? '';
    await firstGoal.getByRole('radio', { name: '7', exact: true }).check();
    await kees.getByRole('button', { name: 'Verslag opslaan' }).click();
    await kees.getByRole('status').filter({ hasText: 'Het verslag is opgeslagen.' }).waitFor();
    await kees.getByRole('button', { name: 'Verslag goedkeuren' }).click();
    await checkPage(kees, 'the approval panel');
    await kees.getByRole('button', { name: 'Ja, verslag goedkeuren' }).click();
    await kees.getByText('Het verslag is goedgekeurd.').waitFor();
    await checkPage(kees, 'the approved minutes');

    await bram.reload();
    await bram.getByText(rolesNote).waitFor();
    await checkPage(bram, 'the approved minutes, for the brother');
    await bram.context().close();

    // The score given at the meeting is in the goal's trend in the plan, on the meeting's day.
    const api = minutesUrl.replace(
      /^(https?:\/\/[^/]+)\/clienten\/([^/]+)\/bijeenkomsten\/([^/]+)\/verslag$/,
      '$1/api/clients/$2/meetings/$3',
    );
    const meeting = (await (await kees.request.get(api)).json()) as { date: string };
    const meetingDay = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${meeting.date}T00:00:00Z`),
    );
    await kees.goto(minutesUrl.replace(/bijeenkomsten\/.*$/, 'plan'));
    const trendTable = kees.locator('details').filter({ has: kees.locator('caption', { hasText: goalText.trim() }) });
    await trendTable.locator('summary').click();
    await trendTable.getByRole('row', { name: `${meetingDay} 7 van 10` }).waitFor();
    await checkPage(kees, 'the plan with the score of the meeting');
    await kees.context().close();
  });
});

/** The text/calendar part of a mail, as a calendar program receives it. */
async function calendarFile(mail: CaughtMail): Promise<string> {
  const parsed = await simpleParser(mail.raw);
  const attachment = parsed.attachments.find((part) => part.contentType.startsWith('text/calendar'));
  if (!attachment) throw new Error('the mail has no calendar file');
  return attachment.content.toString('utf8');
}
