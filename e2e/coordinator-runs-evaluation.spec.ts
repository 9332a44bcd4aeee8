import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoundResults } from '../src/shared/evaluations.js';
import { startSmtpCatcher, type SmtpCatcher } from '../src/server/testing/smtp-catcher.js';
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

// The journey of issue 7: the coordinator starts an evaluation round for Noor's group (the demo
// group in phase 5 without an open round, whose client, one relative with an account and the
// clinician are members, and Ahmed, known only from Noor's network map with his address there).
// Ahmed gets a personal link by mail and opens his questionnaire without signing in, but does not
// send it. Noor, her friend Jolien and the clinician Ruben each answer on their phone, Noor from the
// block on her home page, Jolien from the link in her mail; Jolien does not agree to be shown as the
// only relative who answers. Esmee, asked as well, answers first; after Ruben's answer she closes the
// round by hand. The results show the themes by respondent type and say that the relatives' answers
// are hidden, with no score of theirs anywhere. Then the team lead opens the team's figures and
// records an improvement action. Axe runs on every page and state.
describe('a coordinator runs an evaluation round, the group answers, and the team lead acts on the figures', () => {
  let regie: RunningRegie;
  let smtp: SmtpCatcher;
  let browser: Browser;
  const watched: PageProblems[] = [];
  const phone = { width: 360, height: 740 };
  const coordinator = { email: 'coordinator@demo.regie.test', name: 'Esmee van Dijk' };
  const client = { email: 'client5@demo.regie.test', name: 'Noor Visser' };
  const relative = { email: 'relative5@demo.regie.test', name: 'Jolien Bosman' };
  const clinician = { email: 'clinician@demo.regie.test', name: 'Ruben Vermeulen' };
  /** On Noor's network map with an address, no account: asked by a personal link. */
  const mapMember = { email: 'ahmed.benali@voorbeeld.test', name: 'Ahmed Benali' };
  const teamLead = { email: 'teamlead@demo.regie.test', name: 'Marloes Hendriks' };
  const relativeRemark = 'Ik vind het fijn dat ik mag meedenken.';
  const action = {
    what: 'Elke groep bespreekt de uitkomsten van de evaluatie in de eerstvolgende bijeenkomst.',
    why: 'Naasten zien hun antwoorden liever niet alleen terug. Samen praten helpt meer.',
  };
  let roundUrl = '';
  let questionnairePath = '';
  let personalLink = '';

  async function freshPage(): Promise<Page> {
    const page = await newPage(browser, { viewport: phone });
    watched.push(watchPageProblems(page, [401, 403]));
    return page;
  }

  async function checkPage(page: Page, where: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page, where);
  }

  /**
   * Answers every statement with 'Mee eens' (one 'Weet ik niet'), writes a remark if given, and
   * says whether the group may see the scores of the respondent's type when they are its only one.
   */
  async function answerQuestionnaire(page: Page, who: string, options: { consent: boolean; remark?: string }): Promise<void> {
    await page.getByRole('button', { name: 'Versturen' }).waitFor();
    await checkPage(page, `the questionnaire of ${who}`);
    const questions = page.getByRole('radiogroup');
    const count = await questions.count();
    expect(count, `statements for ${who}`).toBeGreaterThan(10);
    for (let index = 0; index < count; index++) {
      const answer = index === 1 ? 'Weet ik niet' : 'Mee eens';
      await questions.nth(index).getByRole('radio', { name: answer, exact: true }).check();
    }
    if (options.remark !== undefined) await page.getByLabel('Wat wilt u nog kwijt over de groep?').fill(options.remark);
    const consent = page.getByRole('checkbox', { name: /^De groep mag/ });
    if (options.consent) await consent.check();
    expect(await consent.isChecked()).toBe(options.consent);
    await checkPage(page, `the filled questionnaire of ${who}`);
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.getByRole('heading', { name: 'Dank u wel!' }).waitFor();
    await checkPage(page, `the thanks after ${who} answered`);
  }

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    regie = await startRegie({ env: { SMTP_URL: smtp.url, JOB_POLL_MS: '200' } });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
    await regie.stop();
    await smtp.close();
    for (const problems of watched) problems.expectNone();
  });

  it('lets the coordinator start a round for the group from its evaluation page, and answer her own questionnaire', async () => {
    const page = await freshPage();
    await signIn(page, regie.baseUrl, coordinator.email, demoPassword);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Cliënten', exact: true }).click();
    await page.getByRole('link', { name: client.name, exact: true }).click();
    await page.getByRole('link', { name: `Naar de resourcegroep van ${client.name}` }).click();
    await page.getByRole('link', { name: 'Evaluatie', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Evaluatie' }).waitFor();
    // The earlier rounds of the demo are there, none open; Hanneke and Roos have neither an account nor
    // an address on the map. Ahmed has an address there: he is asked by mail.
    await page.getByRole('heading', { name: 'Eerdere evaluaties' }).waitFor();
    const notAsked = page.getByRole('region', { name: 'Wie krijgt geen vragenlijst?' });
    for (const name of ['Hanneke Visser', 'Roos van der Linden']) await notAsked.getByText(name, { exact: true }).waitFor();
    expect(await notAsked.getByText(mapMember.name, { exact: true }).count()).toBe(0);
    await checkPage(page, 'the evaluation page before the round');

    await page.getByRole('button', { name: 'Evaluatie starten' }).click();
    await page.getByText('De evaluatie is gestart. De mensen in de groep krijgen een e-mail.').waitFor();
    await page.getByText('0 van de 5 mensen hebben de vragenlijst ingevuld.').waitFor();
    await checkPage(page, 'the evaluation page with the round just started');

    // She is asked too, as a professional in the group: she answers first.
    await page.getByRole('link', { name: 'Vragenlijst invullen' }).first().click();
    await answerQuestionnaire(page, 'the coordinator', { consent: false });
    await page.context().close();
  });

  it('mails everyone else asked a link to their questionnaire, without a name or a word about care', async () => {
    const mails = await Promise.all(
      [client, relative, clinician].map((person) =>
        smtp.waitFor((mail) => mail.recipients.includes(person.email), { timeoutMs: 20_000 }),
      ),
    );
    for (const mail of mails) {
      const words = `${mail.subject}\n${mail.text}`;
      expect(words).not.toContain('Noor');
      expect(words).not.toContain('kring');
      expect(mail.text).toMatch(/\/clienten\/[^/\s]+\/evaluatie\/[^/\s]+\/invullen/);
    }
    expect(smtp.mails.some((mail) => mail.recipients.includes(coordinator.email))).toBe(false);
    questionnairePath = /\/clienten\/[^/\s]+\/evaluatie\/[^/\s]+\/invullen/.exec(mails[1]?.text ?? '')?.[0] ?? '';
    roundUrl = `${regie.baseUrl}${questionnairePath.replace(/\/invullen$/, '')}`;

    // Ahmed's mail carries his personal link: the secret only in the #fragment, no name in it.
    const linkMail = await smtp.waitFor((mail) => mail.recipients.includes(mapMember.email), { timeoutMs: 20_000 });
    const words = `${linkMail.subject}\n${linkMail.text}`;
    expect(words).not.toContain('Noor');
    expect(words).not.toContain(mapMember.name);
    const link = /https?:\/\/\S+\/vragenlijst#([A-Za-z0-9_-]+)/.exec(linkMail.text);
    expect(link?.[1]).toHaveLength(43);
    personalLink = link?.[0] ?? '';
  });

  it('opens the personal link without signing in: the questionnaire shows, and the secret leaves the address bar', async () => {
    const page = await freshPage();
    await page.goto(personalLink.replace(/^https?:\/\/[^/]+/, regie.baseUrl));
    await page.getByText(`Over de resourcegroep van ${client.name}`).waitFor();
    await page.getByRole('button', { name: 'Versturen' }).waitFor();
    expect(new URL(page.url()).hash).toBe('');
    expect(new URL(page.url()).pathname).toBe('/vragenlijst');
    await checkPage(page, 'the questionnaire opened with a personal link');
    // He leaves it for now: the round waits for him until the coordinator closes it.
    await page.context().close();
  });

  it('lets the client answer on her phone from the block on her home page, and agree to be shown', async () => {
    const page = await freshPage();
    await signIn(page, regie.baseUrl, client.email, demoPassword);
    const waiting = page.getByRole('region', { name: 'Vragenlijst voor u' });
    await waiting.waitFor();
    await checkPage(page, "the client's home page with a questionnaire waiting");
    await waiting.getByRole('link', { name: 'Vragenlijst invullen' }).click();
    await answerQuestionnaire(page, 'the client', { consent: true });
    await page.context().close();
  });

  it('lets the relative answer on her phone from the link in her mail, without agreeing to be shown alone', async () => {
    const page = await freshPage();
    await signIn(page, regie.baseUrl, relative.email, demoPassword);
    await page.goto(`${regie.baseUrl}${questionnairePath}`);
    // Ahmed is asked as a relative too: her consent counts only if she turns out to be the only one who answers.
    await page.getByText('Meer naasten krijgen deze lijst.', { exact: false }).waitFor();
    await answerQuestionnaire(page, 'the relative', { consent: false, remark: relativeRemark });
    await page.context().close();
  });

  it('lets the clinician answer on his phone; Ahmed has not answered, so the round stays open', async () => {
    const page = await freshPage();
    await signIn(page, regie.baseUrl, clinician.email, demoPassword);
    const waiting = page.getByRole('region', { name: 'Vragenlijst voor u' });
    await waiting.waitFor();
    await checkPage(page, "the clinician's home page with a questionnaire waiting");
    await waiting.getByRole('link', { name: 'Vragenlijst invullen' }).click();
    await answerQuestionnaire(page, 'the clinician', { consent: false });
    await page.context().close();
  });

  it('lets the coordinator close the round by hand, after confirming', async () => {
    const page = await freshPage();
    await signIn(page, regie.baseUrl, coordinator.email, demoPassword);
    await page.goto(roundUrl);
    await page.getByText('4 van de 5 mensen hebben de vragenlijst ingevuld.').waitFor();
    await page.getByRole('button', { name: 'Evaluatie nu sluiten' }).click();
    await page.getByText('Wie nog niet heeft ingevuld, kan dat daarna niet meer.').waitFor();
    await checkPage(page, 'the question whether to close the round');
    await page.getByRole('button', { name: 'Ja, sluit de evaluatie' }).click();
    await page.getByText('De evaluatie is gesloten. De uitkomsten zijn klaar.').waitFor();
    await page.context().close();
  });

  it('shows the results by theme and respondent type, and hides the only relative who did not agree', async () => {
    const page = await freshPage();
    await signIn(page, regie.baseUrl, coordinator.email, demoPassword);
    await page.goto(roundUrl);
    await page.getByRole('heading', { name: 'Uitkomsten', exact: true }).waitFor();
    const main = page.getByRole('main');
    for (const theme of ['Gehoord worden', 'Verdeling van de rollen', 'Regie en eigen keuzes', 'Voortgang van zorg en steun'])
      await main.getByText(theme).first().waitFor();
    await main
      .getByText(
        'Eén naaste vulde de lijst in en gaf geen toestemming om de antwoorden te tonen. Daarom ziet u hier niets van de naasten.',
      )
      .waitFor();
    await checkPage(page, 'the results of the round');
    await main.getByText('Toon alle getallen in een tabel').click();
    const table = main.getByRole('table', { name: 'Uitkomsten per thema' });
    await table.waitFor();
    await checkPage(page, 'the results with the table open');
    // The client and the professionals are shown; nothing of the relatives, nor her remark.
    const columns = await table.getByRole('columnheader').allTextContents();
    expect(columns.join(' | ')).toContain('Cliënt');
    expect(columns.join(' | ')).toContain('Hulpverleners');
    expect(columns.join(' | ')).not.toContain('Naasten');
    expect(await main.textContent()).not.toContain(relativeRemark);

    // The same from the API the page reads: the relatives' type has no scores at all.
    const api = roundUrl.replace(
      /^(https?:\/\/[^/]+)\/clienten\/([^/]+)\/evaluatie\/([^/]+)$/,
      '$1/api/clients/$2/evaluations/$3/results',
    );
    const results = (await (await page.request.get(api)).json()) as RoundResults;
    expect(results.byType.find((type) => type.respondentType === 'relative')).toMatchObject({
      asked: 2,
      answered: 1,
      shown: false,
      hiddenReason: 'alone_without_consent',
      scores: [],
    });
    expect(results.byType.filter((type) => type.shown).map((type) => type.respondentType)).toEqual(['client', 'professional']);
    await page.context().close();
  });

  it('lets the team lead see the team figures and record an improvement action', async () => {
    const page = await freshPage();
    await signIn(page, regie.baseUrl, teamLead.email, demoPassword);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Teamcijfers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Teamcijfers' }).waitFor();
    // The demo's four rounds and the one just closed count; the demo's round with two answers does not.
    const main = page.getByRole('main');
    await main.getByText('Er tellen 5 afgesloten evaluatierondes mee.').waitFor();
    await main.getByText('1 ronde telt niet mee, omdat minder dan 3 mensen die invulden.').waitFor();
    await main.getByRole('table', { name: 'Gemiddelde score per thema, voor iedereen samen en per soort invuller' }).waitFor();
    await checkPage(page, 'the team figures');

    await page.getByRole('link', { name: 'Naar de verbeteracties van het team' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verbeteracties' }).waitFor();
    await checkPage(page, 'the improvement actions');
    await page.getByRole('button', { name: 'Nieuwe verbeteractie' }).click();
    await page.getByLabel('Wat gaat het team doen?').fill(action.what);
    await page.getByLabel('Waarom?').fill(action.why);
    await checkPage(page, 'the filled form for a new improvement action');
    await page.getByRole('button', { name: 'Verbeteractie opslaan' }).click();
    await page.getByRole('article', { name: action.what }).waitFor();
    await checkPage(page, 'the improvement actions with the new one');
    await page.context().close();
  });
});
