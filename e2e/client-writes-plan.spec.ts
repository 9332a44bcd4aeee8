import type { Browser, Locator, Page } from 'playwright-core';
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

// The journey of issue 5: a client writes her resource group plan. Fatima (the demo client in phase
// 2, whose plan is not begun) writes two long-term and three short-term goals, is refused a sixth
// with the method's reason, and makes working agreements for her brother and her coordinator. Her
// brother finds his agreement under "Mijn afspraken" and marks it done; Fatima sees it done. She
// starts her signalling plan, which opens, on a 360-pixel-wide phone, in two taps from the home
// page, for her and for her brother. Axe runs on every page and state.
describe('a client writes her plan, and her group takes it on', () => {
  let regie: RunningRegie;
  let browser: Browser;
  const watched: PageProblems[] = [];
  const client = { email: 'client2@demo.regie.test', name: 'Fatima El Amrani' };
  const relative = { email: 'relative2@demo.regie.test', name: 'Karim El Amrani' };
  const coordinator = 'Esmee van Dijk';
  const longGoals = [
    {
      text: 'Ik wil mijn geldzaken zelf weer overzien.',
      dimension: 'Maatschappelijk herstel',
      measure: 'Ik weet elke maand wat er binnenkomt en wat eruit gaat.',
    },
    {
      text: 'Ik wil weer vriendinnen hebben om mee af te spreken.',
      dimension: 'Persoonlijk herstel',
      measure: 'Ik spreek twee keer per maand met iemand af.',
    },
  ];
  const shortGoals = [
    { text: 'Elke maandag de post openmaken.', serves: longGoals[0]?.text ?? '' },
    { text: 'Een overzicht maken van mijn schulden.', serves: longGoals[0]?.text ?? '' },
    { text: 'Sara een berichtje sturen.', serves: longGoals[1]?.text ?? '' },
  ];
  const agreements = {
    relative: 'Op maandag samen met Fatima de post doornemen.',
    coordinator: 'Een afspraak maken bij de schuldhulpverlening.',
  };
  const crisisContact = { name: 'Crisisdienst GGZ Voorbeeld', phone: '020 000 1299' };
  const phone = { width: 360, height: 740 };

  async function freshPage(): Promise<Page> {
    const page = await newPage(browser, { viewport: phone });
    watched.push(watchPageProblems(page, [401, 409]));
    return page;
  }

  async function checkPage(page: Page, where: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page, where);
  }

  /** Nothing on the page is wider than the phone: no sideways scrolling. */
  async function expectFitsWidth(page: Page): Promise<void> {
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
  }

  const status = (scope: Page | Locator, text: string | RegExp) => scope.getByRole('status').filter({ hasText: text }).first();

  async function addGoal(
    page: Page,
    goal: { horizon: 'long' | 'short'; text: string; dimension?: string; measure?: string; serves?: string },
  ): Promise<Locator> {
    await page.getByRole('button', { name: 'Doel toevoegen' }).click();
    const form = page.getByRole('group', { name: 'Nieuw doel' });
    await form
      .getByRole('radio', {
        name:
          goal.horizon === 'long'
            ? 'Voor de lange termijn: waar wil ik naartoe?'
            : 'Voor de korte termijn: een stap die ik nu zet',
      })
      .check();
    await form.getByLabel('Uw doel, in uw eigen woorden').fill(goal.text);
    await form.getByRole('radio', { name: new RegExp(`^${goal.dimension ?? 'Persoonlijk herstel'}`) }).check();
    if (goal.measure) await form.getByLabel('Hoe merk ik dat het gelukt is?').fill(goal.measure);
    if (goal.serves) await form.getByRole('radio', { name: goal.serves }).check();
    await form.getByRole('button', { name: 'Doel opslaan' }).click();
    return form;
  }

  const goalCard = (page: Page, horizon: 'long' | 'short', text: string) =>
    page.getByRole('article', { name: `Doel voor de ${horizon === 'long' ? 'lange' : 'korte'} termijn: ${text}` });

  beforeAll(async () => {
    regie = await startRegie();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
    await regie.stop();
    for (const problems of watched) problems.expectNone();
  });

  it('lets the client write two long-term and three short-term goals, and refuses a sixth with the reason', async () => {
    const page = await freshPage();
    await signIn(page, regie.baseUrl, client.email, demoPassword);
    await page.getByRole('region', { name: 'Uw plan en afspraken' }).getByRole('link', { name: 'Plan', exact: true }).click();
    await page.getByRole('heading', { name: 'Doelen' }).waitFor();
    await checkPage(page, 'the empty plan');

    for (const goal of longGoals) {
      await addGoal(page, { horizon: 'long', ...goal });
      await goalCard(page, 'long', goal.text).waitFor();
    }
    await checkPage(page, 'the plan with two long-term goals');
    for (const goal of shortGoals) {
      await addGoal(page, { horizon: 'short', ...goal });
      await goalCard(page, 'short', goal.text).waitFor();
    }
    // A step sits under the long-term goal it serves.
    await goalCard(page, 'long', longGoals[0]?.text ?? '')
      .getByRole('article', { name: `Doel voor de korte termijn: ${shortGoals[1]?.text ?? ''}` })
      .waitFor();
    await page.getByText('Er is geen plaats meer voor een nieuw doel.').waitFor();
    await checkPage(page, 'the plan with five goals');

    const form = await addGoal(page, { horizon: 'short', text: 'Zelf de huur betalen.' });
    const refusal = page.getByRole('alert').filter({ hasText: 'Dit doel kan er nu niet bij.' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('hoogstens 3 doelen voor de korte termijn');
    expect(await refusal.textContent()).toContain('aandacht geven aan elk doel');
    await checkPage(page, 'the refused sixth goal');
    await form.getByRole('button', { name: 'Stoppen zonder opslaan' }).click();
    expect(await page.getByRole('article', { name: /Zelf de huur betalen/ }).count()).toBe(0);
    await page.context().close();
  });

  it('lets her make working agreements for her brother and her coordinator', async () => {
    const page = await freshPage();
    await signIn(page, regie.baseUrl, client.email, demoPassword);
    await page.getByRole('region', { name: 'Uw plan en afspraken' }).getByRole('link', { name: 'Plan', exact: true }).click();
    await page.getByRole('heading', { name: 'Werkafspraken' }).waitFor();
    for (const [who, what] of [
      [`${relative.name} (naaste)`, agreements.relative],
      [`${coordinator} (regieondersteuner)`, agreements.coordinator],
    ] as const) {
      await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
      const form = page.getByRole('group', { name: 'Nieuwe werkafspraak' });
      await form.getByLabel('Wat wordt er gedaan?').fill(what);
      await form.getByRole('radio', { name: who }).check();
      await form.getByRole('button', { name: 'Afspraak opslaan' }).click();
      await page.getByRole('article', { name: what }).waitFor();
    }
    await expect.poll(() => page.getByRole('article', { name: agreements.relative }).textContent()).toContain('Open');
    await checkPage(page, 'the plan with two agreements');
    await page.context().close();
  });

  it('lets her brother find his agreement under "Mijn afspraken" and mark it done', async () => {
    const page = await freshPage();
    await signIn(page, regie.baseUrl, relative.email, demoPassword);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn afspraken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn afspraken' }).waitFor();
    await page.getByText(agreements.relative).waitFor();
    // Only his own: the coordinator's agreement is not on his list.
    expect(await page.getByText(agreements.coordinator).count()).toBe(0);
    await checkPage(page, "the relative's agreements");
    await page.getByRole('button', { name: `Gedaan: ${agreements.relative}` }).click();
    await status(page, 'staat nu bij Afgerond').waitFor();
    await page.getByRole('button', { name: `Toch nog niet klaar: ${agreements.relative}` }).waitFor();
    await checkPage(page, "the relative's agreement done");
    await page.context().close();
  });

  it('shows the client the agreement done', async () => {
    const page = await freshPage();
    await signIn(page, regie.baseUrl, client.email, demoPassword);
    await page.getByRole('region', { name: 'Uw plan en afspraken' }).getByRole('link', { name: 'Plan', exact: true }).click();
    const agreement = page.getByRole('article', { name: agreements.relative });
    await agreement.waitFor();
    expect(await agreement.textContent()).toContain('Stand: Gedaan');
    expect(await page.getByRole('article', { name: agreements.coordinator }).textContent()).toContain('Stand: Open');
    await page.context().close();
  });

  it('opens the signalling plan on a 360-pixel-wide phone in two taps, for the client and for her brother', async () => {
    const page = await freshPage();
    await signIn(page, regie.baseUrl, client.email, demoPassword);
    await page.getByRole('region', { name: 'Uw plan en afspraken' }).getByRole('link', { name: 'Signaleringsplan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Uw signaleringsplan' }).waitFor();
    await checkPage(page, 'the signalling plan not started');
    await page.getByRole('link', { name: 'Begin met het signaleringsplan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Signaleringsplan maken' }).waitFor();
    await checkPage(page, 'the signalling plan editor');

    await page.getByRole('button', { name: 'Telefoonnummer toevoegen' }).click();
    const contact = page.getByRole('group', { name: 'Contact 1' });
    await contact.getByLabel('Naam').fill(crisisContact.name);
    await contact.getByLabel('Telefoonnummer').fill(crisisContact.phone);
    const firstPhase = page.getByRole('group', { name: /^Fase 1 van 4/ });
    await firstPhase.getByLabel('Wat merk ik zelf').fill('Ik slaap goed en doe mijn boodschappen.');
    await page.getByLabel('Wat helpt', { exact: true }).fill('Wandelen met Sara.');
    await page.getByRole('button', { name: 'Signaleringsplan opslaan' }).click();
    await status(page, 'Het signaleringsplan is opgeslagen.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Uw signaleringsplan' }).waitFor();
    await page
      .getByRole('region', { name: 'Bel bij een crisis' })
      .getByRole('link', { name: `Bel ${crisisContact.name} ${crisisContact.phone}` })
      .waitFor();
    await page.getByRole('heading', { level: 3, name: 'Fase 4 van 4: Crisis' }).waitFor();
    await expectFitsWidth(page);
    await checkPage(page, 'the signalling plan on a phone');
    await page.context().close();

    const brother = await freshPage();
    await signIn(brother, regie.baseUrl, relative.email, demoPassword);
    await brother
      .getByRole('region', { name: `Het plan van de groep van ${client.name}` })
      .getByRole('link', { name: 'Signaleringsplan' })
      .click();
    await brother.getByRole('heading', { level: 1, name: `Signaleringsplan van ${client.name}` }).waitFor();
    await brother.getByRole('link', { name: `Bel ${crisisContact.name} ${crisisContact.phone}` }).waitFor();
    expect(await brother.getByRole('link', { name: 'Signaleringsplan aanpassen' }).count()).toBe(0);
    await expectFitsWidth(brother);
    await checkPage(brother, "the signalling plan on the relative's phone");
    await brother.context().close();
  });
});
