import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyPlanContent, type PlanContent } from '../../../domain/plan-versions.js';
import { extractPdfText, readPdf } from '../../testing/pdf-text.js';
import { renderPlanPdf, type PlanPdfInput } from './plan-pdf.js';

// The plan of a client whose group has been at work for a while: two long-term goals with their
// steps, one step achieved, one goal stopped; agreements for the client and for members; a
// signalling plan with the method's four phases, one of them renamed by the client.
const content: PlanContent = {
  goals: [
    {
      id: 'long-home',
      horizon: 'long',
      text: 'Weer een eigen plek hebben waar ik me thuis voel.',
      dimension: 'personal',
      measure: 'Ik woon zelfstandig en kook drie keer per week zelf.\nMijn zus komt op zondag eten.',
      targetOn: '2027-01-31',
      status: 'in_progress',
      servesGoalId: null,
      progress: [
        { date: '2025-12-02', score: 3 },
        { date: '2026-03-12', score: 5 },
        { date: '2026-06-03', score: 6 },
      ],
    },
    {
      id: 'long-work',
      horizon: 'long',
      text: 'Werk vinden dat bij me past, met collega’s om me heen.',
      dimension: 'social',
      measure: 'Ik werk twee dagen per week.',
      targetOn: null,
      status: 'not_started',
      servesGoalId: null,
      progress: [],
    },
    {
      id: 'short-shopping',
      horizon: 'short',
      text: 'Elke week één keer zelf boodschappen doen.',
      dimension: 'personal',
      measure: 'Vier weken achter elkaar gelukt.',
      targetOn: '2026-04-30',
      status: 'achieved',
      servesGoalId: 'long-home',
      progress: [
        { date: '2026-02-01', score: 4 },
        { date: '2026-03-12', score: 10 },
      ],
    },
    {
      id: 'short-volunteer',
      horizon: 'short',
      text: 'Een gesprek bij het Werkplein over vrijwilligerswerk.',
      dimension: 'social',
      measure: '',
      targetOn: '2026-05-15',
      status: 'in_progress',
      servesGoalId: 'long-work',
      progress: [{ date: '2026-03-12', score: 2 }],
    },
    {
      id: 'short-gaming',
      horizon: 'short',
      text: 'Elke avond online gamen met Łukasz.',
      dimension: 'social',
      measure: '',
      targetOn: null,
      status: 'stopped',
      servesGoalId: null,
      progress: [],
    },
  ],
  agreements: [
    {
      id: 'agreement-list',
      what: 'Boodschappenlijst maken op zondag',
      assignee: { kind: 'client' },
      dueOn: '2026-03-20',
      goalId: 'short-shopping',
      status: 'done',
    },
    {
      id: 'agreement-werkplein',
      what: 'Meegaan naar het Werkplein',
      assignee: { kind: 'member', memberId: 'member-zoe', name: 'Zoë de Vries' },
      dueOn: '2026-05-15',
      goalId: 'short-volunteer',
      status: 'open',
    },
    {
      id: 'agreement-housing',
      what: 'Woningcorporaties bellen over de wachtlijst',
      assignee: { kind: 'member', memberId: 'member-lukasz', name: 'Łukasz Kowalski' },
      dueOn: '2026-04-01',
      goalId: 'long-home',
      status: 'open',
    },
  ],
  signalPlan: {
    phases: [
      {
        id: 'phase-1',
        code: 'stable',
        name: null,
        clientNotices: 'Ik slaap goed en heb zin in dingen.\nIk zie mijn vrienden.',
        othersNotice: 'Hij maakt grapjes en belt terug.',
        clientDoes: 'Mijn medicijnen nemen en op dinsdag sporten.',
        membersDo: [{ memberId: 'member-zoe', name: 'Zoë de Vries', action: 'Eén keer per week bellen, gewoon om te kletsen.' }],
        professionalsDo: 'Een afspraak elke vier weken.',
      },
      {
        id: 'phase-2',
        code: 'early_signs',
        name: 'Onrustig',
        clientNotices: 'Ik slaap slechter en pieker over geld. Ik heb minder geduld met de mensen om me heen.',
        othersNotice: 'Hij zegt afspraken af en is snel geïrriteerd.',
        clientDoes: 'Mijn zus bellen. Minder op mijn telefoon, eerder naar bed.',
        membersDo: [
          { memberId: 'member-zoe', name: 'Zoë de Vries', action: 'Vragen hoe het echt gaat.' },
          { memberId: 'member-lukasz', name: 'Łukasz Kowalski', action: 'Samen een rondje wandelen.' },
        ],
        professionalsDo: 'Binnen een week een extra gesprek.',
      },
      {
        id: 'phase-3',
        code: 'rising_tension',
        name: null,
        clientNotices: 'Ik hoor dingen die anderen niet horen. Ik blijf binnen.',
        othersNotice: 'Hij eet slecht en neemt de telefoon niet op.',
        clientDoes: 'De regieondersteuner bellen en het zeggen.',
        membersDo: [{ memberId: 'member-lukasz', name: 'Łukasz Kowalski', action: 'Boodschappen brengen en even blijven.' }],
        professionalsDo: 'De medicijnen bekijken en vaker langskomen.',
      },
      {
        id: 'phase-4',
        code: 'crisis',
        name: null,
        clientNotices: 'Ik vertrouw niemand meer.',
        othersNotice: 'Hij is verward en slaapt niet.',
        clientDoes: 'Het crisisnummer bellen.',
        membersDo: [],
        professionalsDo: 'De crisisdienst komt langs en bespreekt een opname.',
      },
    ],
    helps: 'Rust en een kop thee.\nMuziek van vroeger.',
    doesNotHelp: 'Veel vragen tegelijk.\nHarde geluiden.',
    crisisContacts: [
      { name: 'Crisisdienst GGZ', phone: '088 123 4567', note: 'Dag en nacht' },
      { name: 'Esmee van Dijk', phone: '06 12 34 56 78', note: 'Regieondersteuner, op werkdagen' },
    ],
  },
};

/** The fixture's signalling plan, and one of its phases, for tests that change them. */
function fixtureSignalPlan() {
  if (!content.signalPlan) throw new Error('the fixture has a signalling plan');
  const signalPlan = content.signalPlan;
  const phaseAt = (index: number) => {
    const phase = signalPlan.phases[index];
    if (!phase) throw new Error(`the fixture has a phase ${index}`);
    return phase;
  };
  return { signalPlan, phaseAt };
}

const input = (overrides: Partial<PlanPdfInput> = {}): PlanPdfInput => ({
  part: 'plan',
  lang: 'nl',
  clientName: 'Şükrü Yılmaz',
  groupName: 'De Kapiteins',
  madeOn: '2026-03-12',
  version: 7,
  adoption: { meetingOn: '2026-03-10', version: 7 },
  content,
  ...overrides,
});

/** The text with every run of whitespace as one space, for phrases a table cell may wrap. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

async function textOf(overrides: Partial<PlanPdfInput> = {}): Promise<string> {
  return flat(await extractPdfText(await renderPlanPdf(input(overrides))));
}

/** Fails with the missing phrase named, rather than printing the whole document. */
function expectPhrases(text: string, phrases: string[]) {
  expect(phrases.filter((phrase) => !text.includes(phrase))).toEqual([]);
}

function expectInOrder(text: string, phrases: string[]) {
  const positions = phrases.map((phrase) => text.indexOf(phrase));
  expect(positions).not.toContain(-1);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
}

const goalWords = content.goals.map((goal) => goal.text);
const agreementWords = content.agreements.map((agreement) => agreement.what);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the plan as PDF', () => {
  it('is an A4 PDF with its title and language set', async () => {
    const pdf = await renderPlanPdf(input());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const reading = await readPdf(pdf);
    expect(reading.title).toBe('Plan van De Kapiteins');
    expect(reading.language).toBe('nl-NL');
    for (const size of reading.pageSizes) {
      expect(Math.round(size.width)).toBe(595);
      expect(Math.round(size.height)).toBe(842);
    }
    expect(reading.pages.at(-1)).toContain(`${reading.pages.length} / ${reading.pages.length}`);
  });

  it('in Dutch: the group, the client, the goals under their headings, and the agreements', async () => {
    const text = await textOf();
    expectPhrases(text, [
      'Plan van De Kapiteins',
      'Cliënt: Şükrü Yılmaz',
      'Versie 7',
      'Gemaakt op 12 maart 2026',
      'Vastgesteld in de bijeenkomst van 10 maart 2026.',
      'Doelen voor de lange termijn',
      'Korte termijn: stappen naar dit doel',
      'Gestopte doelen',
      'Werkafspraken',
      'Wie',
      'Wanneer klaar',
      'Persoonlijk herstel',
      'Maatschappelijk herstel',
      'Wanneer klaar: 31 januari 2027',
      'Zo weet ik dat het gelukt is: Ik woon zelfstandig',
      'Zo weet ik dat het gelukt is: nog niet ingevuld',
      'Voortgang: 6 van 10, op 3 juni 2026',
      'Verloop: 3 (2 dec 2025) › 5 (12 mrt 2026) › 6 (3 jun 2026)',
      'Voortgang: nog geen score',
      'Bereikt',
      'Nog niet begonnen',
      'Zoë de Vries',
      'Łukasz Kowalski',
      'Cliënt',
      'Gedaan',
      'Open',
      '1 april 2026',
      ...goalWords,
      ...agreementWords,
    ]);
    expect(text).not.toContain('Long-term goals');
    // Each long-term goal with its own steps beneath it; the stopped goal in the closing list.
    expectInOrder(text, [
      'Doelen voor de lange termijn',
      'Weer een eigen plek hebben',
      'Elke week één keer zelf boodschappen doen.',
      'Werk vinden dat bij me past',
      'Een gesprek bij het Werkplein',
      'Gestopte doelen',
      'Elke avond online gamen met Łukasz.',
      'Werkafspraken',
    ]);
    // Open agreements first, soonest first; the done one after them.
    expectInOrder(text, ['Woningcorporaties bellen', 'Meegaan naar het Werkplein', 'Boodschappenlijst maken op zondag']);
  });

  it('in English: the same content under English headings', async () => {
    const pdf = await renderPlanPdf(input({ lang: 'en' }));
    expect((await readPdf(pdf)).language).toBe('en-GB');
    const text = flat(await extractPdfText(pdf));
    expectPhrases(text, [
      'Plan of De Kapiteins',
      'Client: Şükrü Yılmaz',
      'Version 7',
      'Made on 12 March 2026',
      'Agreed at the meeting of 10 March 2026.',
      'Long-term goals',
      'Short term: steps towards this goal',
      'Stopped goals',
      'Working agreements',
      'Who',
      'By when',
      'Personal recovery',
      'How I will know I got there: Ik woon zelfstandig',
      'Progress: 6 out of 10, on 3 June 2026',
      'History: 3 (2 Dec 2025) › 5 (12 Mar 2026) › 6 (3 Jun 2026)',
      'Achieved',
      'Done',
      'Client',
      'Zoë de Vries',
      'Łukasz Kowalski',
      ...goalWords,
      ...agreementWords,
    ]);
    for (const dutch of ['Werkafspraken', 'Doelen voor de lange termijn', 'Gemaakt op', 'Gedaan'])
      expect(text).not.toContain(dutch);
  });

  it('keeps the line breaks the client wrote', async () => {
    const text = await extractPdfText(await renderPlanPdf(input()));
    expect(text).toMatch(/drie keer per week zelf\.\s*\n\s*Mijn zus komt op zondag eten\./);
  });

  it('says plainly that there is nothing yet, in either language', async () => {
    const nothing = { content: emptyPlanContent, version: 0, adoption: null };
    expectPhrases(await textOf(nothing), [
      'Plan van De Kapiteins',
      'Nog niet vastgesteld in een bijeenkomst.',
      'Er zijn nog geen doelen voor de lange termijn.',
      'Er zijn nog geen doelen voor de korte termijn.',
      'Er zijn nog geen werkafspraken.',
    ]);
    expectPhrases(await textOf({ ...nothing, lang: 'en' }), [
      'Not agreed at a meeting yet.',
      'There are no long-term goals yet.',
      'There are no short-term goals yet.',
      'There are no working agreements yet.',
    ]);
    expectPhrases(await textOf({ ...nothing, part: 'signal_plan' }), ['Er is nog geen signaleringsplan.']);
    expectPhrases(await textOf({ ...nothing, part: 'signal_plan', lang: 'en' }), ['There is no signalling plan yet.']);
  });

  it('says when the agreed version is an earlier one', async () => {
    expectPhrases(await textOf({ adoption: { meetingOn: '2026-01-05', version: 4 } }), [
      'Versie 4 is vastgesteld in de bijeenkomst van 5 januari 2026.',
    ]);
  });

  it('loses no goal: a step towards a goal that was stopped is listed with the other short-term goals', async () => {
    const goals = content.goals.map((goal) => (goal.id === 'long-work' ? { ...goal, status: 'stopped' as const } : goal));
    const text = await textOf({ content: { ...content, goals } });
    expectInOrder(text, [
      'Doelen voor de lange termijn',
      'Weer een eigen plek hebben',
      'Andere doelen voor de korte termijn',
      'Een gesprek bij het Werkplein',
      'Gestopte doelen',
      'Werk vinden dat bij me past',
    ]);
    // Once each among the goals (the agreements' table names some of them again).
    const goalsPart = text.slice(0, text.indexOf('Werkafspraken'));
    for (const words of goalWords) expect(goalsPart.split(words)).toHaveLength(2);
  });

  it('reaches for nothing outside the process', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    await renderPlanPdf(input());
    await renderPlanPdf(input({ part: 'signal_plan' }));
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('the signalling plan as PDF', () => {
  it('in Dutch: every phase by its name, the boxes, what helps, and the crisis numbers, on one page', async () => {
    const pdf = await renderPlanPdf(input({ part: 'signal_plan' }));
    const reading = await readPdf(pdf);
    expect(reading.pages).toHaveLength(1);
    expect(reading.title).toBe('Signaleringsplan van De Kapiteins');
    const text = flat(reading.pages.join('\n'));
    expectPhrases(text, [
      'Signaleringsplan van De Kapiteins',
      'Cliënt: Şükrü Yılmaz',
      'Vastgesteld in de bijeenkomst van 10 maart 2026.',
      'Wat ik merk',
      'Wat anderen merken',
      'Wat ik doe',
      'Wat mijn groepsleden doen',
      'Wat professionals doen',
      'Zoë de Vries: Vragen hoe het echt gaat.',
      'Łukasz Kowalski: Samen een rondje wandelen.',
      'Wat helpt',
      'Wat helpt niet',
      'Rust en een kop thee.',
      'Harde geluiden.',
      'Bij crisis bellen',
      'Crisisdienst GGZ',
      '088 123 4567',
      'Esmee van Dijk',
      '06 12 34 56 78',
      '1 / 1',
    ]);
    // The method's names for the phases the client kept, the client's own name for the renamed one.
    expectInOrder(text, ['Stabiel', 'Onrustig', 'Toenemende spanning', 'Crisis']);
    expect(text).not.toContain('Eerste signalen');
  });

  it('in English: the default phases by their English names, the renamed one as the client named it', async () => {
    const reading = await readPdf(await renderPlanPdf(input({ part: 'signal_plan', lang: 'en' })));
    expect(reading.pages).toHaveLength(1);
    const text = flat(reading.pages.join('\n'));
    expectInOrder(text, ['Stable', 'Onrustig', 'Rising tension', 'Crisis']);
    expectPhrases(text, [
      'Signalling plan of De Kapiteins',
      'What I notice',
      'What others notice',
      'What my group members do',
      'What professionals do',
      'What helps',
      'What does not help',
      'In a crisis, call',
      '088 123 4567',
    ]);
    expect(text).not.toContain('Early signs');
    expect(text).not.toContain('Wat helpt');
  });

  it('names a phase of the plan’s own by its place when it has no name', async () => {
    const { signalPlan, phaseAt } = fixtureSignalPlan();
    const phases = [...signalPlan.phases];
    phases.splice(2, 0, { ...phaseAt(1), id: 'phase-extra', code: null, name: null });
    const text = await textOf({ part: 'signal_plan', content: { ...content, signalPlan: { ...signalPlan, phases } } });
    expectInOrder(text, ['Stabiel', 'Onrustig', 'Fase 3', 'Toenemende spanning', 'Crisis']);
  });

  it('turns the page sideways for more than four phases, and lets a long plan run on', async () => {
    const { signalPlan, phaseAt } = fixtureSignalPlan();
    const long = 'Een lange zin over wat ik merk als het minder gaat. '.repeat(12);
    const phases = [...signalPlan.phases, { ...phaseAt(3), id: 'phase-after', code: null, name: 'Na de crisis' }].map(
      (phase) => ({ ...phase, clientNotices: long, othersNotice: long }),
    );
    const reading = await readPdf(
      await renderPlanPdf(input({ part: 'signal_plan', content: { ...content, signalPlan: { ...signalPlan, phases } } })),
    );
    expect(reading.pages.length).toBeGreaterThan(1);
    for (const { width, height } of reading.pageSizes) expect(width).toBeGreaterThan(height);
    const text = flat(reading.pages.join('\n'));
    expectPhrases(text, ['Na de crisis', '088 123 4567', `1 / ${reading.pages.length}`]);
  });
});
