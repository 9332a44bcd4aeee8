import type { PlanStory, StorySignalPhase, StorySignalPlan } from './story.js';

// Days count back from the day the demo is loaded. Phone numbers start with 06 0 or with an area
// code followed by 0, so that none of them reaches a person.

const stable: StorySignalPhase = {
  key: 'stabiel',
  code: 'stable',
  clientNotices: 'Ik sta op tijd op en ik heb zin om naar de werkplaats te gaan. Ik eet drie keer per dag.',
  othersNotice: 'Ik maak een praatje met de buren.',
  clientDoes: 'Vissen op zondag, de zelfhulpgroep op vrijdag, de post op dinsdag.',
  membersDo: [],
  professionalsDo: '',
};
const earlySigns: StorySignalPhase = {
  key: 'signalen',
  code: 'early_signs',
  clientNotices: 'Ik denk vaker aan een biertje, vooral op vrijdag. Ik laat de post liggen.',
  othersNotice: 'Ik neem de telefoon niet op en ik zeg dat alles prima gaat.',
  clientDoes: 'Anton bellen. Op vrijdagavond niet alleen thuis blijven.',
  membersDo: [],
  professionalsDo: '',
};
const risingTension: StorySignalPhase = {
  key: 'spanning',
  code: 'rising_tension',
  clientNotices: 'Ik slaap slecht en ik ben snel boos. Ik fiets expres langs het café.',
  othersNotice: 'Ik zeg afspraken af of ik ruik naar drank.',
  clientDoes: 'Esmee bellen en eerlijk zeggen hoe het gaat.',
  membersDo: [],
  professionalsDo: 'Esmee maakt binnen een week een afspraak.',
};
const crisis: StorySignalPhase = {
  key: 'crisis',
  code: 'crisis',
  clientNotices: 'Ik drink weer elke dag en ik kom de deur niet meer uit.',
  othersNotice: '',
  clientDoes: '',
  membersDo: [],
  professionalsDo: '',
};

const draft: StorySignalPlan = {
  phases: [stable, earlySigns, risingTension, crisis],
  helps: 'Buiten zijn, aan het water. Iemand die gewoon naast me zit.',
  doesNotHelp: 'Preken over drank.',
  crisisContacts: [
    { name: 'FACT Noord', phone: '020 000 1200', note: 'Op werkdagen van 9 tot 5.' },
    { name: 'Crisisdienst GGZ Voorbeeld', phone: '020 000 1299', note: 'Buiten kantoortijd.' },
  ],
};

/** Gone through at the start meeting: what each member does. */
const agreedAtStart: StorySignalPlan = {
  phases: [
    stable,
    {
      ...earlySigns,
      membersDo: [
        { member: 'bram', action: 'Vragen hoe het echt gaat, en toch komen vissen.' },
        { member: 'wilma', action: 'Vaker bellen dan alleen op woensdag.' },
      ],
    },
    {
      ...risingTension,
      membersDo: [
        { member: 'karin', action: 'Het tegen Esmee zeggen als de post weer blijft liggen.' },
        { member: 'anton', action: 'Kees ophalen voor de zelfhulpgroep, ook als hij zegt dat hij niet gaat.' },
      ],
      professionalsDo: 'Esmee maakt binnen een week een afspraak. Ruben kijkt of Kees hulp nodig heeft bij het stoppen.',
    },
    {
      ...crisis,
      othersNotice: 'Ik ben niet te bereiken.',
      clientDoes: 'De telefoon opnemen als Esmee of Bram belt.',
      membersDo: [{ member: 'bram', action: 'Langsgaan, en de crisisdienst bellen als Kees niet opendoet.' }],
      professionalsDo: 'Dezelfde dag een huisbezoek. Samen bekijken of ontgiften nodig is.',
    },
  ],
  helps: draft.helps,
  doesNotHelp: 'Preken over drank. Alleen zijn in het weekend.',
  crisisContacts: [
    ...draft.crisisContacts,
    { name: 'Karin Bos (woonbegeleiding)', phone: '06 04 56 78 92', note: 'Dinsdag en donderdag.' },
  ],
};

/** Kees Jansen, phase 4: agreed at the start meeting three weeks ago; since then a goal about his daughter, and the first results. */
export const keesPlan: PlanStory = {
  client: 'client4@demo.regie.test',
  // So that Esmee could write down what the group agreed at the start meeting while Kees talked.
  delegatedDaysAgo: 26,
  events: [
    {
      daysAgo: 70,
      kind: 'goal_added',
      goal: {
        key: 'nuchter',
        horizon: 'long',
        text: 'Ik wil nuchter blijven en mijn dagen zelf invullen, zonder het café.',
        dimension: 'health',
        measure: 'Een half jaar geen alcohol, en op doordeweekse dagen heb ik iets te doen buiten de deur.',
        targetDaysAgo: -300,
        status: 'in_progress',
      },
    },
    {
      daysAgo: 55,
      kind: 'goal_added',
      goal: {
        key: 'vrijdag',
        horizon: 'short',
        text: 'Op vrijdagavond naar de zelfhulpgroep in plaats van naar het café.',
        dimension: 'health',
        measure: 'Acht vrijdagen achter elkaar niet in het café geweest.',
        targetDaysAgo: -40,
        status: 'in_progress',
        serves: 'nuchter',
      },
    },
    {
      daysAgo: 52,
      kind: 'progress_recorded',
      goal: 'nuchter',
      score: 3,
      note: 'Twee weken niet gedronken. Het weekend is het moeilijkst.',
    },
    { daysAgo: 50, kind: 'progress_recorded', goal: 'vrijdag', score: 2 },
    {
      daysAgo: 45,
      kind: 'goal_added',
      goal: {
        key: 'post',
        horizon: 'short',
        text: 'Mijn post weer zelf openmaken en de rekeningen op tijd betalen.',
        dimension: 'personal',
        measure: 'Twee maanden lang geen nieuwe aanmaning.',
        targetDaysAgo: -30,
      },
    },
    { daysAgo: 44, kind: 'signal_plan_saved', signalPlan: draft },
    { daysAgo: 40, kind: 'progress_recorded', goal: 'post', score: 3 },
    {
      daysAgo: 35,
      kind: 'goal_changed',
      goal: 'post',
      set: {
        text: 'Mijn post weer zelf openmaken en de rekeningen op tijd betalen. Op dinsdag helpt Karin me daarbij.',
        status: 'in_progress',
      },
    },
    { daysAgo: 30, kind: 'progress_recorded', goal: 'vrijdag', score: 4, note: 'Drie vrijdagen bij de groep geweest.' },
    // The start meeting: Esmee writes down what is agreed, for Kees.
    {
      daysAgo: 24,
      by: 'coordinator',
      kind: 'agreement_added',
      agreement: {
        key: 'bram-vissen',
        what: 'Op zondagochtend samen vissen. Bram haalt Kees om acht uur op en neemt koffie mee.',
        who: 'bram',
        goal: 'nuchter',
      },
    },
    {
      daysAgo: 24,
      by: 'coordinator',
      kind: 'agreement_added',
      agreement: {
        key: 'bram-vergunning',
        what: 'Samen een nieuwe visvergunning kopen, zodat we kunnen beginnen.',
        who: 'bram',
        dueDaysAgo: 14,
        goal: 'nuchter',
      },
    },
    {
      daysAgo: 24,
      by: 'coordinator',
      kind: 'agreement_added',
      agreement: { key: 'wilma-bellen', what: 'Op woensdagavond bellen, ook als er niets bijzonders is.', who: 'wilma' },
    },
    {
      daysAgo: 24,
      by: 'coordinator',
      kind: 'agreement_added',
      agreement: {
        key: 'karin-post',
        what: 'Op dinsdag samen de post doornemen en de rekeningen klaarzetten.',
        who: 'karin',
        goal: 'post',
      },
    },
    {
      daysAgo: 24,
      by: 'coordinator',
      kind: 'agreement_added',
      agreement: {
        key: 'anton-groep',
        what: 'Kees de eerste drie vrijdagen ophalen voor de zelfhulpgroep.',
        who: 'anton',
        dueDaysAgo: 3,
        goal: 'vrijdag',
      },
    },
    {
      daysAgo: 24,
      by: 'coordinator',
      kind: 'agreement_added',
      agreement: {
        key: 'ruben-slaap',
        what: 'Met Kees bespreken hoe hij beter kan slapen nu hij niet meer drinkt.',
        who: 'ruben',
        dueDaysAgo: 10,
        goal: 'nuchter',
      },
    },
    { daysAgo: 24, by: 'coordinator', kind: 'signal_plan_saved', signalPlan: agreedAtStart },
    { daysAgo: 24, by: 'coordinator', kind: 'progress_recorded', goal: 'nuchter', score: 5 },
    { daysAgo: 24, by: 'coordinator', kind: 'progress_recorded', goal: 'vrijdag', score: 5 },
    { daysAgo: 24, by: 'coordinator', kind: 'progress_recorded', goal: 'post', score: 4 },
    { daysAgo: 24, by: 'coordinator', kind: 'adopted' },
    // After the meeting: Eva on the map, and a goal about her.
    {
      daysAgo: 18,
      kind: 'goal_added',
      goal: {
        key: 'eva',
        horizon: 'long',
        text: 'Ik wil weer een vader zijn voor Eva. Ik hoop dat ze mij belt omdat ze dat zelf wil.',
        dimension: 'social',
        measure: 'Eva en ik zien elkaar één keer per maand, zonder ruzie.',
        targetDaysAgo: -330,
        status: 'in_progress',
      },
    },
    {
      daysAgo: 18,
      kind: 'goal_added',
      goal: {
        key: 'kaart',
        horizon: 'short',
        text: 'Eva een kaart sturen voor haar verjaardag, met een foto van toen ze klein was.',
        dimension: 'social',
        measure: 'De kaart is op tijd op de post.',
        targetDaysAgo: 9,
        serves: 'eva',
      },
    },
    { daysAgo: 18, kind: 'progress_recorded', goal: 'eva', score: 2 },
    { daysAgo: 12, by: { member: 'bram' }, kind: 'agreement_status', agreement: 'bram-vergunning', status: 'done' },
    { daysAgo: 11, kind: 'goal_changed', goal: 'kaart', set: { status: 'achieved' } },
    { daysAgo: 10, kind: 'progress_recorded', goal: 'nuchter', score: 6 },
    { daysAgo: 10, kind: 'progress_recorded', goal: 'post', score: 6, note: 'Alle rekeningen van deze maand betaald.' },
    { daysAgo: 8, by: { member: 'ruben' }, kind: 'agreement_status', agreement: 'ruben-slaap', status: 'done' },
    {
      daysAgo: 6,
      kind: 'agreement_changed',
      agreement: 'wilma-bellen',
      set: { what: 'Op woensdagavond om acht uur bellen. Als Kees niet opneemt, stuurt Wilma een berichtje.' },
    },
    { daysAgo: 5, kind: 'agreement_status', agreement: 'anton-groep', status: 'done' },
    {
      daysAgo: 4,
      kind: 'progress_recorded',
      goal: 'eva',
      score: 3,
      note: 'Eva stuurde een berichtje om te bedanken voor de kaart.',
    },
    { daysAgo: 3, kind: 'progress_recorded', goal: 'vrijdag', score: 7 },
  ],
};
