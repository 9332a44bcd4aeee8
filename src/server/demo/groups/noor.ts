import type { GroupStory } from './story.js';

// Days count back from the day the demo is loaded. Email addresses end in .test and phone numbers
// start with 06 0, so that none of them reaches a person.

/** Noor Visser, phase 5: follow-up meetings; Sem left, Ahmed joined later. */
export const noor: GroupStory = {
  client: 'client5@demo.regie.test',
  groupName: 'De kring van Noor',
  createdDaysAgo: 270,
  mapMadeDaysAgo: 266,
  phaseMoves: [
    { to: 2, daysAgo: 250, by: 'coordinator' },
    { to: 3, daysAgo: 215, by: 'client' },
    { to: 4, daysAgo: 190, by: 'coordinator' },
    { to: 5, daysAgo: 175, by: 'coordinator' },
  ],
  ticks: [
    { item: 'method_explained', daysAgo: 270 },
    { item: 'plan_finished', daysAgo: 195, by: 'client' },
    { item: 'working_method_discussed', daysAgo: 180 },
    { item: 'confidentiality_discussed', daysAgo: 180 },
    { item: 'roles_discussed', daysAgo: 180 },
    { item: 'start_evaluated', daysAgo: 176, by: 'client' },
    { item: 'goals_reviewed', daysAgo: 85, by: 'client' },
    { item: 'composition_reviewed', daysAgo: 85 },
  ],
  people: [
    {
      key: 'milan',
      name: 'Milan Visser',
      relation: 'child',
      ring: 'inner',
      wish: 'keep',
      notes: 'Mijn zoon, 16. Ik wil hem niet belasten met de groep.',
    },
    { key: 'hanneke', name: 'Hanneke Visser', relation: 'parent', ring: 'middle', wish: 'keep', phone: '06 05 67 89 11' },
    {
      key: 'jolien',
      name: 'Jolien Bosman',
      relation: 'friend',
      ring: 'inner',
      wish: 'keep',
      email: 'relative5@demo.regie.test',
      phone: '06 05 67 89 12',
      relative: 'relative5@demo.regie.test',
    },
    { key: 'sem', name: 'Sem Dijkstra', relation: 'colleague', ring: 'outer', wish: 'keep' },
    {
      key: 'greet',
      name: 'Greet Hoekstra',
      relation: 'neighbour',
      ring: 'middle',
      wish: 'closer',
      notes: 'Buurvrouw. Drinken soms samen koffie.',
    },
    {
      key: 'ahmed',
      name: 'Ahmed Benali',
      relation: 'friend',
      lifeArea: 'work_school_leisure',
      ring: 'middle',
      wish: 'closer',
      addedDaysAgo: 120,
      email: 'ahmed.benali@voorbeeld.test',
      notes: 'Van het koor op dinsdag.',
    },
    {
      key: 'erik',
      name: 'Erik Smeets',
      relation: 'other',
      lifeArea: 'family',
      ring: 'outer',
      wish: 'more_distance',
      notes: 'Vader van Milan. Over Milan mailen we.',
    },
    {
      key: 'roos',
      name: 'Roos van der Linden',
      relation: 'social_professional',
      ring: 'middle',
      wish: 'keep',
      notes: 'Wijkteam.',
    },
    {
      key: 'esmee',
      name: 'Esmee van Dijk',
      relation: 'ggz_professional',
      ring: 'middle',
      wish: 'keep',
      professional: 'coordinator',
    },
    {
      key: 'ruben',
      name: 'Ruben Vermeulen',
      relation: 'ggz_professional',
      ring: 'outer',
      wish: 'keep',
      professional: 'clinician',
    },
  ],
  snapshots: [
    {
      daysAgo: 265,
      label: 'Eerste kaart',
      by: 'client',
      then: { jolien: { ring: 'middle' }, greet: { ring: 'outer' }, sem: { ring: 'middle' }, erik: { ring: 'middle' } },
    },
    { daysAgo: 182, label: 'Startbijeenkomst', by: 'coordinator', then: { greet: { ring: 'outer' }, sem: { ring: 'middle' } } },
    { daysAgo: 85, label: 'Tweede vervolgbijeenkomst', by: 'client', then: { ahmed: { ring: 'outer' } } },
  ],
  members: [
    { person: 'esmee', kind: 'formal', role: 'coordinator', steps: [['active', 270]] },
    {
      person: 'ruben',
      kind: 'formal',
      role: 'clinician',
      steps: [['active', 268]],
      conversation: {
        daysAgo: 235,
        themes: ['expectations', 'what_helps_in_meetings'],
        notes: 'Wil het signaleringsplan samen met Noor bijhouden. Bijeenkomsten liefst bij Noor thuis, kort en met pauze.',
        sharing: 'not_asked',
      },
    },
    {
      person: 'hanneke',
      kind: 'informal',
      steps: [
        ['nominated', 255],
        ['approached', 248],
        ['conversation_held', 230],
        ['active', 190],
      ],
      conversation: {
        themes: ['history_with_client', 'burden_and_capacity'],
        notes:
          'Heeft Noor jarenlang opgevangen en is daar moe van geworden. Wil minder zorgen en meer moeder zijn. Rol: één middag per week oppassen op Milan als dat nodig is.',
        sharing: 'not_asked',
      },
    },
    {
      person: 'jolien',
      kind: 'informal',
      steps: [
        ['nominated', 255],
        ['approached', 246],
        ['conversation_held', 228],
        ['active', 190],
      ],
      conversation: {
        themes: ['expectations', 'role_in_group'],
        notes:
          'Verwacht vooral praktische hulp te geven; wil niet te veel belast worden. Rol: mee naar afspraken en samen boodschappen doen.',
        sharing: 'not_asked',
      },
    },
    {
      person: 'sem',
      kind: 'informal',
      steps: [
        ['nominated', 255],
        ['approached', 244, 'coordinator'],
        ['conversation_held', 226],
        ['active', 190],
        ['left', 100],
      ],
      leave: { reason: 'member_decision', note: 'Zorgt nu veel voor zijn vader. Houdt wel contact met Noor.' },
      conversation: {
        themes: ['expectations', 'role_in_group'],
        notes: 'Wil helpen bij de terugkeer naar werk. Rol: meedenken over uren en taken.',
        sharing: 'not_asked',
      },
    },
    {
      person: 'roos',
      kind: 'formal',
      steps: [
        ['nominated', 250],
        ['approached', 245, 'coordinator'],
        ['conversation_held', 225],
        ['active', 190],
      ],
      conversation: {
        themes: ['expectations', 'role_in_group'],
        notes: 'Ziet haar rol bij wonen en geld. Wil afspraken van het wijkteam en de GGZ op één plek.',
        sharing: 'not_asked',
      },
    },
    {
      person: 'ahmed',
      kind: 'informal',
      steps: [
        ['nominated', 60],
        ['approached', 52],
        ['conversation_held', 40],
        ['active', 20],
      ],
      conversation: {
        themes: ['expectations', 'history_with_client', 'what_helps_in_meetings'],
        notes:
          'Kent Noor een jaar van het koor. Vindt een groep spannend; wil eerst luisteren. Rol: samen naar het koor fietsen.',
        sharing: 'not_asked',
      },
    },
  ],
};
