import type { PlanStory, StorySignalPhase, StorySignalPlan } from './story.js';

// Days count back from the day the demo is loaded. Phone numbers start with 06 0 or with an area
// code followed by 0, so that none of them reaches a person.

const crisisContacts = [
  { name: 'FACT Noord', phone: '020 000 1200', note: 'Op werkdagen van 9 tot 5. Vraag naar Esmee.' },
  { name: 'Crisisdienst GGZ Voorbeeld', phone: '020 000 1299', note: "'s Avonds, 's nachts en in het weekend." },
  { name: 'Ria de Wit (mama)', phone: '06 03 45 67 81', note: 'Als ik zelf niet meer bel.' },
];

const stable: StorySignalPhase = {
  key: 'stabiel',
  code: 'stable',
  clientNotices: 'Ik heb zin om naar mijn werk te gaan. Ik slaap zeven of acht uur en ik lees weer een boek.',
  othersNotice: 'Ik maak grapjes en ik app terug.',
  clientDoes: 'Mijn vaste ritme houden: werk, hardlopen op zaterdag, op tijd naar bed.',
  membersDo: [],
  professionalsDo: '',
};
const earlySigns: StorySignalPhase = {
  key: 'signalen',
  code: 'early_signs',
  clientNotices: 'Ik lig na twaalven nog wakker en pieker over wat mensen van mij denken.',
  othersNotice: 'Ik zeg afspraken af en ik praat sneller dan normaal.',
  clientDoes: 'Mijn telefoon om tien uur uit en het tegen mama of Mila zeggen.',
  membersDo: [],
  professionalsDo: '',
};
const risingTension: StorySignalPhase = {
  key: 'spanning',
  code: 'rising_tension',
  clientNotices: 'Ik hoor mijn naam terwijl er niemand is.',
  othersNotice: '',
  clientDoes: '',
  membersDo: [],
  professionalsDo: '',
};
const crisis: StorySignalPhase = {
  key: 'crisis',
  code: 'crisis',
  clientNotices: '',
  othersNotice: '',
  clientDoes: '',
  membersDo: [],
  professionalsDo: '',
};

/** Started in the week before the agreements: the first phases filled in, the rest still open. */
const firstDraft: StorySignalPlan = {
  phases: [stable, earlySigns, risingTension, crisis],
  helps: 'Buiten zijn. Een rustige stem. Dat iemand vraagt wat ik nodig heb.',
  doesNotHelp: '',
  crisisContacts: crisisContacts.slice(0, 2),
};

/** After talking it through with Ruben and her mother: what they do, and the crisis phase. */
const withTheGroup: StorySignalPlan = {
  phases: [
    stable,
    {
      ...earlySigns,
      membersDo: [{ member: 'mila', action: 'Vragen of ik zaterdag toch meega hardlopen, ook als ik eerst nee zeg.' }],
    },
    {
      ...risingTension,
      othersNotice: 'Ik bel mama meerdere keren per dag en ik eet slecht.',
      clientDoes: 'Esmee bellen en vragen of ik een extra afspraak kan krijgen.',
      membersDo: [{ member: 'ria', action: 'Rustig blijven, niet voor mij gaan regelen, en vragen of ik Esmee al gebeld heb.' }],
      professionalsDo: 'Ruben kijkt samen met mij naar mijn medicijnen.',
    },
    {
      ...crisis,
      othersNotice: 'Ik ben in de war en ik vertrouw niemand meer.',
      membersDo: [{ member: 'ria', action: 'De crisisdienst bellen en bij mij blijven tot er iemand is.' }],
      professionalsDo: 'Dezelfde dag een huisbezoek. Opname alleen als het thuis echt niet meer gaat.',
    },
  ],
  helps: firstDraft.helps,
  doesNotHelp: 'Als iedereen tegelijk op me in praat. Als er over mij wordt beslist terwijl ik erbij zit.',
  crisisContacts,
};

/** Sanne de Wit, phase 3: a full plan with agreements and a signalling plan begun, for the start meeting to agree on. */
export const sannePlan: PlanStory = {
  client: 'client3@demo.regie.test',
  events: [
    {
      daysAgo: 50,
      kind: 'goal_added',
      goal: {
        key: 'werk',
        horizon: 'long',
        text: 'Ik wil weer vier dagen per week werken in het tuincentrum, en dat volhouden.',
        dimension: 'social',
        measure: 'Ik werk drie maanden achter elkaar vier dagen per week zonder me ziek te melden.',
        targetDaysAgo: -280,
      },
    },
    {
      daysAgo: 50,
      kind: 'goal_added',
      goal: {
        key: 'gesprek',
        horizon: 'short',
        text: 'Met mijn leidinggevende praten over een dag extra, eerst op proef.',
        dimension: 'social',
        measure: 'Er staat een datum waarop de proef begint.',
        targetDaysAgo: -40,
        serves: 'werk',
      },
    },
    {
      daysAgo: 41,
      kind: 'goal_added',
      goal: {
        key: 'slapen',
        horizon: 'short',
        text: 'Doordeweeks om elf uur in bed liggen en om zeven uur opstaan, ook na een drukke dag.',
        dimension: 'health',
        measure: 'Vier weken lang lukt het minstens vijf nachten per week.',
        targetDaysAgo: -60,
        serves: 'werk',
      },
    },
    {
      daysAgo: 33,
      kind: 'goal_added',
      goal: {
        key: 'mama',
        horizon: 'long',
        text: 'Ik wil dat mijn moeder en ik weer gewoon moeder en dochter zijn, en niet zorg en patiënt.',
        dimension: 'personal',
        measure: 'Als we samen zijn, praten we vooral over andere dingen dan mijn ziekte.',
        targetDaysAgo: -300,
      },
    },
    {
      daysAgo: 18,
      kind: 'goal_added',
      goal: {
        key: 'hardlopen',
        horizon: 'short',
        text: 'Op zaterdag met Mila naar de hardloopgroep.',
        dimension: 'health',
        measure: 'Ik ben zes van de acht zaterdagen gegaan.',
        targetDaysAgo: -56,
        // Mila and she had started running before Sanne wrote it down.
        status: 'in_progress',
      },
    },
    {
      daysAgo: 15,
      kind: 'agreement_added',
      agreement: {
        key: 'mila-zaterdag',
        what: 'Op zaterdag om half negen bij Sanne aanbellen om samen naar de hardloopgroep te gaan.',
        who: 'mila',
        goal: 'hardlopen',
      },
    },
    {
      daysAgo: 15,
      kind: 'agreement_added',
      agreement: {
        key: 'ria-zondag',
        what: 'Op zondag bellen om bij te praten, zonder te vragen of Sanne haar medicijnen neemt.',
        who: 'ria',
        goal: 'mama',
      },
    },
    {
      daysAgo: 14,
      kind: 'agreement_added',
      agreement: {
        key: 'mail-leidinggevende',
        what: 'Mijn leidinggevende een mail sturen om een gesprek over meer uren te plannen.',
        who: 'client',
        dueDaysAgo: 7,
        goal: 'gesprek',
      },
    },
    {
      daysAgo: 14,
      kind: 'agreement_added',
      agreement: {
        key: 'ruben-slaap',
        what: 'Met Sanne bespreken of ze haar slaapmedicatie eerder op de avond kan nemen.',
        who: 'ruben',
        dueDaysAgo: -10,
        goal: 'slapen',
      },
    },
    { daysAgo: 12, kind: 'signal_plan_saved', signalPlan: firstDraft },
    {
      daysAgo: 9,
      kind: 'agreement_added',
      agreement: {
        key: 'esmee-agenda',
        what: 'Samen met Sanne en Daphne de agenda voor de startbijeenkomst maken.',
        who: 'esmee',
        dueDaysAgo: -7,
      },
    },
    { daysAgo: 8, kind: 'agreement_status', agreement: 'mail-leidinggevende', status: 'done' },
    {
      daysAgo: 6,
      kind: 'agreement_added',
      agreement: {
        key: 'brief-mama',
        what: 'Een brief voor mama schrijven over wat ik van haar nodig heb, om voor te lezen op de startbijeenkomst.',
        who: 'client',
        dueDaysAgo: -7,
        goal: 'mama',
      },
    },
    { daysAgo: 5, kind: 'signal_plan_saved', signalPlan: withTheGroup },
    { daysAgo: 3, kind: 'progress_recorded', goal: 'hardlopen', score: 4, note: 'Twee keer geweest. Vorige week was ik te moe.' },
  ],
};
