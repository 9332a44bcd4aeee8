import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, signIn, watchPageProblems, type PageProblems } from './support/browser.js';
import { demoAccounts, demoPassword, factNoordClients, otherOrganisationClient } from './support/demo.js';
import { startRegie, type RunningRegie } from './support/server.js';

// The journey: a coordinator signs in, sees FACT Noord's clients, switches to English and back, and
// axe finds no WCAG 2.2 AA violation on any page visited, in either language. The steps share one
// page and run in order.
describe('a coordinator sees the clients of their team', () => {
  let regie: RunningRegie;
  let browser: Browser;
  let page: Page;
  let problems: PageProblems;
  const coordinator = demoAccounts.coordinator;

  const heading = (name: string) => page.getByRole('heading', { level: 1, name, exact: true });
  const mainMenu = (name: 'Hoofdmenu' | 'Main menu') => page.getByRole('navigation', { name, exact: true });
  const languageButton = (name: 'English' | 'Nederlands') => page.getByRole('button', { name, exact: true });

  /** Waits until the page has its h1 and is done loading, then runs axe on it. */
  async function checkPage(title: string, where: string): Promise<void> {
    await heading(title).waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page, where);
  }

  beforeAll(async () => {
    regie = await startRegie();
    browser = await launchBrowser();
    page = await newPage(browser);
    problems = watchPageProblems(page);
  });

  afterAll(async () => {
    await browser.close();
    await regie.stop();
  });

  it('shows an accessible sign-in page, in Dutch and in English', async () => {
    await page.goto(`${regie.baseUrl}/inloggen`);
    await checkPage('Inloggen bij Regie', 'the sign-in page (nl)');
    await languageButton('English').click();
    await checkPage('Sign in to Regie', 'the sign-in page (en)');
    await languageButton('Nederlands').click();
    await heading('Inloggen bij Regie').waitFor();
  });

  it('signs the coordinator in and shows the home page', async () => {
    await signIn(page, regie.baseUrl, coordinator.email, demoPassword);
    await mainMenu('Hoofdmenu').waitFor();
    await page.getByRole('button', { name: 'Uitloggen', exact: true }).waitFor();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: coordinator.name }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page, 'the home page (nl)');
  });

  it("lists FACT Noord's clients and no one else's", async () => {
    await mainMenu('Hoofdmenu').getByRole('link', { name: 'Cliënten', exact: true }).click();
    await page.waitForURL(/\/clienten$/);
    await checkPage('Cliënten', 'the clients page (nl)');
    for (const name of factNoordClients) {
      await page.getByRole('link', { name, exact: true }).waitFor();
    }
    expect(await page.getByText(otherOrganisationClient).count()).toBe(0);
  });

  it("shows a client's page with their relatives", async () => {
    await page.getByRole('link', { name: 'Joep Bakker', exact: true }).click();
    await page.waitForURL(/\/clienten\/[^/]+$/);
    await page.getByRole('heading', { level: 2, name: 'Naasten', exact: true }).waitFor();
    // Lotte Bakker is Joep's partner in the demo data.
    await page.getByRole('region', { name: 'Naasten' }).getByText('Lotte Bakker', { exact: true }).waitFor();
    await checkPage('Joep Bakker', "a client's page (nl)");
  });

  it("shows the coordinator's own details", async () => {
    await mainMenu('Hoofdmenu').getByRole('link', { name: 'Mijn gegevens', exact: true }).click();
    await page.waitForURL(/\/mijn-gegevens$/);
    await page.getByText(coordinator.email).waitFor();
    await checkPage('Mijn gegevens', 'my details (nl)');
  });

  it('switches to English, on every page', async () => {
    await languageButton('English').click();
    await languageButton('Nederlands').waitFor();
    await mainMenu('Main menu').waitFor();
    await page.getByRole('button', { name: 'Sign out', exact: true }).waitFor();
    await checkPage('My details', 'my details (en)');

    await mainMenu('Main menu').getByRole('link', { name: 'Clients', exact: true }).click();
    await page.waitForURL(/\/clienten$/);
    await checkPage('Clients', 'the clients page (en)');
    for (const name of factNoordClients) {
      await page.getByRole('link', { name, exact: true }).waitFor();
    }

    await page.getByRole('link', { name: 'Fatima El Amrani', exact: true }).click();
    await page.waitForURL(/\/clienten\/[^/]+$/);
    await checkPage('Fatima El Amrani', "a client's page (en)");

    await page.goto(`${regie.baseUrl}/`);
    await page.getByRole('heading', { level: 1 }).filter({ hasText: coordinator.name }).waitFor();
    await mainMenu('Main menu').waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page, 'the home page (en)');
  });

  it('remembers English after a reload', async () => {
    await page.reload();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: coordinator.name }).waitFor();
    await languageButton('Nederlands').waitFor();
    await mainMenu('Main menu').waitFor();
  });

  it('switches back to Dutch', async () => {
    await mainMenu('Main menu').getByRole('link', { name: 'Clients', exact: true }).click();
    await heading('Clients').waitFor();
    await languageButton('Nederlands').click();
    await heading('Cliënten').waitFor();
    await languageButton('English').waitFor();
    await mainMenu('Hoofdmenu').waitFor();
    await page.reload();
    await heading('Cliënten').waitFor();
    await languageButton('English').waitFor();
  });

  it('signs out to the sign-in page, and going back shows no client data', async () => {
    await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
    await heading('Inloggen bij Regie').waitFor();
    await page.goBack();
    await page.waitForLoadState('networkidle');
    // Give a stale screen the time it would need to show itself.
    await page.waitForTimeout(500);
    for (const name of [...factNoordClients, 'Lotte Bakker']) {
      expect(await page.getByText(name).count(), `${name} is shown after signing out and going back`).toBe(0);
    }
  });

  it('had no console errors, CSP violations or uncaught exceptions', () => {
    problems.expectNone();
  });
});
