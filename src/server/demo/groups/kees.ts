import type { GroupStory } from './story.js';

// Days count back from the day the demo is loaded. Email addresses end in .test and phone numbers
// start with 06 0, so that none of them reaches a person.

/** Kees Jansen, phase 4: the start meeting was held; roles and the evaluation afterwards are still open. */
export const kees: GroupStory = {
  client: 'client4@demo.regie.test',
  groupName: 'Samenwerkgroep Kees',
  createdDaysAgo: 115,
  mapMadeDaysAgo: 112,
  phaseMoves: [
    { to: 2, daysAgo: 95, by: 'coordinator' },
    { to: 3, daysAgo: 60, by: 'client' },
    { to: 4, daysAgo: 24, by: 'coordinator' },
  ],
  ticks: [
    { item: 'method_explained', daysAgo: 115 },
    { item: 'plan_finished', daysAgo: 30, by: 'client' },
    { item: 'working_method_discussed', daysAgo: 10 },
    { item: 'confidentiality_discussed', daysAgo: 10 },
  ],
  people: [
    {
      key: 'bram',
      name: 'Bram Kuipers',
      relation: 'friend',
      ring: 'inner',
      wish: 'keep',
      email: 'relative4@demo.regie.test',
      relative: 'relative4@demo.regie.test',
      notes: 'Vriend sinds de middelbare school. Samen vissen.',
    },
    {
      key: 'wilma',
      name: 'Wilma Jansen',
      relation: 'sibling',
      ring: 'middle',
      wish: 'closer',
      email: 'wilma.jansen@voorbeeld.test',
      notes: 'Mijn zus in Assen.',
    },
    {
      key: 'eva',
      name: 'Eva Jansen',
      relation: 'child',
      ring: 'outer',
      wish: 'closer',
      addedDaysAgo: 20,
      notes: 'Weinig contact sinds de scheiding. Dat wil ik herstellen.',
    },
    { key: 'jan', name: 'Jan Postma', relation: 'neighbour', ring: 'middle', wish: 'keep', phone: '06 04 56 78 91' },
    {
      key: 'ronnie',
      name: 'Ronnie de Haan',
      relation: 'friend',
      ring: 'outer',
      wish: 'more_distance',
      notes: 'Van het café. Daar wil ik niet meer heen.',
    },
    { key: 'hans', name: 'Hans Veenstra', relation: 'colleague', ring: 'outer', wish: 'keep', notes: 'Van de werkplaats.' },
    {
      key: 'anton',
      name: 'Anton Willems',
      relation: 'peer_expert',
      formality: 'informal',
      lifeArea: 'friends_neighbours',
      ring: 'middle',
      wish: 'closer',
      addedDaysAgo: 70,
      notes: 'Ken ik van de zelfhulpgroep.',
    },
    {
      key: 'karin',
      name: 'Karin Bos',
      relation: 'social_professional',
      ring: 'middle',
      wish: 'keep',
      phone: '06 04 56 78 92',
      notes: 'Woonbegeleiding, twee keer per week.',
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
    { key: 'huisarts', name: 'Dirk van den Berg', relation: 'gp', ring: 'outer', wish: 'keep' },
  ],
  snapshots: [
    {
      daysAgo: 112,
      label: 'Eerste kaart',
      by: 'client',
      then: { bram: { ring: 'middle' }, wilma: { ring: 'outer' }, ronnie: { ring: 'middle' } },
    },
    { daysAgo: 25, label: 'Voor de startbijeenkomst', by: 'coordinator' },
  ],
  members: [
    { person: 'esmee', kind: 'formal', role: 'coordinator', steps: [['active', 115]] },
    {
      person: 'ruben',
      kind: 'formal',
      role: 'clinician',
      steps: [['active', 110]],
      conversation: {
        daysAgo: 80,
        themes: ['expectations', 'role_in_group'],
        notes:
          'Wil het signaleringsplan en de medicatie kort bespreken als Kees dat wil. Verwacht dat Kees zelf vertelt hoe het gaat.',
        sharing: 'not_asked',
      },
    },
    {
      person: 'bram',
      kind: 'informal',
      steps: [
        ['nominated', 100],
        ['approached', 92],
        ['conversation_held', 80],
        ['active', 24],
      ],
      conversation: {
        themes: ['history_with_client', 'expectations', 'role_in_group'],
        notes:
          'Kent Kees al dertig jaar en merkt vaak als eerste dat het minder gaat. Verwacht vooral gezelschap te bieden, zonder alcohol. Rol: op zondag samen vissen.',
        sharing: 'not_asked',
      },
    },
    {
      person: 'wilma',
      kind: 'informal',
      steps: [
        ['nominated', 100],
        ['approached', 90, 'coordinator'],
        ['conversation_held', 75],
        ['active', 24],
      ],
      conversation: {
        themes: ['burden_and_capacity', 'history_with_client', 'what_helps_in_meetings'],
        notes:
          'Woont ver weg en werkt volledig; kan niet veel tijd geven. Wil bijeenkomsten op afstand kunnen volgen. Rol: op vaste momenten bellen.',
        sharing: 'not_asked',
      },
    },
    {
      person: 'karin',
      kind: 'formal',
      steps: [
        ['nominated', 90],
        ['approached', 85, 'coordinator'],
        ['conversation_held', 70],
        ['active', 24],
      ],
      conversation: {
        themes: ['expectations', 'role_in_group'],
        notes: 'Ziet de groep als plek om afspraken op elkaar af te stemmen. Rol: praktische hulp bij huishouden en post.',
        sharing: 'not_asked',
      },
    },
    {
      person: 'anton',
      kind: 'peer',
      steps: [
        ['nominated', 65],
        ['approached', 60],
        ['conversation_held', 45],
        ['active', 24],
      ],
      conversation: {
        themes: ['expectations', 'history_with_client', 'what_helps_in_meetings'],
        notes:
          'Deelt zijn eigen ervaring met stoppen met drinken; wil niemand controleren. Wil vooraf weten welke doelen aan bod komen.',
        sharing: 'not_asked',
      },
    },
    {
      person: 'jan',
      kind: 'informal',
      steps: [
        ['nominated', 100],
        ['approached', 95],
        ['declined', 93],
      ],
    },
  ],
};
