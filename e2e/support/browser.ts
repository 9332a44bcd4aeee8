import { AxeBuilder } from '@axe-core/playwright';
import { createGuardrails, generate } from 'otplib';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { chromiumPath } from './global-setup.js';

// Without the background-networking flags Chromium tries to reach the internet and stalls here.
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium with a fresh temporary profile (never a browser downloaded by Playwright). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

export const phoneViewport = { width: 390, height: 844 };

/**
 * A page in a context of its own (own cookies and storage), a phone-sized viewport unless told
 * otherwise, and a Dutch browser, as most people using Regie have. Close it with
 * `page.context().close()`.
 */
export async function newPage(
  browser: Browser,
  options: { viewport?: { width: number; height: number }; locale?: string } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: options.viewport ?? phoneViewport,
    locale: options.locale ?? 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(20_000);
  return context.newPage();
}

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the page as it is now and fails with a readable list of WCAG 2.2 AA violations. */
export async function expectNoAxeViolations(page: Page, where = page.url()): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  if (results.violations.length === 0) return;
  const list = results.violations
    .map((violation) => {
      const targets = violation.nodes.map((node) => `      ${node.target.map(String).join(' ')}`).join('\n');
      return `  - ${violation.id} (${violation.impact ?? 'impact unknown'}): ${violation.help}\n    ${violation.helpUrl}\n${targets}`;
    })
    .join('\n');
  throw new Error(`axe found ${results.violations.length} WCAG 2.2 AA violation(s) on ${where}:\n${list}`);
}

export interface PageProblems {
  /** Console errors (CSP violations among them), uncaught exceptions and server errors, in order. */
  readonly problems: string[];
  /** Fails, listing them, when anything went wrong since the page was opened or since the last `clear()`. */
  expectNone(): void;
  clear(): void;
}

/**
 * Watches a page for what a person would not see but should never happen: console errors
 * (Chromium reports CSP violations there), uncaught exceptions and 5xx answers.
 *
 * A 4xx answer from the API is part of normal work (the web app learns that nobody is signed in
 * from a 401, and shows a 400's field errors); Chromium logs each as "Failed to load resource", so
 * those are ignored for the statuses in `expectedStatuses` (401 by default).
 */
export function watchPageProblems(page: Page, expectedStatuses: readonly number[] = [401]): PageProblems {
  const problems: string[] = [];
  const expectedLoadFailure = (message: ConsoleMessage) => {
    const match = /^Failed to load resource: the server responded with a status of (\d{3})/.exec(message.text());
    return match !== null && expectedStatuses.includes(Number(match[1])) && new URL(message.location().url).pathname.startsWith('/api/');
  };
  page.on('console', (message) => {
    if (message.type() !== 'error' || expectedLoadFailure(message)) return;
    const source = message.location().url;
    problems.push(`console error on ${page.url()}: ${message.text()}${source && source !== page.url() ? ` (${source})` : ''}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught ${error.name} on ${page.url()}: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 500) problems.push(`${response.status()} from ${response.request().method()} ${response.url()}`);
  });
  return {
    problems,
    expectNone() {
      if (problems.length > 0) throw new Error(`The page had ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    },
    clear() {
      problems.length = 0;
    },
  };
}

/** The authenticator secret of every demo professional (README, "Demo accounts"). */
export const demoTotpSecret = 'JBSWY3DPEHPK3PXP';

// The demo secret has 80 bits, below otplib's default minimum; Regie accepts it as well.
const guardrails = createGuardrails({ MIN_SECRET_BYTES: 10 });

/** The code an authenticator app with `secret` shows now, as a person would read it off their phone. */
export function currentTotpCode(secret = demoTotpSecret): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000), guardrails });
}

/** Waits until the next 30-second step has begun, when the app shows a new code. */
export async function waitForNextTotpStep(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 30_000 - (Date.now() % 30_000) + 500));
}

/**
 * Types the code from the app into the code step and sends it. Regie takes each code once, and
 * specs sign the same demo professional in several times: when the code of this 30 seconds was used
 * already, it waits for the next one and tries once more. Resolves once the person is signed in.
 *
 * With `keyboard`, only keys are used: the code field must have focus; after a refusal the error
 * summary has it, and its link leads back to the field.
 */
export async function enterTotpCode(page: Page, secret = demoTotpSecret, options: { keyboard?: boolean } = {}): Promise<void> {
  const codeField = page.getByLabel('Code uit uw app', { exact: true });
  const signedIn = page.getByRole('button', { name: 'Uitloggen', exact: true });
  const refused = page.getByText('Deze code klopt niet, of is al gebruikt.', { exact: false }).first();
  for (let attempt = 0; attempt < 2; attempt++) {
    const code = await currentTotpCode(secret);
    if (options.keyboard) {
      if (attempt > 0) {
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        await page.keyboard.press('ControlOrMeta+A');
      }
      await page.keyboard.type(code);
      await page.keyboard.press('Enter');
    } else {
      await codeField.fill(code);
      await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    }
    await signedIn.or(refused).waitFor();
    if (await signedIn.isVisible()) return;
    await waitForNextTotpStep();
  }
  throw new Error('The code from the app was refused twice');
}

/**
 * Signs in through the sign-in page, as a person would, and waits until it is left. A professional
 * is asked for the code from their app next; it is worked out from the demo secret.
 */
export async function signIn(page: Page, baseUrl: string, email: string, password: string, totpSecret = demoTotpSecret): Promise<void> {
  await page.goto(`${baseUrl}/inloggen`);
  await page.getByLabel('E-mailadres', { exact: true }).fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  const codeField = page.getByLabel('Code uit uw app', { exact: true });
  await page.getByRole('button', { name: 'Uitloggen', exact: true }).or(codeField).waitFor();
  if (await codeField.isVisible()) await enterTotpCode(page, totpSecret);
  await page.waitForURL((url) => url.pathname !== '/inloggen');
}
