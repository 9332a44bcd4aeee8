import type { PlanEvent, PlanStory, StorySignalPhase, StorySignalPlan } from './story.js';

// Days count back from the day the demo is loaded. Phone numbers start with 06 0 or with an area
// code followed by 0, so that none of them reaches a person.

const stable: StorySignalPhase = {
  key: 'stabiel',
  code: 'stable',
  clientNotices: 'Ik sta om zeven uur op en heb zin in ontbijt. Ik zie de grappige kant van dingen.',
  othersNotice: 'Ik kom op tijd en ik maak plannen.',
  clientDoes: 'Sporten, op tijd eten, ’s avonds mijn medicijnen innemen.',
  membersDo: [],
  professionalsDo: '',
};
const earlySigns: StorySignalPhase = {
  key: 'signalen',
  code: 'early_signs',
  clientNotices: 'Ik slaap minder dan zes uur. Ik heb het gevoel dat mensen over mij praten.',
  othersNotice: 'Ik blijf binnen en game tot diep in de nacht.',
  clientDoes: 'Het tegen Jeroen of Ruben zeggen. Niet afspreken met Stefan.',
  membersDo: [],
  professionalsDo: '',
};
const risingTension: StorySignalPhase = {
  key: 'spanning',
  code: 'rising_tension',
  clientNotices: 'Ik hoor stemmen die commentaar op mij geven. Ik vertrouw mijn eten niet.',
  othersNotice: 'Ik praat snel en spring van de hak op de tak.',
  clientDoes: 'De extra medicatie nemen zoals ik met Ruben heb afgesproken.',
  membersDo: [],
  professionalsDo: 'Ruben ziet me binnen twee dagen.',
};
const crisis: StorySignalPhase = {
  key: 'crisis',
  code: 'crisis',
  clientNotices: '',
  othersNotice: 'Ik ben erg achterdochtig en sluit me op in huis.',
  clientDoes: '',
  membersDo: [],
  professionalsDo: 'De crisisdienst komt langs. Opname alleen als het thuis niet veilig is.',
};

const draft: StorySignalPlan = {
  phases: [stable, earlySigns, risingTension, crisis],
  helps: 'Bewegen. Een vast ritme.',
  doesNotHelp: 'Drukte. Blowen.',
  crisisContacts: [
    { name: 'FACT Noord', phone: '020 000 1200', note: 'Op werkdagen. Vraag naar Jeroen.' },
    { name: 'Crisisdienst GGZ Voorbeeld', phone: '020 000 1299', note: 'Buiten kantoortijd.' },
  ],
};

const jokeEarly = { member: 'joke', action: 'Vragen of ik kom eten, zonder naar mijn medicijnen te vragen.' };
const nielsEarly = { member: 'niels', action: 'Blijven appen over sporten, ook als ik niet terugschrijf.' };
const nielsCrisis = { member: 'niels', action: 'Bij mij blijven en de crisisdienst bellen.' };

/** Gone through at the start meeting. */
const atStart: StorySignalPlan = {
  phases: [
    stable,
    { ...earlySigns, membersDo: [jokeEarly, nielsEarly] },
    { ...risingTension, membersDo: [{ member: 'joke', action: 'Jeroen bellen als ik de telefoon niet opneem.' }] },
    { ...crisis, clientDoes: 'De deur opendoen voor Niels of voor de crisisdienst.', membersDo: [nielsCrisis] },
  ],
  helps: 'Bewegen. Een vast ritme. Iemand die gewoon normaal doet.',
  doesNotHelp: 'Drukte. Blowen. Als er stiekem over mij wordt overlegd.',
  crisisContacts: [...draft.crisisContacts, { name: 'Joke Smit (mam)', phone: '06 06 78 91 22', note: 'Weet wat ze moet doen.' }],
};

/** Gone through again after the handover: Esmee instead of Jeroen, Lars joins in, and Daan's own name for feeling well. */
const reviewed: StorySignalPlan = {
  ...atStart,
  phases: [
    { ...stable, name: 'Goed in mijn vel' },
    {
      ...earlySigns,
      clientDoes: 'Het tegen Esmee of Ruben zeggen. Niet afspreken met Stefan.',
      membersDo: [
        jokeEarly,
        nielsEarly,
        { member: 'lars', action: 'Vragen of ik kom klussen; tijdens het werk praat ik makkelijker.' },
      ],
    },
    { ...risingTension, membersDo: [{ member: 'joke', action: 'Esmee bellen als ik de telefoon niet opneem.' }] },
    { ...crisis, clientDoes: 'De deur opendoen voor Niels of voor de crisisdienst.', membersDo: [nielsCrisis] },
  ],
  crisisContacts: [
    { name: 'FACT Noord', phone: '020 000 1200', note: 'Op werkdagen. Vraag naar Esmee.' },
    ...atStart.crisisContacts.slice(1),
  ],
};

/** Daan Smit, phase 6: fifteen months of plan; work and a home of his own achieved, now handing over to the GP's practice. */
export const daanPlan: PlanStory = {
  client: 'client6@demo.regie.test',
  // Daan wanted to talk at meetings, not type: Jeroen and later Esmee write it down for him.
  delegatedDaysAgo: 395,
  events: [
    {
      daysAgo: 420,
      kind: 'goal_added',
      goal: {
        key: 'werk',
        horizon: 'long',
        text: 'Ik wil betaald werk waarin ik met mijn handen bezig ben.',
        dimension: 'social',
        measure: 'Ik heb een contract voor minstens 24 uur per week.',
        targetDaysAgo: 90,
      },
    },
    { daysAgo: 420, kind: 'progress_recorded', goal: 'werk', score: 1 },
    {
      daysAgo: 415,
      kind: 'goal_added',
      goal: {
        key: 'wonen',
        horizon: 'long',
        text: 'Ik wil op mezelf wonen, in een huis waar ik rust heb.',
        dimension: 'personal',
        measure: 'Ik woon een half jaar in mijn eigen huis en regel de huur zelf.',
        targetDaysAgo: 60,
      },
    },
    { daysAgo: 415, kind: 'progress_recorded', goal: 'wonen', score: 2 },
    {
      daysAgo: 410,
      kind: 'goal_added',
      goal: {
        key: 'proefplek',
        horizon: 'short',
        text: 'Met hulp van Saskia een proefplek vinden in een werkplaats.',
        dimension: 'social',
        measure: 'Ik werk twee dagen per week op een proefplek.',
        targetDaysAgo: 300,
        serves: 'werk',
      },
    },
    {
      daysAgo: 405,
      kind: 'goal_added',
      goal: {
        key: 'sporten',
        horizon: 'short',
        text: 'Op dinsdag en donderdag met Niels sporten, zodat mijn hoofd rustig blijft.',
        dimension: 'health',
        measure: 'Drie maanden lang twee keer per week gegaan.',
        targetDaysAgo: 290,
      },
    },
    {
      daysAgo: 400,
      kind: 'goal_added',
      goal: {
        key: 'reageren',
        horizon: 'short',
        text: 'Elke week op drie woningen reageren.',
        dimension: 'personal',
        measure: 'Ik heb de sleutel van een eigen woning.',
        targetDaysAgo: 200,
        serves: 'wonen',
      },
    },
    { daysAgo: 400, kind: 'signal_plan_saved', signalPlan: draft },

    // The start meeting; Jeroen writes it down. The group starts working on every goal.
    ...(['werk', 'wonen', 'proefplek', 'sporten', 'reageren'] as const).map((goal): PlanEvent => ({
      daysAgo: 380,
      by: 'coordinator',
      kind: 'goal_changed',
      goal,
      set: { status: 'in_progress' },
    })),
    {
      daysAgo: 380,
      by: 'coordinator',
      kind: 'agreement_added',
      agreement: {
        key: 'saskia-bellen',
        what: 'Drie werkplaatsen bellen en vragen of Daan kan komen proefdraaien.',
        who: 'saskia',
        dueDaysAgo: 350,
        goal: 'proefplek',
      },
    },
    {
      daysAgo: 380,
      by: 'coordinator',
      kind: 'agreement_added',
      agreement: {
        key: 'niels-sport',
        what: 'Op dinsdag en donderdag om zeven uur samen naar de sportschool.',
        who: 'niels',
        goal: 'sporten',
      },
    },
    {
      daysAgo: 380,
      by: 'coordinator',
      kind: 'agreement_added',
      agreement: { key: 'joke-bellen', what: 'Op zondagavond bellen. Door de week alleen als er iets is.', who: 'joke' },
    },
    {
      daysAgo: 380,
      by: 'coordinator',
      kind: 'agreement_added',
      agreement: { key: 'joke-boodschappen', what: 'Op vrijdag de boodschappen voor Daan meenemen.', who: 'joke' },
    },
    {
      daysAgo: 380,
      by: 'coordinator',
      kind: 'agreement_added',
      agreement: {
        key: 'jeroen-formulier',
        what: 'Met Daan het inschrijfformulier van de woningcorporatie invullen.',
        who: 'jeroen',
        dueDaysAgo: 365,
        goal: 'reageren',
      },
    },
    { daysAgo: 380, by: 'coordinator', kind: 'signal_plan_saved', signalPlan: atStart },
    { daysAgo: 380, by: 'coordinator', kind: 'progress_recorded', goal: 'werk', score: 2 },
    { daysAgo: 380, by: 'coordinator', kind: 'progress_recorded', goal: 'wonen', score: 2 },
    { daysAgo: 380, by: 'coordinator', kind: 'progress_recorded', goal: 'proefplek', score: 2 },
    { daysAgo: 380, by: 'coordinator', kind: 'progress_recorded', goal: 'sporten', score: 4 },
    { daysAgo: 380, by: 'coordinator', kind: 'progress_recorded', goal: 'reageren', score: 3 },
    { daysAgo: 380, by: 'coordinator', kind: 'adopted' },

    { daysAgo: 370, by: { member: 'jeroen' }, kind: 'agreement_status', agreement: 'jeroen-formulier', status: 'done' },
    { daysAgo: 330, kind: 'agreement_status', agreement: 'saskia-bellen', status: 'done' },
    { daysAgo: 330, kind: 'progress_recorded', goal: 'werk', score: 3 },
    { daysAgo: 300, kind: 'progress_recorded', goal: 'sporten', score: 3, note: 'Twee weken niet geweest. Ik sliep slecht.' },

    // First follow-up: Daan does his own shopping now.
    { daysAgo: 290, by: 'coordinator', kind: 'agreement_status', agreement: 'joke-boodschappen', status: 'cancelled' },
    { daysAgo: 290, by: 'coordinator', kind: 'progress_recorded', goal: 'werk', score: 4 },
    { daysAgo: 290, by: 'coordinator', kind: 'progress_recorded', goal: 'wonen', score: 3 },
    { daysAgo: 290, by: 'coordinator', kind: 'progress_recorded', goal: 'proefplek', score: 6 },
    { daysAgo: 290, by: 'coordinator', kind: 'progress_recorded', goal: 'sporten', score: 5 },
    { daysAgo: 290, by: 'coordinator', kind: 'progress_recorded', goal: 'reageren', score: 5 },
    { daysAgo: 290, by: 'coordinator', kind: 'adopted' },

    {
      daysAgo: 250,
      kind: 'progress_recorded',
      goal: 'proefplek',
      score: 9,
      note: 'Maandag begin ik bij de fietsenmaker, twee dagen per week.',
    },
    { daysAgo: 250, kind: 'goal_changed', goal: 'proefplek', set: { status: 'achieved' } },
    {
      daysAgo: 250,
      kind: 'goal_added',
      goal: {
        key: 'baan',
        horizon: 'short',
        text: 'Van mijn proefplek bij de fietsenmaker een echte baan maken.',
        dimension: 'social',
        measure: 'Ik krijg een arbeidscontract.',
        targetDaysAgo: 90,
        status: 'in_progress',
        serves: 'werk',
      },
    },
    { daysAgo: 250, kind: 'progress_recorded', goal: 'werk', score: 6 },
    { daysAgo: 220, kind: 'progress_recorded', goal: 'reageren', score: 10, note: 'Ik heb de sleutel!' },
    { daysAgo: 220, kind: 'goal_changed', goal: 'reageren', set: { status: 'achieved' } },
    { daysAgo: 220, kind: 'progress_recorded', goal: 'wonen', score: 6 },

    // Second follow-up, with the handover from Jeroen to Esmee.
    {
      daysAgo: 200,
      by: 'coordinator',
      kind: 'goal_added',
      goal: {
        key: 'inrichten',
        horizon: 'short',
        text: 'Mijn nieuwe huis inrichten, zodat het echt van mij is.',
        dimension: 'personal',
        measure: 'De woonkamer en de slaapkamer zijn klaar en ik nodig iemand uit om te komen eten.',
        targetDaysAgo: 120,
        status: 'in_progress',
        serves: 'wonen',
      },
    },
    {
      daysAgo: 200,
      by: 'coordinator',
      kind: 'agreement_added',
      agreement: {
        key: 'lars-klussen',
        what: 'Samen de slaapkamer schilderen en de kast ophangen.',
        who: 'lars',
        dueDaysAgo: 160,
        goal: 'inrichten',
      },
    },
    { daysAgo: 200, by: 'coordinator', kind: 'progress_recorded', goal: 'werk', score: 7 },
    { daysAgo: 200, by: 'coordinator', kind: 'progress_recorded', goal: 'wonen', score: 7 },
    { daysAgo: 200, by: 'coordinator', kind: 'progress_recorded', goal: 'sporten', score: 6 },
    { daysAgo: 200, by: 'coordinator', kind: 'progress_recorded', goal: 'baan', score: 5 },
    { daysAgo: 200, by: 'coordinator', kind: 'progress_recorded', goal: 'inrichten', score: 2 },
    { daysAgo: 200, by: 'coordinator', kind: 'adopted' },

    { daysAgo: 150, kind: 'agreement_status', agreement: 'lars-klussen', status: 'done' },
    { daysAgo: 150, kind: 'progress_recorded', goal: 'inrichten', score: 5 },

    // Third follow-up: two steps reached, the treatment may be scaled down.
    { daysAgo: 120, by: 'coordinator', kind: 'progress_recorded', goal: 'sporten', score: 8 },
    { daysAgo: 120, by: 'coordinator', kind: 'goal_changed', goal: 'sporten', set: { status: 'achieved' } },
    { daysAgo: 120, by: 'coordinator', kind: 'progress_recorded', goal: 'inrichten', score: 8 },
    { daysAgo: 120, by: 'coordinator', kind: 'goal_changed', goal: 'inrichten', set: { status: 'achieved' } },
    { daysAgo: 120, by: 'coordinator', kind: 'progress_recorded', goal: 'werk', score: 8 },
    { daysAgo: 120, by: 'coordinator', kind: 'progress_recorded', goal: 'wonen', score: 8 },
    { daysAgo: 120, by: 'coordinator', kind: 'progress_recorded', goal: 'baan', score: 7 },
    {
      daysAgo: 120,
      by: 'coordinator',
      kind: 'goal_added',
      goal: {
        key: 'afbouwen',
        horizon: 'short',
        text: 'Samen met Ruben mijn medicijnen afbouwen, zonder terug te vallen.',
        dimension: 'health',
        measure: 'Een half jaar met de helft van de dosis, zonder signalen uit de tweede fase van mijn signaleringsplan.',
        targetDaysAgo: -60,
        status: 'in_progress',
      },
    },
    { daysAgo: 120, by: 'coordinator', kind: 'progress_recorded', goal: 'afbouwen', score: 3 },
    {
      daysAgo: 120,
      by: 'coordinator',
      kind: 'agreement_added',
      agreement: {
        key: 'ruben-schema',
        what: 'Met Daan een schema maken om de medicijnen stap voor stap af te bouwen.',
        who: 'ruben',
        dueDaysAgo: 100,
        goal: 'afbouwen',
      },
    },
    {
      daysAgo: 120,
      by: 'coordinator',
      kind: 'agreement_added',
      agreement: {
        key: 'weekdoos',
        what: 'Zelf een weekdoos voor mijn medicijnen bijhouden.',
        who: 'client',
        dueDaysAgo: 110,
        goal: 'afbouwen',
      },
    },
    { daysAgo: 120, by: 'coordinator', kind: 'signal_plan_saved', signalPlan: reviewed },
    { daysAgo: 120, by: 'coordinator', kind: 'adopted' },

    { daysAgo: 105, by: { member: 'ruben' }, kind: 'agreement_status', agreement: 'ruben-schema', status: 'done' },
    { daysAgo: 100, kind: 'agreement_status', agreement: 'weekdoos', status: 'done' },
    { daysAgo: 70, kind: 'progress_recorded', goal: 'baan', score: 10, note: 'Een vast contract voor 28 uur!' },
    { daysAgo: 70, kind: 'goal_changed', goal: 'baan', set: { status: 'achieved' } },
    { daysAgo: 60, kind: 'progress_recorded', goal: 'werk', score: 10 },
    { daysAgo: 60, kind: 'goal_changed', goal: 'werk', set: { status: 'achieved' } },
    { daysAgo: 60, kind: 'progress_recorded', goal: 'afbouwen', score: 5 },

    // Fourth follow-up: the goals largely met, the group talks about what comes next.
    { daysAgo: 30, by: 'coordinator', kind: 'progress_recorded', goal: 'wonen', score: 9 },
    { daysAgo: 30, by: 'coordinator', kind: 'goal_changed', goal: 'wonen', set: { status: 'achieved' } },
    { daysAgo: 30, by: 'coordinator', kind: 'progress_recorded', goal: 'afbouwen', score: 6 },
    { daysAgo: 30, by: 'coordinator', kind: 'adopted' },
    // Reorientation: a new direction for when the group meets less and the FACT team steps back.
    {
      daysAgo: 28,
      kind: 'goal_added',
      goal: {
        key: 'blijven',
        horizon: 'long',
        text: 'Ik wil dat het goed blijft gaan, ook als Esmee en Ruben er niet meer bij zijn.',
        dimension: 'health',
        measure:
          'Een half jaar na de overdracht aan de huisarts heb ik nog mijn werk en mijn huis, en weet ik wie ik kan bellen.',
        targetDaysAgo: -210,
        status: 'in_progress',
      },
    },
    {
      daysAgo: 28,
      kind: 'goal_added',
      goal: {
        key: 'poh',
        horizon: 'short',
        text: 'Kennismaken met Ellen, de POH bij de huisarts, zodat zij het van Ruben kan overnemen.',
        dimension: 'health',
        measure: 'Ik heb een eerste gesprek met Ellen gehad en ik weet wie ik kan bellen als het minder gaat.',
        targetDaysAgo: -30,
        status: 'in_progress',
        serves: 'blijven',
      },
    },
    {
      daysAgo: 28,
      kind: 'agreement_added',
      agreement: {
        key: 'esmee-ellen',
        what: 'Een kennismaking met Ellen de Groot regelen, samen met Daan en Ruben.',
        who: 'esmee',
        dueDaysAgo: -14,
        goal: 'poh',
      },
    },
    {
      daysAgo: 28,
      kind: 'agreement_added',
      agreement: {
        key: 'vorm',
        what: 'Voor de volgende bijeenkomst bedenken hoe vaak ik de groep nog wil zien, en met wie.',
        who: 'client',
        dueDaysAgo: -20,
      },
    },
    { daysAgo: 28, kind: 'progress_recorded', goal: 'blijven', score: 6 },
    { daysAgo: 10, kind: 'progress_recorded', goal: 'poh', score: 3, note: 'Ellen wil graag kennismaken.' },
    { daysAgo: 5, kind: 'progress_recorded', goal: 'afbouwen', score: 7 },
  ],
};
