import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, signIn, watchPageProblems, type PageProblems } from './support/browser.js';
import { demoAccounts, demoOrganisation, demoPassword } from './support/demo.js';
import { startRegie, type RunningRegie } from './support/server.js';

// The journey: the coordinator opens a client's page; that client then sees in "Wie keek in mijn
// gegevens?" that she did, today, in her role; a period in the past is empty; and the organisation
// admin reads the coordinator's log, which names no client. On a phone, with axe on every state.
describe('a client sees who looked at their data', () => {
  let regie: RunningRegie;
  let browser: Browser;
  const watched: PageProblems[] = [];
  const coordinator = demoAccounts.coordinator;
  const client = { email: 'client1@demo.regie.test', name: 'Joep Bakker' };
  const lookedAtDetails = `${coordinator.name} (regieondersteuner bij ${demoOrganisation}) bekeek uw gegevens.`;
  const lookedAtRelatives = `${coordinator.name} (regieondersteuner bij ${demoOrganisation}) bekeek uw naasten.`;

  async function signedInPage(email: string): Promise<Page> {
    const page = await newPage(browser);
    watched.push(watchPageProblems(page));
    await signIn(page, regie.baseUrl, email, demoPassword);
    await mainMenu(page).waitFor();
    return page;
  }

  const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu', exact: true });
  const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

  /** Waits until the page is done loading, then runs axe on it. */
  async function checkPage(page: Page, where: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page, where);
  }

  beforeAll(async () => {
    regie = await startRegie();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
    await regie.stop();
  });

  it("lets the coordinator open the client's page", async () => {
    const page = await signedInPage(coordinator.email);
    await mainMenu(page).getByRole('link', { name: 'Cliënten', exact: true }).click();
    // Each look at the list logs a read per client: enough looks fill more than one page (50) of
    // her log, for the admin's "Oudere laden" below.
    for (let look = 0; look < 8; look += 1) {
      await page.reload();
      await page.getByRole('link', { name: client.name, exact: true }).waitFor();
    }
    await page.getByRole('link', { name: client.name, exact: true }).click();
    await heading(page, client.name).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Naasten', exact: true }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.context().close();
  });

  let clientPage: Page;

  it('shows the client, from the home page, that the coordinator looked at their data today', async () => {
    clientPage = await signedInPage(client.email);
    const page = clientPage;
    // Reachable from the main menu as well as from the home page.
    await mainMenu(page).getByRole('link', { name: 'Wie keek in mijn gegevens?', exact: true }).waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Bekijken wie in uw gegevens keek', exact: true }).click();
    await page.waitForURL(/\/wie-keek$/);
    await heading(page, 'Wie keek in mijn gegevens?').waitFor();

    const today = page.getByRole('region', { name: /^Vandaag, / });
    await today.getByText(lookedAtDetails, { exact: true }).first().waitFor();
    await today.getByText(lookedAtRelatives, { exact: true }).waitFor();
    // Each event says when, as a time element in Dutch clock time.
    const time = await today.getByRole('listitem').first().locator('time').getAttribute('datetime');
    expect(Date.parse(time ?? '')).toBeGreaterThan(Date.now() - 10 * 60_000);
    await checkPage(page, '"Wie keek in mijn gegevens?" with events');
  });

  it('shows a mistake in the period next to the field and in a summary that takes focus', async () => {
    const page = clientPage;
    const form = page.getByRole('form', { name: 'Kies een periode' });
    await form.getByLabel('Vanaf', { exact: true }).fill('2021-06-30');
    await form.getByLabel('Tot en met', { exact: true }).fill('2021-06-01');
    await form.getByRole('button', { name: 'Deze periode tonen', exact: true }).click();
    await page.getByRole('heading', { name: 'Nog niet alles klopt. Pas dit aan:' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('error-summary');
    const message = 'Deze datum ligt vóór de datum bij ‘Vanaf’. Kies een latere datum.';
    await form.getByRole('link', { name: `Tot en met: ${message}`, exact: true }).waitFor();
    // Next to the field, and tied to it for screen readers.
    const described = await form.getByLabel('Tot en met', { exact: true }).getAttribute('aria-describedby');
    expect(described).not.toBeNull();
    expect(await page.locator(`[id="${String(described).split(' ')[0]}"]`).innerText()).toBe(message);
    // The events of the period shown before stay as they were.
    await page.getByText(lookedAtDetails, { exact: true }).first().waitFor();
    await checkPage(page, '"Wie keek in mijn gegevens?" with a mistake in the period');
  });

  it('explains that nobody looked in a period in the past', async () => {
    const page = clientPage;
    const form = page.getByRole('form', { name: 'Kies een periode' });
    await form.getByLabel('Vanaf', { exact: true }).fill('2021-01-01');
    await form.getByLabel('Tot en met', { exact: true }).fill('2021-06-30');
    await form.getByRole('button', { name: 'Deze periode tonen', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'U ziet wat er gebeurde van 1 januari 2021 tot en met 30 juni 2021.' }).waitFor();
    await page.getByText('In deze periode heeft niemand uw gegevens bekeken of veranderd.', { exact: false }).waitFor();
    expect(await page.getByText(lookedAtDetails).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Nog niet alles klopt. Pas dit aan:' }).count()).toBe(0);
    await checkPage(page, '"Wie keek in mijn gegevens?" for an empty period');
  });

  it('says the same in English, and counts the client\'s own look as "You"', async () => {
    const page = clientPage;
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await heading(page, 'Who looked at my details?').waitFor();
    // A fresh visit shows the last three months again, and the client's earlier look at this page.
    await page.reload();
    await heading(page, 'Who looked at my details?').waitFor();
    const today = page.getByRole('region', { name: /^Today, / });
    await today.getByText(`${coordinator.name} (care coordinator at ${demoOrganisation}) looked at your details.`, { exact: true }).first().waitFor();
    await today.getByText('You looked at this overview.', { exact: true }).first().waitFor();
    await checkPage(page, '"Who looked at my details?" (en)');
    await page.getByRole('button', { name: 'Nederlands', exact: true }).click();
    await heading(page, 'Wie keek in mijn gegevens?').waitFor();
    await page.context().close();
  });

  it("lets the admin read the coordinator's log, which names no client", async () => {
    const page = await signedInPage(demoAccounts.admin.email);
    await mainMenu(page).getByRole('link', { name: 'Organisatie', exact: true }).click();
    await heading(page, demoOrganisation).waitFor();
    await page.getByRole('link', { name: `Logboek van ${coordinator.name} bekijken`, exact: true }).click();
    await page.waitForURL(/\/organisatie\/medewerkers\/[^/]+\/logboek$/);
    await heading(page, `Logboek van ${coordinator.name}`).waitFor();

    const today = page.getByRole('region', { name: /^Vandaag, / });
    const who = `${coordinator.name} (regieondersteuner bij ${demoOrganisation})`;
    await today.getByText(`${who} bekeek gegevens van een cliënt.`, { exact: true }).first().waitFor();
    await today.getByText(`${who} bekeek de naasten van een cliënt.`, { exact: true }).waitFor();
    expect(await page.getByText(client.name).count()).toBe(0);
    await checkPage(page, "a professional's log");

    // Older events come on request; reading goes on at the first of them.
    const events = page.getByRole('region', { name: 'Wat er gebeurde', exact: true }).getByRole('listitem');
    expect(await events.count()).toBe(50);
    await page.getByRole('button', { name: 'Oudere laden', exact: true }).click();
    await events.nth(50).waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'LI');
    expect(await events.nth(50).evaluate((item) => item === document.activeElement)).toBe(true);
    // Her sign-in came before all her looks.
    await events.last().getByText(`${who} logde in.`, { exact: true }).waitFor();
    // That was the last page.
    expect(await page.getByRole('button', { name: 'Oudere laden', exact: true }).count()).toBe(0);
    await checkPage(page, "a professional's log with older events");

    await page.getByRole('link', { name: 'Terug naar de organisatie', exact: true }).click();
    await heading(page, demoOrganisation).waitFor();
    await page.context().close();
  });

  it('had no console errors, CSP violations or uncaught exceptions', () => {
    for (const problems of watched) problems.expectNone();
  });
});
