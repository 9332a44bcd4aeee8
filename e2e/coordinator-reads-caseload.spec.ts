import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

// The caseload on a phone: the coordinator's clients with their groups, filtered to the groups late
// for a meeting (the demo's one: Noor's), sorted by phase, and the team lead's whole team with each
// client's coordinator. Axe runs on every state.
describe('the caseload', () => {
  let regie: RunningRegie;
  let browser: Browser;
  const watched: PageProblems[] = [];

  beforeAll(async () => {
    regie = await startRegie();
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser.close();
    await regie.stop();
    for (const problems of watched) problems.expectNone();
  });

  async function signedIn(email: string): Promise<Page> {
    const page = await newPage(browser, { viewport: { width: 360, height: 740 } });
    watched.push(watchPageProblems(page));
    await signIn(page, regie.baseUrl, email, demoPassword);
    return page;
  }

  const table = (page: Page) => page.getByRole('table', { name: /Cliënten en hun groepen/ });
  const clientNames = async (page: Page) => (await table(page).getByRole('rowheader').allInnerTexts()).map((name) => name.trim());

  async function checked(page: Page, where: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page, where);
  }

  it('shows the coordinator her clients, filters the late group and sorts by phase', async () => {
    const page = await signedIn('coordinator@demo.regie.test');
    await page.getByRole('navigation', { name: /menu/i }).getByRole('link', { name: 'Caseload' }).click();
    await page.getByRole('heading', { name: 'Caseload', level: 1 }).waitFor();
    await table(page).waitFor();
    expect(await clientNames(page)).toEqual([
      'Daan Smit',
      'Fatima El Amrani',
      'Joep Bakker',
      'Kees Jansen',
      'Noor Visser',
      'Sanne de Wit',
    ]);
    await checked(page, 'the caseload');

    await page.getByRole('checkbox', { name: 'Alleen groepen die te laat zijn met een bijeenkomst' }).check();
    await expect.poll(() => clientNames(page)).toEqual(['Noor Visser']);
    await checked(page, 'the caseload filtered to late groups');
    await page.getByRole('checkbox', { name: 'Alleen groepen die te laat zijn met een bijeenkomst' }).uncheck();

    await table(page).getByRole('button', { name: /^Fase/ }).click();
    await expect.poll(() => table(page).getByRole('columnheader', { name: /^Fase/ }).getAttribute('aria-sort')).toBe('ascending');
    await expect.poll(async () => (await clientNames(page))[0]).toBe('Joep Bakker');
    await checked(page, 'the caseload sorted by phase');

    await table(page).getByRole('link', { name: 'Noor Visser' }).click();
    await page.waitForURL(/\/groep$/);
    await page.context().close();
  });

  it("shows the team lead the team's clients with their coordinator", async () => {
    const page = await signedIn('teamlead@demo.regie.test');
    await page.getByRole('navigation', { name: /menu/i }).getByRole('link', { name: 'Caseload' }).click();
    await table(page).waitFor();
    await table(page)
      .getByRole('columnheader', { name: /Regieondersteuner/ })
      .waitFor();
    expect(await clientNames(page)).toHaveLength(6);
    await checked(page, "the team's caseload");
    await page.context().close();
  });
});
