import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  demoTotpSecret,
  enterTotpCode,
  expectNoAxeViolations,
  launchBrowser,
  newPage,
  signIn,
  watchPageProblems,
  type PageProblems,
} from './support/browser.js';
import { demoAccounts, demoOrganisation, demoPassword } from './support/demo.js';
import { startRegie, type RunningRegie } from './support/server.js';

// The journeys that fill Regie: the organisation admin adds a team and a professional to it; a
// coordinator registers a client and adds a relative; a client's menu holds only what is theirs.
// Forms are used as people use them: mistakes first, then the fix.
describe('an admin and a coordinator fill the organisation', () => {
  let regie: RunningRegie;
  let browser: Browser;
  const watched: PageProblems[] = [];

  async function signedInPage(email: string, expectedStatuses?: readonly number[]): Promise<Page> {
    const page = await newPage(browser);
    watched.push(watchPageProblems(page, expectedStatuses));
    await signIn(page, regie.baseUrl, email, demoPassword);
    await page.getByRole('navigation', { name: 'Hoofdmenu', exact: true }).waitFor();
    return page;
  }

  const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

  /** Picks an option of a labelled select: a button named "<current value> <label>" that opens a list box. */
  async function choose(page: Page, form: ReturnType<Page['getByRole']>, label: string, option: string): Promise<void> {
    await form.getByRole('button', { name: new RegExp(`\\s${label}$`) }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  }

  beforeAll(async () => {
    regie = await startRegie();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
    await regie.stop();
  });

  it('lets the admin add a team, correcting a mistake on the way', async () => {
    // 400 and 409 are answers the forms show to the person; they are expected here.
    const page = await signedInPage(demoAccounts.admin.email, [401, 400, 409]);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Organisatie', exact: true }).click();
    await heading(page, demoOrganisation).waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page, 'the organisation page');

    const form = page.getByRole('form', { name: 'Team toevoegen' });
    await form.getByRole('button', { name: 'Team toevoegen', exact: true }).click();
    const summary = page.getByRole('heading', { name: 'Nog niet alles klopt. Pas dit aan:' });
    await summary.waitFor();
    // The summary takes focus so that a screen reader reads what to fix first.
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('error-summary');
    await form.getByRole('link', { name: /^Naam van het team: Dit is nog leeg/ }).waitFor();
    await expectNoAxeViolations(page, 'the organisation page with form errors');

    await form.getByLabel('Naam van het team', { exact: true }).fill('FACT Zuid');
    await choose(page, form, 'Soort team', 'FACT-team');
    await form.getByRole('button', { name: 'Team toevoegen', exact: true }).click();
    await form.getByRole('status').filter({ hasText: 'Het team FACT Zuid is toegevoegd.' }).waitFor();
    await page.getByRole('region', { name: 'Teams' }).getByText('FACT Zuid', { exact: true }).waitFor();

    // The same name twice is refused by the server, next to the field.
    await form.getByLabel('Naam van het team', { exact: true }).fill('FACT Zuid');
    await choose(page, form, 'Soort team', 'kliniek');
    await form.getByRole('button', { name: 'Team toevoegen', exact: true }).click();
    await form.getByText('Er is al een team met deze naam. Kies een andere naam.').first().waitFor();
    expect(await page.getByRole('region', { name: 'Teams' }).getByText('FACT Zuid', { exact: true }).count()).toBe(1);
  });

  it('lets the admin add a professional to the new team, and refuses an email address in use', async () => {
    const page = await signedInPage(demoAccounts.admin.email, [401, 400, 409]);
    await page.goto(`${regie.baseUrl}/organisatie`);
    await heading(page, demoOrganisation).waitFor();
    const form = page.getByRole('form', { name: 'Professional toevoegen' });

    await form.getByLabel('Naam', { exact: true }).fill('Mila Koster');
    await form.getByLabel('E-mailadres', { exact: true }).fill(demoAccounts.coordinator.email);
    await choose(page, form, 'Rol', 'regieondersteuner');
    await choose(page, form, 'Team', 'FACT Zuid');
    await form.getByRole('button', { name: 'Professional toevoegen', exact: true }).click();
    await form.getByText('Dit e-mailadres heeft al een account. Kies een ander e-mailadres.').first().waitFor();

    await form.getByLabel('E-mailadres', { exact: true }).fill('mila.koster@demo.regie.test');
    await form.getByRole('button', { name: 'Professional toevoegen', exact: true }).click();
    await form.getByRole('status').filter({ hasText: 'Mila Koster is toegevoegd.' }).waitFor();
    const professionals = page.getByRole('region', { name: 'Professionals' });
    await professionals.getByText('Mila Koster', { exact: true }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page, 'the organisation page after adding a professional');
  });

  it('lets the coordinator register a client and add a relative', async () => {
    const page = await signedInPage(demoAccounts.coordinator.email, [401, 400]);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Cliënten', exact: true }).click();
    await heading(page, 'Cliënten').waitFor();

    const register = page.getByRole('form', { name: 'Cliënt aanmelden' });
    await register.getByLabel('Naam', { exact: true }).fill('Tess Vermeulen');
    await register.getByLabel(/^E-mailadres/).fill('geen-emailadres');
    await register.getByRole('button', { name: 'Cliënt aanmelden', exact: true }).click();
    await register.getByRole('link', { name: /^E-mailadres.*: Dit e-mailadres klopt niet/ }).waitFor();

    await register.getByLabel(/^E-mailadres/).fill('');
    await register.getByRole('button', { name: 'Cliënt aanmelden', exact: true }).click();
    await register.getByRole('status').filter({ hasText: 'Tess Vermeulen is aangemeld.' }).waitFor();
    // A coordinator registers clients for themself.
    const card = page.getByRole('listitem').filter({ hasText: 'Tess Vermeulen' });
    await card.getByText(`Regieondersteuner: ${demoAccounts.coordinator.name}`).waitFor();

    await page.getByRole('link', { name: 'Tess Vermeulen', exact: true }).click();
    await heading(page, 'Tess Vermeulen').waitFor();
    await page.getByText('Er zijn nog geen naasten.').waitFor();

    const addRelative = page.getByRole('form', { name: 'Naaste toevoegen' });
    await addRelative.getByLabel('Naam', { exact: true }).fill('Bram Vermeulen');
    await choose(page, addRelative, 'Relatie', 'broer of zus');
    await addRelative.getByRole('button', { name: 'Naaste toevoegen', exact: true }).click();
    await addRelative.getByRole('status').filter({ hasText: 'Bram Vermeulen is toegevoegd als naaste.' }).waitFor();
    await page.getByRole('region', { name: 'Naasten' }).getByText('Bram Vermeulen', { exact: true }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page, "the new client's page");
  });

  it("gives a client a menu with only their own things, and no way into the team's pages", async () => {
    const page = await signedInPage('client1@demo.regie.test', [401, 403]);
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await menu.getByRole('link').allInnerTexts()).toEqual([
      'Mijn groep',
      'Mijn afspraken',
      'Wie keek in mijn gegevens?',
      'Mijn gegevens',
    ]);
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page, "the client's home page");

    await page.goto(`${regie.baseUrl}/clienten`);
    await page.getByText('Dit kunt u niet doen met uw rol.').waitFor();
    expect(await page.getByText('Fatima El Amrani').count()).toBe(0);
  });

  it('can be used with the keyboard alone, starting from the skip link', async () => {
    const page = await newPage(browser);
    watched.push(watchPageProblems(page));
    await page.goto(`${regie.baseUrl}/inloggen`);
    await heading(page, 'Inloggen bij Regie').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    await page.keyboard.press('Tab');
    await page.keyboard.type(demoAccounts.coordinator.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(demoPassword);
    await page.keyboard.press('Enter');
    // The code from the app comes next; its step takes focus at its heading, the field is next.
    await heading(page, 'Vul de code uit uw app in').waitFor();
    await page.keyboard.press('Tab');
    await enterTotpCode(page, demoTotpSecret, { keyboard: true });
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
  });

  it('had no console errors, CSP violations or uncaught exceptions', () => {
    for (const problems of watched) problems.expectNone();
  });
});
