import { AxeBuilder } from '@axe-core/playwright';
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

/** Signs in through the sign-in page, as a person would, and waits until it is left. */
export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/inloggen`);
  await page.getByLabel('E-mailadres', { exact: true }).fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/inloggen');
}
