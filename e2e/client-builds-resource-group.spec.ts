import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpCatcher, type SmtpCatcher } from '../src/server/testing/smtp-catcher.js';
import {
  expectNoAxeViolations,
  launchBrowser,
  newPage,
  signIn,
  watchPageProblems,
  type PageProblems,
} from './support/browser.js';
import { demoPassword, otherOrganisationClient } from './support/demo.js';
import { startRegie, type RunningRegie } from './support/server.js';

// The journey of issue 4: a client, with her coordinator's help, goes from "no group yet" to a group
// of people who said yes. Ilse (the demo client of the other organisation, who has no group yet)
// starts her group, makes her network map by keyboard only, nominates three people and moves on to
// the deepening phase; one nominee accepts by the link in her mail; the coordinator records two
// in-depth conversations. The timeline then shows phase 1 done and phase 2 in progress. Axe runs on
// every page and state.
describe('a client builds her resource group with her coordinator', () => {
  let smtp: SmtpCatcher;
  let regie: RunningRegie;
  let browser: Browser;
  const watched: PageProblems[] = [];
  const client = { email: 'client7@oost.regie.test', name: otherOrganisationClient, firstName: 'Ilse' };
  const coordinator = { email: 'coordinator@oost.regie.test', name: 'Yusuf Demir' };
  const groupName = 'Groep van Ilse';
  // Typed letters pick the relation in the select by keyboard, as a person would.
  const people = [
    { name: 'Mirjam Mulder', letters: 'b', email: 'mirjam.mulder@voorbeeld.test', closer: true },
    { name: 'Karel Mulder', letters: 'o' },
    { name: 'Sven de Groot', letters: 'vr', closer: true },
    { name: 'Anja Peters', letters: 'bu' },
    { name: 'Lisa van Dam', letters: 'coll' },
    { name: 'Dokter Bos', letters: 'h' },
  ] as const;
  const nominees = ['Mirjam Mulder', 'Sven de Groot', 'Anja Peters'] as const;
  let clientId = '';
  let invitationLink = '';

  async function freshPage(expectedStatuses?: readonly number[]): Promise<Page> {
    const page = await newPage(browser);
    watched.push(watchPageProblems(page, expectedStatuses));
    return page;
  }

  async function checkPage(page: Page, where: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page, where);
  }

  const status = (scope: Page | Locator, text: string | RegExp) => scope.getByRole('status').filter({ hasText: text }).first();
  const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    regie = await startRegie({ env: { SMTP_URL: smtp.url } });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
    await regie.stop();
    await smtp.close();
    for (const problems of watched) problems.expectNone();
  });

  it('lets the client start her group from her home page', async () => {
    const page = await freshPage();
    await signIn(page, regie.baseUrl, client.email, demoPassword);
    const own = page.getByRole('region', { name: 'Mijn resourcegroep' });
    await checkPage(page, "the client's home page without a group");
    await own.getByRole('link', { name: 'Uw resourcegroep beginnen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Uw resourcegroep' }).waitFor();
    clientId = /\/clienten\/([0-9a-f-]{36})\/groep$/.exec(new URL(page.url()).pathname)?.[1] ?? '';
    expect(clientId).not.toBe('');
    await page.getByRole('heading', { name: 'Wat is een resourcegroep?' }).waitFor();
    await checkPage(page, 'the group page before there is a group');

    const name = page.getByLabel('Naam van de groep');
    expect(await name.inputValue()).toBe(groupName);
    await page.getByRole('button', { name: 'Groep beginnen' }).click();
    await page.getByRole('heading', { level: 1, name: groupName }).waitFor();
    const current = page.locator('li[aria-current="step"]');
    await current.getByRole('heading', { name: 'Fase 1: Voorbereiding' }).waitFor();
    await page.getByRole('region', { name: 'Volgende stap' }).waitFor();
    await checkPage(page, 'the new group in phase 1');
    await page.context().close();
  });

  it('lets her put six people on her network map by keyboard only, and nominate three of them', async () => {
    const page = await freshPage();
    await signIn(page, regie.baseUrl, client.email, demoPassword);
    await page.goto(`${regie.baseUrl}/clienten/${clientId}/netwerkkaart`);
    await page.getByRole('heading', { level: 1, name: 'Uw netwerkkaart' }).waitFor();
    await checkPage(page, 'the empty network map');

    const nameField = page.getByLabel('Naam', { exact: true });
    await nameField.focus();
    for (const person of people) {
      // Focus goes back to the name field after each save; wait for it on a slow machine.
      await expect.poll(() => nameField.evaluate((element) => element === document.activeElement)).toBe(true);
      await page.keyboard.type(person.name);
      await page.keyboard.press('Tab'); // the relation
      await page.keyboard.press('ArrowDown');
      await page.getByRole('listbox').waitFor();
      await page.keyboard.type(person.letters);
      await page.keyboard.press('Enter');
      // The list closes and hands focus back to the relation's button a moment later; a person
      // sees that before going on, and a Tab pressed before it would start from the page's top.
      await page.getByRole('listbox').waitFor({ state: 'hidden' });
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-haspopup') === 'listbox'))
        .toBe(true);
      // Past "informal or formal" and the life area, which the relation filled in, to the ring.
      for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
      if ('closer' in person) await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Tab'); // the wish
      await page.keyboard.press('Tab'); // the email address
      if ('email' in person) await page.keyboard.type(person.email);
      await page.keyboard.press('Enter');
      await status(page, `${person.name} staat nu op de kaart`).waitFor();
    }
    await page.getByText('Op de kaart staan 6 mensen.').waitFor();
    await checkPage(page, 'the network map with six people');

    await page.getByRole('tab', { name: 'Lijst' }).click();
    for (const nominee of nominees) {
      await page.getByRole('button', { name: `Nomineer voor de groep: ${nominee}` }).press('Enter');
      await status(page, `${nominee} is genomineerd voor de groep.`).waitFor();
    }
    await checkPage(page, 'the list with three nominees');

    await page.getByRole('tab', { name: 'Tekening' }).click();
    const drawing = page.getByRole('group', { name: `Netwerkkaart van ${client.name}` });
    const mirjam = drawing.getByRole('button', { name: /^Mirjam Mulder, / });
    await mirjam.focus();
    await page.keyboard.press('ArrowDown');
    await status(page, 'Mirjam Mulder staat nu in de middelste ring').waitFor();
    await page.keyboard.press('ArrowUp');
    await status(page, 'Mirjam Mulder staat nu in de binnenste ring').waitFor();
    await checkPage(page, 'the drawing after moving someone by keyboard');
    await page.context().close();
  });

  it('lets her tick what Regie cannot see, move on to the deepening phase, and invite a nominee by mail', async () => {
    const page = await freshPage();
    await signIn(page, regie.baseUrl, client.email, demoPassword);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn groep' }).click();
    await page.getByRole('heading', { level: 1, name: groupName }).waitFor();

    // The box follows what the server stored, so it is checked once the tick is saved.
    const explained = page.getByRole('checkbox', { name: 'Uitleg gehad over hoe een resourcegroep werkt' });
    await explained.click();
    await status(page, 'Uitleg gehad over hoe een resourcegroep werkt').waitFor();
    await expect.poll(() => explained.isChecked()).toBe(true);

    const move = page.getByRole('region', { name: 'Fase veranderen' });
    await move.getByRole('button', { name: 'Naar fase 2' }).click();
    await move.getByRole('button', { name: 'Ja, naar fase 2' }).click();
    await status(page, 'De groep is nu in fase 2: Verdieping.').waitFor();

    const members = page.getByRole('region', { name: 'Leden' });
    await members.getByRole('button', { name: 'Uitnodiging mailen aan Mirjam Mulder' }).click();
    await status(members, /Mirjam Mulder/).waitFor();
    for (const nominee of ['Sven de Groot', 'Anja Peters']) {
      await members.getByRole('button', { name: `Vastleggen dat ${nominee} is gevraagd` }).click();
      const form = members.getByRole('group', { name: `Wie vroeg ${nominee}?` });
      await form.getByRole('radio', { name: `De regieondersteuner, ${coordinator.name}` }).check();
      await members.getByRole('button', { name: 'Opslaan', exact: true }).click();
      await status(members, nominee).waitFor();
    }
    await checkPage(page, 'the group in phase 2 with everyone approached');
    await page.context().close();
  });

  it("mails the nominee a link that says nothing about the client's care", async () => {
    const mail = await smtp.waitFor((m) => m.recipients.includes('mirjam.mulder@voorbeeld.test'), { timeoutMs: 10_000 });
    expect(mail.raw).not.toContain(client.name);
    expect(mail.raw).not.toContain(groupName);
    const found = new RegExp(`${regie.baseUrl}/uitnodiging#[A-Za-z0-9_-]{43}`).exec(mail.text);
    expect(found, mail.text).not.toBeNull();
    invitationLink = found?.[0] ?? '';
  });

  it('lets the nominee accept on her own phone, as a relative', async () => {
    const page = await freshPage([401]);
    await page.goto(invitationLink);
    await page.getByRole('heading', { level: 1, name: `Een vraag van ${client.name}` }).waitFor();
    await checkPage(page, 'the group invitation');
    const accept = page.getByRole('form', { name: 'Ja, ik doe mee' });
    await accept.getByLabel('Wachtwoord', { exact: true }).fill('zonnebloem op het balkon');
    await accept.getByRole('button', { name: 'Wachtwoord opslaan en meedoen' }).click();
    await page.waitForURL(`${regie.baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Welkom, Mirjam Mulder' }).waitFor();
    await page.getByRole('region', { name: `De resourcegroep van ${client.name}` }).waitFor();
    await checkPage(page, "the new relative's home page");
    await page.context().close();
  });

  it('lets the coordinator record two in-depth conversations, which the timeline follows', async () => {
    const page = await freshPage();
    await signIn(page, regie.baseUrl, coordinator.email, demoPassword);
    await page.goto(`${regie.baseUrl}/clienten/${clientId}/groep`);
    await page.getByRole('heading', { level: 1, name: groupName }).waitFor();
    const members = page.getByRole('region', { name: 'Leden' });
    await members.getByText('Mirjam Mulder').first().waitFor();
    await checkPage(page, "the coordinator's view of the group");

    await page.goto(`${regie.baseUrl}/clienten/${clientId}/verdiepingsgesprekken`);
    await page.getByRole('heading', { level: 1, name: 'Verdiepingsgesprekken' }).waitFor();
    await checkPage(page, 'the conversations page before any conversation');
    for (const member of ['Mirjam Mulder', 'Sven de Groot']) {
      await page.getByRole('button', { name: `Gesprek met ${member} opschrijven` }).click();
      const form = page.getByRole('form', { name: `Gesprek met ${member}` });
      await form.getByLabel('Datum van het gesprek').fill(today());
      await form.getByRole('checkbox', { name: 'Wat het groepslid verwacht van de groep' }).check();
      await form.getByRole('checkbox', { name: 'Welke rol het groepslid wil in de groep' }).check();
      await form.getByLabel(/^Korte aantekeningen/).fill('Wil vooral praktisch helpen; weinig tijd door werk.');
      await form.getByRole('button', { name: 'Gesprek opslaan' }).click();
      await status(page, `Het gesprek met ${member} is opgeslagen.`).waitFor();
    }
    await checkPage(page, 'the conversations page with two records');

    await page.goto(`${regie.baseUrl}/clienten/${clientId}/groep`);
    const timeline = page.getByRole('region', { name: 'De 6 fasen' });
    const phaseOne = timeline.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Fase 1: Voorbereiding' }) });
    await phaseOne.getByText('Afgerond').first().waitFor();
    const current = timeline.locator('li[aria-current="step"]');
    await current.getByRole('heading', { name: 'Fase 2: Verdieping' }).waitFor();
    await current.getByText('Nu bezig').first().waitFor();
    // Anja was asked but has had no conversation yet: the deepening is not complete.
    await page
      .getByRole('region', { name: 'Volgende stap' })
      .getByText(/verdiepingsgesprek/i)
      .first()
      .waitFor();
    await checkPage(page, 'the timeline with phase 1 done and phase 2 in progress');
    await page.context().close();
  });
});
