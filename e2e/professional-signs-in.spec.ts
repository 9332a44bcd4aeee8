import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  currentTotpCode,
  enterTotpCode,
  expectNoAxeViolations,
  launchBrowser,
  newPage,
  signIn,
  watchPageProblems,
  type PageProblems,
} from './support/browser.js';
import { demoAccounts, demoPassword } from './support/demo.js';
import { startRegie, type RunningRegie } from './support/server.js';

// The journeys of signing in with a second factor, on a phone: the demo coordinator signs in with
// password and the code from the app, using the keyboard only; a demo relative turns two-step
// verification on from "Mijn gegevens", keeps the recovery codes, signs in with one, and changes
// their password, which signs them out on their other phone. axe runs on every step.
describe('a professional signs in with the code from the app', () => {
  let regie: RunningRegie;
  let browser: Browser;
  const watched: PageProblems[] = [];

  async function openPage(expectedStatuses?: readonly number[]): Promise<Page> {
    const page = await newPage(browser);
    watched.push(watchPageProblems(page, expectedStatuses));
    return page;
  }

  const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
  const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');
  const focusedLabel = (page: Page) =>
    page.evaluate(() => {
      const element = document.activeElement;
      return element instanceof HTMLInputElement ? (element.labels?.[0]?.textContent ?? '') : '';
    });

  async function check(page: Page, where: string): Promise<void> {
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

  it('the coordinator signs in with password and code, by keyboard, and every step is accessible', async () => {
    const page = await openPage();
    await page.goto(`${regie.baseUrl}/inloggen`);
    await heading(page, 'Inloggen bij Regie').waitFor();
    await check(page, 'the password step');

    await page.getByLabel('E-mailadres', { exact: true }).focus();
    await page.keyboard.type(demoAccounts.coordinator.email);
    await page.keyboard.press('Tab');
    expect(await focusedLabel(page)).toContain('Wachtwoord');
    await page.keyboard.type(demoPassword);
    await page.keyboard.press('Enter');

    // The code step takes focus at its heading; the next Tab is the code field.
    await heading(page, 'Vul de code uit uw app in').waitFor();
    expect(await focusedText(page)).toBe('Vul de code uit uw app in');
    const codeField = page.getByLabel('Code uit uw app', { exact: true });
    expect(await codeField.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await codeField.getAttribute('inputmode')).toBe('numeric');
    await check(page, 'the code step');

    // A mistyped code: the error summary takes focus and says what to do.
    await page.keyboard.press('Tab');
    expect(await focusedLabel(page)).toContain('Code uit uw app');
    const right = await currentTotpCode();
    await page.keyboard.type(String((Number(right) + 500_000) % 1_000_000).padStart(6, '0'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Nog niet alles klopt. Pas dit aan:' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('error-summary');
    await page.getByRole('link', { name: /^Code uit uw app: Deze code klopt niet/ }).waitFor();
    await check(page, 'the code step with a wrong code');

    // Without the phone: a recovery code instead, and back again.
    await page.getByRole('button', { name: 'Ik heb mijn telefoon niet: herstelcode gebruiken', exact: true }).click();
    const recoveryField = page.getByLabel('Herstelcode', { exact: true });
    await recoveryField.waitFor();
    expect(await recoveryField.getAttribute('inputmode')).toBe('text');
    await check(page, 'the code step, recovery code');
    await page.getByRole('button', { name: 'Toch de code uit mijn app gebruiken', exact: true }).click();
    await codeField.waitFor();

    await enterTotpCode(page);
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('heading', { level: 1 }).filter({ hasText: demoAccounts.coordinator.name }).waitFor();
    await check(page, 'the home page after the code');
    await page.context().close();
  });

  it('a relative turns on two-step verification, keeps the recovery codes and signs in with one', async () => {
    const email = 'relative1@demo.regie.test';
    // 400: a field the form shows; 401: not signed in yet, and a code refused.
    const page = await openPage([400, 401]);
    await signIn(page, regie.baseUrl, email, demoPassword);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn gegevens', exact: true }).click();
    await heading(page, 'Mijn gegevens').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Tweestapsverificatie', exact: true }).waitFor();
    await check(page, 'my details, two-step verification off');

    await page.getByRole('button', { name: 'Tweestapsverificatie aanzetten', exact: true }).click();
    const qr = page.getByRole('img', { name: /^QR-code om Regie toe te voegen aan uw app/ });
    await qr.waitFor();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    await check(page, 'my details, setting up the app');

    // "Scanning": the secret shown is what the app would read from the QR code.
    const secret = ((await page.locator('code.secret').textContent()) ?? '').replaceAll(' ', '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await page.getByLabel('Code uit uw app', { exact: true }).fill(await currentTotpCode(secret));
    await page.getByRole('button', { name: 'Bevestigen', exact: true }).click();

    await page.getByRole('heading', { name: 'Bewaar uw herstelcodes', exact: true }).waitFor();
    const codes = await page.getByRole('list', { name: 'Uw herstelcodes' }).getByRole('listitem').allInnerTexts();
    expect(codes).toHaveLength(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    await check(page, 'my details, the recovery codes');
    await page.getByRole('button', { name: 'Ik heb ze bewaard', exact: true }).click();
    await page.getByText('Tweestapsverificatie staat nu aan.').waitFor();
    await page.getByText('Tweestapsverificatie staat aan. U logt in met uw wachtwoord en een code uit uw app.').waitFor();
    await check(page, 'my details, two-step verification on');

    // Signing in again asks for the code; a recovery code does it when the phone is not at hand.
    await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
    await heading(page, 'Inloggen bij Regie').waitFor();
    await page.getByLabel('E-mailadres', { exact: true }).fill(email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(demoPassword);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await heading(page, 'Vul de code uit uw app in').waitFor();
    await page.getByRole('button', { name: 'Ik heb mijn telefoon niet: herstelcode gebruiken', exact: true }).click();
    await page.getByLabel('Herstelcode', { exact: true }).fill((codes[0] ?? '').toUpperCase());
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();

    // A second phone, signed in with the app; then a new password signs that phone out.
    const phone = await openPage();
    await signIn(phone, regie.baseUrl, email, demoPassword, secret);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn gegevens', exact: true }).click();
    const form = page.getByRole('form', { name: 'Wachtwoord veranderen' });
    await form.getByLabel('Huidig wachtwoord', { exact: true }).fill(demoPassword);
    await form.getByLabel('Nieuw wachtwoord', { exact: true }).fill('wachtwoord2026');
    await form.getByRole('button', { name: 'Wachtwoord veranderen', exact: true }).click();
    await form.getByRole('link', { name: /^Nieuw wachtwoord: Dit wachtwoord gebruiken veel mensen/ }).waitFor();
    await check(page, 'my details, a common new password');
    await form.getByLabel('Nieuw wachtwoord', { exact: true }).fill('fiets regen koffie lamp');
    await form.getByRole('button', { name: 'Wachtwoord veranderen', exact: true }).click();
    await page.getByText('Uw wachtwoord is veranderd. Op uw andere apparaten bent u nu uitgelogd.').waitFor();
    await check(page, 'my details, password changed');

    await phone.reload();
    await heading(phone, 'Inloggen bij Regie').waitFor();
    await phone.context().close();
    await page.context().close();
  });

  it('the admin signs a professional out on every device', async () => {
    const coordinator = await openPage();
    await signIn(coordinator, regie.baseUrl, 'clinician@demo.regie.test', demoPassword);
    const page = await openPage();
    await signIn(page, regie.baseUrl, demoAccounts.admin.email, demoPassword);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Organisatie', exact: true }).click();
    const card = page.getByRole('listitem').filter({ hasText: 'Ruben Vermeulen' });
    await card.getByRole('button', { name: 'Overal uitloggen', exact: true }).click();
    await card.getByText(/^Wilt u Ruben Vermeulen uitloggen op alle apparaten\?/).waitFor();
    await check(page, 'the organisation page, asking to sign out everywhere');
    await card.getByRole('button', { name: 'Ja, overal uitloggen', exact: true }).click();
    await card.getByText('Ruben Vermeulen is nu uitgelogd op alle apparaten.').waitFor();
    await check(page, 'the organisation page, signed out everywhere');

    await coordinator.reload();
    await heading(coordinator, 'Inloggen bij Regie').waitFor();
    await coordinator.context().close();
    await page.context().close();
  });

  it('had no console errors, CSP violations or server errors on any page', () => {
    for (const problems of watched) problems.expectNone();
  });
});
