import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RespondentType } from '../src/domain/evaluations.js';
import { regieInstrument } from '../src/domain/regie-evaluation.js';
import type { InstrumentList } from '../src/shared/evaluations.js';
import {
  expectNoAxeViolations,
  launchBrowser,
  newPage,
  signIn,
  watchPageProblems,
  type PageProblems,
} from './support/browser.js';
import { demoAccounts, demoOrganisation, demoPassword } from './support/demo.js';
import { startRegie, type RunningRegie } from './support/server.js';

// The organisation admin loads a questionnaire of the organisation's own for relatives, on her phone.
// She reaches the questionnaires page from the organisation page, and tries what people try: a file
// that is not JSON (said at once, nothing sent), a definition with several mistakes (every one listed
// with its place in the file, nothing stored), then a good one, based on Regie's own questionnaire for
// relatives: new rounds ask it of relatives only. She then stops using it, and relatives are back on
// Regie's own while the loaded one stays listed. Axe runs on every page and state.
describe('the organisation admin loads a questionnaire for relatives, and stops using it', () => {
  let regie: RunningRegie;
  let browser: Browser;
  let page: Page;
  const watched: PageProblems[] = [];
  const phone = { width: 360, height: 740 };
  const instrumentsApi = '/api/organisation/instruments';
  const noneLoaded = 'Uw organisatie heeft nog geen eigen vragenlijst geladen. Alle rondes gebruiken de vragenlijsten van Regie.';
  const typeNames: Record<RespondentType, string> = { client: 'Cliënt', relative: 'Naasten', professional: 'Hulpverleners' };

  // Regie's own questionnaire for relatives under an address, version and title of the organisation's
  // own: a definition that certainly passes, and whose title cannot be mistaken for Regie's.
  const own = {
    url: 'urn:ggz-voorbeeld:instrument:r-met-naasten',
    version: '2026.1-proef',
    title: 'R-MET naasten (proef)',
  };
  const ownDefinition = { resourceType: 'Questionnaire', ...regieInstrument('relative', 'nl'), ...own };
  const ownName = `${own.title} (versie ${own.version})`;

  // A small file with four kinds of mistake, so that the list of problems is
  // known exactly: no version, an item without linkId, a choice without options, a scale naming an
  // item that does not exist.
  const brokenDefinition = {
    resourceType: 'Questionnaire',
    url: 'urn:ggz-voorbeeld:instrument:kapot',
    title: 'Kapotte vragenlijst',
    status: 'active',
    item: [
      {
        linkId: 'gehoord',
        type: 'choice',
        text: 'Ik word gehoord in de groep.',
        answerOption: [1, 2, 3, 4, 5].map((code) => ({ valueCoding: { code: String(code) } })),
      },
      { type: 'string', text: 'Wat wilt u nog kwijt?' },
      { linkId: 'rollen', type: 'choice', text: 'Het is duidelijk wie wat doet.' },
    ],
    scoring: { scales: [{ id: 'gehoord', items: ['gehoord', 'zelf-bepalen'], method: 'mean', min: 1, max: 5, minAnswered: 1 }] },
  };
  const brokenProblems = [
    'version: version is missing',
    'item[1].linkId: linkId is missing',
    'item[2].answerOption: a choice item needs at least one answer option',
    'scoring.scales[0].items[1]: unknown item "zelf-bepalen"',
  ];

  /** Every POST that would load a questionnaire, so that "nothing was sent" can be checked. */
  const loadRequests: string[] = [];

  async function checkPage(where: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page, where);
  }

  const loadForm = () => page.getByRole('form', { name: 'Een vragenlijst laden' });
  const inUse = () => page.getByRole('region', { name: 'Wat nieuwe rondes vragen' });
  const loaded = () => page.getByRole('region', { name: 'Geladen vragenlijsten' });

  /** The card of a respondent type under "Wat nieuwe rondes vragen". */
  const inUseCard = (type: RespondentType): Locator =>
    inUse()
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: typeNames[type], exact: true }) });

  /** Waits until the card of `type` names Regie's own questionnaire, as the admin's Dutch page shows it. */
  async function expectRegieOwn(type: RespondentType): Promise<void> {
    const regieOwn = regieInstrument(type, 'nl');
    const card = inUseCard(type);
    await card.getByText(`${regieOwn.title} (versie ${regieOwn.version})`, { exact: true }).waitFor();
    await card.getByText("De vragenlijst van Regie over de thema's van de R-MET.", { exact: true }).waitFor();
  }

  async function chooseFile(name: string, contents: string): Promise<void> {
    await loadForm()
      .getByLabel('JSON-bestand', { exact: true })
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents, 'utf8') });
  }

  /** What the page reads, straight from the API with the admin's session. */
  async function instrumentsFromApi(): Promise<InstrumentList> {
    const response = await page.request.get(`${regie.baseUrl}${instrumentsApi}`);
    expect(response.status()).toBe(200);
    return (await response.json()) as InstrumentList;
  }

  beforeAll(async () => {
    regie = await startRegie();
    browser = await launchBrowser();
    page = await newPage(browser, { viewport: phone });
    // The server answers a definition with mistakes with 422, which the form shows: expected here.
    watched.push(watchPageProblems(page, [401, 422]));
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === instrumentsApi) loadRequests.push(request.url());
    });
  });

  afterAll(async () => {
    await page.context().close();
    await browser.close();
    await regie.stop();
    for (const problems of watched) problems.expectNone();
  });

  it('lets the admin open the questionnaires page from the organisation page', async () => {
    // An admin is a professional: signIn types the code from the demo authenticator when asked.
    await signIn(page, regie.baseUrl, demoAccounts.admin.email, demoPassword);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Organisatie', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: demoOrganisation, exact: true }).waitFor();
    await checkPage('the organisation page');

    await page
      .getByRole('region', { name: 'Vragenlijsten voor evaluatie' })
      .getByRole('link', { name: 'Vragenlijsten bekijken of laden' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Vragenlijsten voor evaluatie', exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/organisatie/vragenlijsten');
    // Nothing loaded yet: every type is asked Regie's own.
    for (const type of ['client', 'relative', 'professional'] as const) await expectRegieOwn(type);
    await loaded().getByText(noneLoaded, { exact: true }).waitFor();
    await checkPage('the questionnaires page');
  });

  it('says at once that a file that is not JSON is not, and sends nothing', async () => {
    const form = loadForm();
    await form
      .getByRole('group', { name: 'Voor wie is deze vragenlijst?' })
      .getByRole('radio', { name: 'Naasten', exact: true })
      .check();
    await chooseFile('vragenlijst.json', 'Naam;Rol\nAnouk de Boer;beheerder\n');
    await checkPage('the load form with a type and a file chosen');
    await form.getByRole('button', { name: 'Vragenlijst laden', exact: true }).click();

    const summaryLink = form.getByRole('link', {
      name: /^JSON-bestand: Dit bestand is geen goede JSON\. Regie heeft niets verstuurd\./,
    });
    await summaryLink.waitFor();
    // The summary takes focus, so that a screen reader says what to fix first.
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('error-summary');
    const fileField = form.getByLabel('JSON-bestand', { exact: true });
    expect(await fileField.getAttribute('aria-invalid')).toBe('true');
    expect(loadRequests).toEqual([]);
    await loaded().getByText(noneLoaded, { exact: true }).waitFor();
    await checkPage('the load form saying the file is not JSON');
  });

  it('lists every problem of a definition with mistakes, with its place in the file, and stores nothing', async () => {
    const form = loadForm();
    await chooseFile('kapotte-vragenlijst.json', JSON.stringify(brokenDefinition, null, 2));
    await form.getByRole('button', { name: 'Vragenlijst laden', exact: true }).click();

    await form.getByRole('heading', { name: 'Dit bestand klopt nog niet', exact: true }).waitFor();
    await form
      .getByText(`Regie heeft niets opgeslagen. Deze ${brokenProblems.length} dingen moeten anders in het bestand:`, {
        exact: true,
      })
      .waitFor();
    // The list of problems is the only list in the form; the file's own field is no longer in error.
    const problems = await form.getByRole('list').getByRole('listitem').allTextContents();
    expect(problems).toEqual(brokenProblems);
    expect(await form.getByLabel('JSON-bestand', { exact: true }).getAttribute('aria-invalid')).toBeNull();
    expect(loadRequests).toHaveLength(1);
    await loaded().getByText(noneLoaded, { exact: true }).waitFor();
    await expectRegieOwn('relative');
    await checkPage('the load form listing the problems of the file');

    const list = await instrumentsFromApi();
    expect(list.loaded).toEqual([]);
    expect(list.inUse.every((entry) => entry.source === 'regie')).toBe(true);
  });

  it("loads a good definition for relatives: new rounds ask it of relatives, and Regie's own of the others", async () => {
    const form = loadForm();
    await chooseFile('r-met-naasten.json', JSON.stringify(ownDefinition, null, 2));
    await form.getByRole('button', { name: 'Vragenlijst laden', exact: true }).click();

    await form
      .getByRole('status')
      .getByText(`Geladen: ${own.title} (Naasten). Nieuwe rondes gebruiken nu deze vragenlijst.`, { exact: true })
      .waitFor();
    await form.getByRole('heading', { name: 'Dit bestand klopt nog niet' }).waitFor({ state: 'detached' });

    const relatives = inUseCard('relative');
    await relatives.getByText(ownName, { exact: true }).waitFor();
    await relatives.getByText('Geladen door uw organisatie.', { exact: true }).waitFor();
    await expectRegieOwn('client');
    await expectRegieOwn('professional');

    const card = loaded().getByRole('article', { name: ownName });
    await card.getByText('Nieuwe rondes gebruiken deze vragenlijst.', { exact: true }).waitFor();
    await card.getByText(own.url, { exact: true }).waitFor();
    await card.getByText(new RegExp(`^door ${demoAccounts.admin.name} op `)).waitFor();
    await checkPage('the questionnaires page with the loaded questionnaire');

    const list = await instrumentsFromApi();
    expect(list.loaded).toHaveLength(1);
    expect(list.loaded[0]).toMatchObject({ respondentType: 'relative', ...own, retiredAt: null });
    expect(list.inUse.map(({ respondentType, source }) => [respondentType, source])).toEqual([
      ['client', 'regie'],
      ['relative', 'organisation'],
      ['professional', 'regie'],
    ]);
  });

  it("stops using it after asking: relatives are back on Regie's own, and the loaded one stays listed", async () => {
    const card = loaded().getByRole('article', { name: ownName });
    await card.getByRole('button', { name: 'Niet meer gebruiken', exact: true }).click();
    const question = card.getByRole('group', { name: `${own.title} niet meer gebruiken?` });
    await question
      .getByText('Nieuwe rondes vragen dan een andere vragenlijst voor deze mensen (Naasten)', { exact: false })
      .waitFor();
    await checkPage('the question before the loaded questionnaire is no longer used');

    await question.getByRole('button', { name: 'Ja, niet meer gebruiken', exact: true }).click();
    await loaded()
      .getByRole('status')
      .filter({ hasText: `${own.title} wordt niet meer gebruikt voor nieuwe rondes.` })
      .waitFor();
    await card.getByText(/^Niet meer gebruikt sinds /).waitFor();
    // Retired is final: there is nothing left to stop.
    expect(await card.getByRole('button', { name: 'Niet meer gebruiken' }).count()).toBe(0);
    for (const type of ['client', 'relative', 'professional'] as const) await expectRegieOwn(type);
    await checkPage('the questionnaires page after the loaded questionnaire was retired');

    const list = await instrumentsFromApi();
    expect(list.loaded).toHaveLength(1);
    expect(list.loaded[0]).toMatchObject({ respondentType: 'relative', ...own });
    expect(list.loaded[0]?.retiredAt).not.toBeNull();
    expect(list.inUse.every((entry) => entry.source === 'regie')).toBe(true);
  });
});
