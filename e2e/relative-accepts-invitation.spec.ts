import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

// The journey: a client adds a relative and invites them; the invitation arrives by mail (a real SMTP
// server in this test); the relative opens the link on their own device, chooses a password (a weak
// one first) and lands signed in on the home page. The used link then no longer works. Later the
// relative forgets the password and sets a new one. They see only what the client shares, a change
// from the next request on, and nothing once the client takes them out of the group. And in the demo, without mail, the same links
// are found in the outbox. Axe runs on every page and state.
describe('a relative accepts an invitation', () => {
  let smtp: SmtpCatcher;
  let regie: RunningRegie;
  let browser: Browser;
  const watched: PageProblems[] = [];
  const client = { email: 'client1@demo.regie.test', name: 'Joep Bakker' };
  const relative = { name: 'Mees Bakker', email: 'mees.bakker@voorbeeld.test' };
  const relativePassword = 'fiets regen koffie lamp';
  const newRelativePassword = 'appeltaart met slagroom';
  let mail: CaughtMail;
  let link: string;
  // Kept open across steps: the relative's session must stop working the moment the client decides.
  let relativeSession: Page;
  let clientSession: Page;

  const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

  async function freshPage(expectedStatuses?: readonly number[]): Promise<Page> {
    const page = await newPage(browser);
    watched.push(watchPageProblems(page, expectedStatuses));
    return page;
  }

  async function checkPage(page: Page, where: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page, where);
  }

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    regie = await startRegie({ env: { SMTP_URL: smtp.url } });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
    await regie.stop();
    await smtp.close();
  });

  it('lets the client add a relative and invite them', async () => {
    const page = await freshPage();
    await signIn(page, regie.baseUrl, client.email, demoPassword);
    await page.getByRole('main').getByRole('link', { name: 'Uw naasten bekijken of iemand toevoegen', exact: true }).click();
    await heading(page, client.name).waitFor();

    const addRelative = page.getByRole('form', { name: 'Naaste toevoegen' });
    await addRelative.getByLabel('Naam', { exact: true }).fill(relative.name);
    await addRelative.getByRole('button', { name: /\sRelatie$/ }).click();
    await page.getByRole('option', { name: 'kind', exact: true }).click();
    await addRelative.getByLabel(/^E-mailadres/).fill(relative.email);
    await addRelative.getByRole('button', { name: 'Naaste toevoegen', exact: true }).click();
    await addRelative
      .getByRole('status')
      .filter({ hasText: `${relative.name} is toegevoegd als naaste.` })
      .waitFor();

    const card = page.getByRole('region', { name: 'Naasten' }).getByRole('listitem').filter({ hasText: relative.name });
    await card.getByText('Kan nog niet inloggen. Nog niet uitgenodigd.').waitFor();
    // Lotte Bakker, Joep's partner in the demo data, can sign in already: nothing to invite.
    const lotte = page.getByRole('region', { name: 'Naasten' }).getByRole('listitem').filter({ hasText: 'Lotte Bakker' });
    await lotte.getByText('Kan inloggen.').waitFor();
    expect(await lotte.getByRole('button', { name: /uitnodigen/i }).count()).toBe(0);
    await checkPage(page, "the client's page with an uninvited relative");

    await card.getByRole('button', { name: `Uitnodigen: ${relative.name}`, exact: true }).click();
    await card
      .getByRole('status')
      .filter({ hasText: /^De uitnodiging is verstuurd\. De link werkt tot \d+ \w+ \d{4} om \d{2}:\d{2}\.$/ })
      .waitFor();
    await card.getByRole('button', { name: `Opnieuw uitnodigen: ${relative.name}`, exact: true }).waitFor();
    await checkPage(page, "the client's page after inviting");
    await page.context().close();
  });

  it('mails the relative a link, and nothing about the client', async () => {
    mail = await smtp.waitFor((m) => m.recipients.includes(relative.email), { timeoutMs: 10_000 });
    expect(mail.subject).toBe('Uw uitnodiging voor Regie');
    expect(mail.raw).not.toContain(client.name);
    expect(mail.raw).not.toContain(relative.name);
    const found = new RegExp(`${regie.baseUrl}/uitnodiging#[A-Za-z0-9_-]{43}`).exec(mail.text);
    expect(found, mail.text).not.toBeNull();
    link = found?.[0] ?? '';
  });

  it('shows the relative, on their own device, who the invitation is for, with the secret gone from the address', async () => {
    const page = await freshPage([401, 400]);
    await page.goto(link);
    await heading(page, 'Welkom bij Regie').waitFor();
    await page.getByText(`Deze uitnodiging is voor ${relative.name} (${relative.email}).`).waitFor();
    await page.getByText('U bent uitgenodigd als naaste.').waitFor();
    expect(page.url()).toBe(`${regie.baseUrl}/uitnodiging`);
    await checkPage(page, 'the invitation page');

    // A common password is refused, next to the field and in the summary.
    const form = page.getByRole('form', { name: 'Kies uw wachtwoord' });
    await form.getByLabel('Wachtwoord', { exact: true }).fill('wachtwoord123');
    await form.getByRole('button', { name: 'Wachtwoord opslaan', exact: true }).click();
    await form.getByRole('link', { name: /^Wachtwoord: Dit wachtwoord gebruiken veel mensen/ }).waitFor();
    await checkPage(page, 'the invitation page with a refused password');

    await form.getByLabel('Wachtwoord', { exact: true }).fill(relativePassword);
    await form.getByRole('button', { name: 'Wachtwoord opslaan', exact: true }).click();
    await page.waitForURL(`${regie.baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: `Welkom, ${relative.name}` }).waitFor();
    await page.getByText(`U bent naaste van ${client.name}.`).waitFor();
    await page.getByRole('button', { name: 'Uitloggen', exact: true }).waitFor();
    await checkPage(page, "the relative's home page");
    await page.context().close();
  });

  it('shows the relative only what the client shares, and a change the moment the client makes it', async () => {
    const relativePage = await freshPage();
    await signIn(relativePage, regie.baseUrl, relative.email, relativePassword);
    const sharedWithMe = relativePage.getByRole('region', { name: `Wat ${client.name} met u deelt` });
    const sharedList = sharedWithMe.locator('p:has-text("deelt dit met u:") + ul');
    const notSharedList = sharedWithMe.locator('p:has-text("deelt dit niet met u:") + ul');
    // The method's defaults: what the group works on together, and not the network map.
    await sharedList.getByText('Plan', { exact: true }).waitFor();
    await notSharedList.getByText('Netwerkkaart', { exact: true }).waitFor();
    expect(await sharedList.getByText('Netwerkkaart', { exact: true }).count()).toBe(0);
    await checkPage(relativePage, "the relative's home page with what is shared");

    const clientPage = await freshPage();
    await signIn(clientPage, regie.baseUrl, client.email, demoPassword);
    await clientPage.goto(`${regie.baseUrl}/delen`);
    await heading(clientPage, 'Wie ziet wat?').waitFor();
    const forRelative = clientPage.getByRole('group', { name: relative.name, exact: true });
    const planSwitch = forRelative.getByRole('switch', { name: 'Plan', exact: true });
    expect(await planSwitch.isChecked()).toBe(true);
    await planSwitch.press('Space');
    await forRelative.getByText(`Opgeslagen. ${relative.name} ziet nu niet meer: Plan.`).waitFor();
    await checkPage(clientPage, "the client's sharing page after a change");

    // The relative's open session: the very next request shows the plan as not shared.
    await relativePage.reload();
    await notSharedList.getByText('Plan', { exact: true }).waitFor();
    expect(await sharedList.getByText('Plan', { exact: true }).count()).toBe(0);
    relativeSession = relativePage;
    clientSession = clientPage;
  });

  it('does not work a second time', async () => {
    const page = await freshPage([401, 404]);
    await page.goto(link);
    await heading(page, 'Deze link werkt niet (meer)').waitFor();
    await checkPage(page, 'the invitation page for a used link');
    await page.context().close();
  });

  it('lets the relative choose a new password when they forgot it, and sign in with it', async () => {
    const page = await freshPage([401, 400]);
    await page.goto(`${regie.baseUrl}/wachtwoord-vergeten`);
    await heading(page, 'Wachtwoord vergeten').waitFor();
    await checkPage(page, 'the forgotten-password page');
    const before = smtp.mails.length;
    await page.getByLabel('E-mailadres', { exact: true }).fill(relative.email);
    await page.getByRole('button', { name: 'Stuur mij een link', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Als dit e-mailadres een account heeft/ })
      .waitFor();
    await checkPage(page, 'the forgotten-password page after asking');

    const resetMail = await smtp.waitFor((m) => m.recipients.includes(relative.email), { after: before, timeoutMs: 10_000 });
    expect(resetMail.subject).toBe('Nieuw wachtwoord voor Regie');
    const resetLink = new RegExp(`${regie.baseUrl}/wachtwoord-herstellen#[A-Za-z0-9_-]{43}`).exec(resetMail.text)?.[0] ?? '';
    await page.goto(resetLink);
    await heading(page, 'Nieuw wachtwoord kiezen').waitFor();
    expect(page.url()).toBe(`${regie.baseUrl}/wachtwoord-herstellen`);
    await checkPage(page, 'the reset page');
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(newRelativePassword);
    await page.getByRole('button', { name: 'Nieuw wachtwoord opslaan', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Uw wachtwoord is veranderd/ })
      .waitFor();
    await checkPage(page, 'the reset page when done');

    await page.getByRole('link', { name: 'Naar inloggen', exact: true }).click();
    await signIn(page, regie.baseUrl, relative.email, newRelativePassword);
    await page.getByRole('heading', { level: 1, name: `Welkom, ${relative.name}` }).waitFor();
    await page.context().close();
  });

  it("ends the relative's access when the client takes them out of the group, open session included", async () => {
    // The password reset above ended every session of the relative: sign in again, with the new one.
    await signIn(relativeSession, regie.baseUrl, relative.email, newRelativePassword);
    await relativeSession.getByRole('region', { name: `Wat ${client.name} met u deelt` }).waitFor();
    await clientSession.reload();
    const forRelative = clientSession.getByRole('group', { name: relative.name, exact: true });
    await forRelative.getByRole('button', { name: `${relative.name} uit de groep halen`, exact: true }).click();
    await clientSession.getByRole('button', { name: `Ja, haal ${relative.name} uit de groep`, exact: true }).click();
    await clientSession.getByText(`${relative.name} is uit de groep gehaald. ${relative.name} ziet nu niets meer van u.`).waitFor();
    await checkPage(clientSession, "the client's sharing page after ending a place");

    // The relative's old session is refused on its next request: back to signing in.
    await relativeSession.reload();
    await heading(relativeSession, 'Inloggen bij Regie').waitFor();
    await relativeSession.context().close();
    await clientSession.context().close();
  });

  it('had no console errors, CSP violations or uncaught exceptions', () => {
    for (const problems of watched) problems.expectNone();
  });
});

describe('in the demo, without mail, the links are in the outbox', () => {
  let regie: RunningRegie;
  let browser: Browser;
  let problems: PageProblems;

  beforeAll(async () => {
    regie = await startRegie();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
    await regie.stop();
  });

  it('shows the reset mail on the outbox page, with a link that works', async () => {
    const page = await newPage(browser);
    problems = watchPageProblems(page);
    await page.goto(`${regie.baseUrl}/wachtwoord-vergeten`);
    await page.getByLabel('E-mailadres', { exact: true }).fill('client2@demo.regie.test');
    await page.getByRole('button', { name: 'Stuur mij een link', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Als dit e-mailadres een account heeft/ })
      .waitFor();

    await page.goto(`${regie.baseUrl}/postvak`);
    await page.getByRole('heading', { level: 1, name: 'Postvak', exact: true }).waitFor();
    // The mail is written just after the answer: refresh until it is there.
    const message = page.getByRole('article', { name: 'Nieuw wachtwoord voor Regie' });
    for (let attempt = 0; attempt < 20 && (await message.count()) === 0; attempt++) {
      await page.getByRole('button', { name: 'Vernieuwen', exact: true }).click();
      await page.waitForTimeout(250);
    }
    await message.getByText('Aan: client2@demo.regie.test').waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page, 'the outbox');

    await message.getByRole('link', { name: /\/wachtwoord-herstellen#/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuw wachtwoord kiezen', exact: true }).waitFor();
    expect(page.url()).toBe(`${regie.baseUrl}/wachtwoord-herstellen`);
    problems.expectNone();
  });
});
