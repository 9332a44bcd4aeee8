import type { PlanEvent, PlanStory, StorySignalPhase, StorySignalPlan } from './story.js';

// Days count back from the day the demo is loaded. Phone numbers start with 06 0 or with an area
// code followed by 0, so that none of them reaches a person.

const stable: StorySignalPhase = {
  key: 'stabiel',
  code: 'stable',
  clientNotices: 'Ik slaap goed en ik heb geduld met Milan. Ik zing onder de douche.',
  othersNotice: 'Ik bel mijn moeder om te kletsen, niet alleen als er iets is.',
  clientDoes: 'Op tijd naar bed, elke dag even naar buiten, één ding tegelijk.',
  membersDo: [],
  professionalsDo: '',
};
const earlySigns: StorySignalPhase = {
  key: 'signalen',
  code: 'early_signs',
  clientNotices: 'Ik word om vier uur wakker en kan niet meer slapen. Alles voelt als te veel.',
  othersNotice: 'Ik zeg afspraken af en het huis wordt rommelig.',
  clientDoes: 'Minder plannen, en Ruben of Esmee een berichtje sturen.',
  membersDo: [],
  professionalsDo: '',
};
const risingTension: StorySignalPhase = {
  key: 'spanning',
  code: 'rising_tension',
  clientNotices: 'Ik huil om kleine dingen en ik eet bijna niet.',
  othersNotice: 'Ik reageer kortaf op Milan.',
  clientDoes: 'Mijn moeder vragen of Milan een paar dagen bij haar kan slapen.',
  membersDo: [],
  professionalsDo: 'Ruben ziet me binnen een paar dagen en kijkt naar mijn medicijnen.',
};
const crisis: StorySignalPhase = {
  key: 'crisis',
  code: 'crisis',
  clientNotices: 'Ik zie geen uitweg meer.',
  othersNotice: 'Ik kom niet meer uit bed en neem de telefoon niet op.',
  clientDoes: 'De crisisdienst bellen, of iemand vragen dat voor mij te doen.',
  membersDo: [],
  professionalsDo: 'De crisisdienst komt dezelfde dag. Samen met mij beslissen waar Milan die dagen slaapt.',
};
const contacts = [
  { name: 'FACT Noord', phone: '020 000 1200', note: 'Op werkdagen van 9 tot 5.' },
  { name: 'Crisisdienst GGZ Voorbeeld', phone: '020 000 1299', note: 'Buiten kantoortijd.' },
  { name: 'Hanneke Visser (mama)', phone: '06 05 67 89 11', note: 'Voor Milan, als ik het zelf niet kan regelen.' },
];

const draft: StorySignalPlan = {
  phases: [stable, earlySigns, risingTension, crisis],
  helps: 'Rust. Een wandeling met Greet. Zingen.',
  doesNotHelp: 'Goedbedoelde adviezen.',
  crisisContacts: contacts,
};

// What members do, agreed at the start meeting.
const joliensEarlyHelp = [{ member: 'jolien', action: 'Samen boodschappen doen en vragen hoe ik slaap.' }];
const hannekesHelp = [{ member: 'hanneke', action: 'Milan een paar dagen laten logeren, zonder er een drama van te maken.' }];
const joliensCrisisHelp = [{ member: 'jolien', action: 'Bij mij blijven tot de crisisdienst er is.' }];

/** Gone through at the start meeting with the members who help. */
const withTheGroup: StorySignalPlan = {
  phases: [
    stable,
    { ...earlySigns, membersDo: joliensEarlyHelp },
    { ...risingTension, membersDo: hannekesHelp },
    { ...crisis, membersDo: joliensCrisisHelp },
  ],
  helps: draft.helps,
  doesNotHelp: 'Goedbedoelde adviezen. Als iemand zegt dat ik me niet zo moet aanstellen.',
  crisisContacts: [
    ...contacts,
    { name: 'Jolien Bosman', phone: '06 05 67 89 12', note: 'Mijn vriendin. Komt als ik het vraag.' },
  ],
};

/** At the second follow-up Noor named the phases in her own words and added what comes after a crisis. */
const inHerOwnWords: StorySignalPlan = {
  ...withTheGroup,
  phases: [
    { ...stable, name: 'Rustig' },
    { ...earlySigns, name: 'Het wordt me te veel', membersDo: joliensEarlyHelp },
    { ...risingTension, name: 'Storm op komst', membersDo: hannekesHelp },
    { ...crisis, membersDo: joliensCrisisHelp },
    {
      key: 'daarna',
      code: null,
      name: 'Na een crisis: weer opbouwen',
      clientNotices: 'Ik ben moe en ik schaam me.',
      othersNotice: 'Ik trek me terug.',
      clientDoes: 'Kleine dingen doen: douchen, een rondje lopen, één boodschap.',
      membersDo: [{ member: 'hanneke', action: 'Niet vragen wat er gebeurd is, maar gewoon koffie komen drinken.' }],
      professionalsDo: 'Esmee plant een gesprek om samen te kijken wat we de volgende keer eerder kunnen doen.',
    },
  ],
};

/**
 * Noor Visser, phase 5: agreed at the start meeting, again at the second follow-up and at the theme
 * meeting about work; back at work, a goal achieved and a new one.
 */
export const noorPlan: PlanStory = {
  client: 'client5@demo.regie.test',
  // At meetings Esmee types what is agreed and the scores Noor gives; Noor reads along.
  delegatedDaysAgo: 205,
  events: [
    {
      daysAgo: 240,
      kind: 'goal_added',
      goal: {
        key: 'werk',
        horizon: 'long',
        text: 'Ik wil terug naar mijn werk bij de drukkerij. Eerst een paar ochtenden, later meer.',
        dimension: 'social',
        measure: 'Ik werk drie maanden lang twee ochtenden per week.',
        targetDaysAgo: 40,
      },
    },
    { daysAgo: 240, kind: 'progress_recorded', goal: 'werk', score: 1 },
    {
      daysAgo: 235,
      kind: 'goal_added',
      goal: {
        key: 'thuis',
        horizon: 'long',
        text: 'Ik wil een rustig huis voor Milan en mij, waar hij graag thuiskomt.',
        dimension: 'personal',
        measure: 'We eten vijf avonden per week samen, en Milan zegt dat het thuis goed gaat.',
        targetDaysAgo: -150,
      },
    },
    { daysAgo: 235, kind: 'progress_recorded', goal: 'thuis', score: 3 },
    {
      daysAgo: 225,
      kind: 'goal_added',
      goal: {
        key: 'slapen',
        horizon: 'short',
        text: 'Om half elf mijn telefoon weg en naar bed, zodat ik uitgerust wakker word.',
        dimension: 'health',
        measure: 'Vijf nachten per week minstens zeven uur slaap, bijgehouden in een schrift.',
        targetDaysAgo: 100,
        serves: 'thuis',
      },
    },
    { daysAgo: 225, kind: 'progress_recorded', goal: 'slapen', score: 2 },
    {
      daysAgo: 220,
      kind: 'goal_added',
      goal: {
        key: 'opbouw',
        horizon: 'short',
        text: 'Met Sem en mijn leidinggevende afspreken welke taken ik eerst weer ga doen.',
        dimension: 'social',
        measure: 'Er ligt een opbouwschema op papier dat we alle drie goed vinden.',
        targetDaysAgo: 150,
        serves: 'werk',
      },
    },
    { daysAgo: 220, kind: 'progress_recorded', goal: 'opbouw', score: 2 },
    {
      daysAgo: 200,
      kind: 'goal_added',
      goal: {
        key: 'middag',
        horizon: 'short',
        text: 'Eén middag per week voor mezelf, als Milan bij mijn moeder is.',
        dimension: 'personal',
        measure: 'Vier weken achter elkaar een vrije middag gehad.',
        targetDaysAgo: 120,
        serves: 'thuis',
      },
    },
    { daysAgo: 200, kind: 'progress_recorded', goal: 'middag', score: 1 },
    { daysAgo: 198, kind: 'signal_plan_saved', signalPlan: draft },

    // The start meeting, at Noor's home: the group starts working on every goal.
    ...(['werk', 'thuis', 'slapen', 'opbouw', 'middag'] as const).map((goal): PlanEvent => ({
      daysAgo: 180,
      by: 'coordinator',
      kind: 'goal_changed',
      goal,
      set: { status: 'in_progress' },
    })),
    {
      daysAgo: 180,
      by: 'coordinator',
      kind: 'agreement_added',
      agreement: {
        key: 'sem-gesprek',
        what: 'Met Noor het gesprek met haar leidinggevende voorbereiden: welke taken, hoeveel uur, wie ze kan bellen.',
        who: 'sem',
        dueDaysAgo: 150,
        goal: 'opbouw',
      },
    },
    {
      daysAgo: 180,
      by: 'coordinator',
      kind: 'agreement_added',
      agreement: {
        key: 'jolien-boodschappen',
        what: 'Op donderdag samen de boodschappen voor de hele week doen.',
        who: 'jolien',
        goal: 'thuis',
      },
    },
    {
      daysAgo: 180,
      by: 'coordinator',
      kind: 'agreement_added',
      agreement: {
        key: 'hanneke-milan',
        what: 'Op woensdagmiddag Milan opvangen, zodat Noor een middag voor zichzelf heeft.',
        who: 'hanneke',
        goal: 'middag',
      },
    },
    {
      daysAgo: 180,
      by: 'coordinator',
      kind: 'agreement_added',
      agreement: {
        key: 'roos-toeslagen',
        what: 'Samen de toeslagen en de huur op een rij zetten, zodat er geen terugbetaling komt.',
        who: 'roos',
        dueDaysAgo: 150,
        goal: 'thuis',
      },
    },
    {
      daysAgo: 180,
      by: 'coordinator',
      kind: 'agreement_added',
      agreement: {
        key: 'ruben-signaal',
        what: 'Het signaleringsplan met Noor doorlopen voor de eerste vervolgbijeenkomst.',
        who: 'ruben',
        dueDaysAgo: 135,
      },
    },
    {
      daysAgo: 180,
      by: 'coordinator',
      kind: 'agreement_added',
      agreement: {
        key: 'schrift',
        what: 'Een schrift kopen en elke ochtend opschrijven hoe ik geslapen heb.',
        who: 'client',
        dueDaysAgo: 170,
        goal: 'slapen',
      },
    },
    { daysAgo: 180, by: 'coordinator', kind: 'signal_plan_saved', signalPlan: withTheGroup },
    { daysAgo: 180, by: 'coordinator', kind: 'progress_recorded', goal: 'werk', score: 2 },
    { daysAgo: 180, by: 'coordinator', kind: 'progress_recorded', goal: 'thuis', score: 4 },
    { daysAgo: 180, by: 'coordinator', kind: 'progress_recorded', goal: 'slapen', score: 3 },
    { daysAgo: 180, by: 'coordinator', kind: 'progress_recorded', goal: 'opbouw', score: 5 },
    { daysAgo: 180, by: 'coordinator', kind: 'progress_recorded', goal: 'middag', score: 3 },
    { daysAgo: 180, by: 'coordinator', kind: 'adopted' },

    { daysAgo: 172, kind: 'agreement_status', agreement: 'schrift', status: 'done' },
    {
      daysAgo: 150,
      kind: 'progress_recorded',
      goal: 'werk',
      score: 3,
      note: 'Twee keer op de drukkerij geweest om koffie te drinken met collega’s.',
    },
    { daysAgo: 145, kind: 'agreement_status', agreement: 'roos-toeslagen', status: 'done' },
    { daysAgo: 142, kind: 'agreement_status', agreement: 'sem-gesprek', status: 'done' },
    { daysAgo: 136, by: { member: 'ruben' }, kind: 'agreement_status', agreement: 'ruben-signaal', status: 'done' },

    // First follow-up.
    { daysAgo: 130, by: 'coordinator', kind: 'progress_recorded', goal: 'opbouw', score: 9 },
    { daysAgo: 130, by: 'coordinator', kind: 'goal_changed', goal: 'opbouw', set: { status: 'achieved' } },
    { daysAgo: 130, by: 'coordinator', kind: 'progress_recorded', goal: 'werk', score: 4 },
    { daysAgo: 130, by: 'coordinator', kind: 'progress_recorded', goal: 'thuis', score: 4 },
    { daysAgo: 130, by: 'coordinator', kind: 'progress_recorded', goal: 'slapen', score: 5 },
    { daysAgo: 130, by: 'coordinator', kind: 'progress_recorded', goal: 'middag', score: 5 },

    {
      daysAgo: 120,
      kind: 'goal_added',
      goal: {
        key: 'koor',
        horizon: 'short',
        text: 'Op dinsdagavond naar het koor, ook als ik er tegenop zie.',
        dimension: 'social',
        measure: 'Ik ben acht van de tien dinsdagen geweest.',
        targetDaysAgo: 30,
        status: 'in_progress',
      },
    },
    { daysAgo: 120, kind: 'progress_recorded', goal: 'koor', score: 3 },
    {
      daysAgo: 110,
      kind: 'progress_recorded',
      goal: 'slapen',
      score: 4,
      note: 'Slechte weken. Milan had ruzie op school en ik lag veel wakker.',
    },
    {
      daysAgo: 100,
      kind: 'progress_recorded',
      goal: 'werk',
      score: 5,
      note: 'Ik werk nu op dinsdag en donderdag van negen tot twaalf.',
    },

    // Second follow-up: the sleep goal made more realistic, the free afternoon reached.
    {
      daysAgo: 85,
      by: 'coordinator',
      kind: 'goal_changed',
      goal: 'slapen',
      set: {
        text: 'Om elf uur naar bed. Mijn telefoon blijft ’s nachts in de keuken.',
        targetDaysAgo: -30,
        status: 'adjusted',
      },
    },
    { daysAgo: 85, by: 'coordinator', kind: 'progress_recorded', goal: 'middag', score: 8 },
    { daysAgo: 85, by: 'coordinator', kind: 'goal_changed', goal: 'middag', set: { status: 'achieved' } },
    // Milan comes home by himself now; Hanneke is glad to have her Wednesdays back.
    { daysAgo: 85, by: 'coordinator', kind: 'agreement_status', agreement: 'hanneke-milan', status: 'cancelled' },
    {
      daysAgo: 85,
      by: 'coordinator',
      kind: 'agreement_added',
      agreement: {
        key: 'jolien-bedrijfsarts',
        what: 'Mee naar het gesprek met de bedrijfsarts over meer uren.',
        who: 'jolien',
        dueDaysAgo: 70,
        goal: 'werk',
      },
    },
    { daysAgo: 85, by: 'coordinator', kind: 'signal_plan_saved', signalPlan: inHerOwnWords },
    { daysAgo: 85, by: 'coordinator', kind: 'progress_recorded', goal: 'werk', score: 6 },
    { daysAgo: 85, by: 'coordinator', kind: 'progress_recorded', goal: 'thuis', score: 5 },
    { daysAgo: 85, by: 'coordinator', kind: 'progress_recorded', goal: 'slapen', score: 4 },
    { daysAgo: 85, by: 'coordinator', kind: 'progress_recorded', goal: 'koor', score: 5 },
    { daysAgo: 85, by: 'coordinator', kind: 'adopted' },

    { daysAgo: 68, kind: 'agreement_status', agreement: 'jolien-bedrijfsarts', status: 'done' },
    { daysAgo: 60, kind: 'progress_recorded', goal: 'slapen', score: 6 },
    { daysAgo: 50, kind: 'progress_recorded', goal: 'koor', score: 6 },
    {
      daysAgo: 45,
      kind: 'progress_recorded',
      goal: 'thuis',
      score: 6,
      note: 'Milan eet bijna elke avond mee. Op vrijdag koken we samen.',
    },

    // The theme meeting about work (no follow-up since the second): Ahmed joins, and the work goal is reached.
    { daysAgo: 20, by: 'coordinator', kind: 'progress_recorded', goal: 'werk', score: 9 },
    { daysAgo: 20, by: 'coordinator', kind: 'goal_changed', goal: 'werk', set: { status: 'achieved' } },
    { daysAgo: 20, by: 'coordinator', kind: 'progress_recorded', goal: 'thuis', score: 6 },
    { daysAgo: 20, by: 'coordinator', kind: 'progress_recorded', goal: 'slapen', score: 7 },
    { daysAgo: 20, by: 'coordinator', kind: 'progress_recorded', goal: 'koor', score: 8 },
    {
      daysAgo: 20,
      by: 'coordinator',
      kind: 'goal_added',
      goal: {
        key: 'meer-uren',
        horizon: 'long',
        text: 'Ik wil meer uren werken, zodat ik minder afhankelijk ben van een uitkering.',
        dimension: 'social',
        measure: 'Ik werk vier ochtenden per week en kan zelf mijn vaste lasten betalen.',
        targetDaysAgo: -250,
      },
    },
    {
      daysAgo: 20,
      by: 'coordinator',
      kind: 'agreement_added',
      agreement: {
        key: 'ahmed-koor',
        what: 'Op dinsdag om zeven uur bij Noor langsfietsen om samen naar het koor te gaan.',
        who: 'ahmed',
        goal: 'koor',
      },
    },
    { daysAgo: 20, by: 'coordinator', kind: 'adopted' },
    { daysAgo: 6, kind: 'progress_recorded', goal: 'koor', score: 8, note: 'Drie weken achter elkaar geweest, met Ahmed.' },
  ],
};
