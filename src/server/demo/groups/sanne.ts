import type { GroupStory } from './story.js';

// Days count back from the day the demo is loaded. Email addresses end in .test and phone numbers
// start with 06 0, so that none of them reaches a person.

/** Sanne de Wit, phase 3: her group said yes; Ria was asked to share her record, Mila agreed. */
export const sanne: GroupStory = {
  client: 'client3@demo.regie.test',
  groupName: 'Team Sanne',
  createdDaysAgo: 80,
  mapMadeDaysAgo: 78,
  phaseMoves: [
    { to: 2, daysAgo: 58, by: 'coordinator' },
    { to: 3, daysAgo: 21, by: 'client' },
  ],
  ticks: [{ item: 'method_explained', daysAgo: 80 }],
  people: [
    {
      key: 'ria',
      name: 'Ria de Wit',
      relation: 'parent',
      ring: 'inner',
      wish: 'keep',
      email: 'relative3@demo.regie.test',
      phone: '06 03 45 67 81',
      relative: 'relative3@demo.regie.test',
      notes: 'Mijn moeder. We praten nu beter dan vorig jaar.',
    },
    {
      key: 'gerard',
      name: 'Gerard de Wit',
      relation: 'parent',
      ring: 'middle',
      wish: 'closer',
      notes: 'Mijn vader woont in Zwolle.',
    },
    {
      key: 'mila',
      name: 'Mila Verhoeven',
      relation: 'friend',
      ring: 'inner',
      wish: 'keep',
      email: 'mila.verhoeven@voorbeeld.test',
      phone: '06 03 45 67 82',
    },
    {
      key: 'jesse',
      name: 'Jesse van Leeuwen',
      relation: 'friend',
      lifeArea: 'work_school_leisure',
      ring: 'middle',
      wish: 'closer',
      addedDaysAgo: 50,
      notes: 'Van de hardloopgroep op zaterdag.',
    },
    { key: 'truus', name: 'Truus de Wit', relation: 'other_family', ring: 'middle', wish: 'keep', notes: 'Oma.' },
    {
      key: 'femke',
      name: 'Femke Brouwer',
      relation: 'colleague',
      ring: 'outer',
      wish: 'keep',
      notes: 'Collega bij het tuincentrum.',
    },
    { key: 'daphne', name: 'Daphne Vos', relation: 'peer_expert', ring: 'middle', wish: 'keep' },
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
    { key: 'huisarts', name: 'Selin Aydin', relation: 'gp', ring: 'outer', wish: 'keep' },
  ],
  snapshots: [
    {
      daysAgo: 77,
      label: 'Eerste kaart',
      by: 'client',
      then: { ria: { wish: 'more_distance' }, mila: { ring: 'outer', wish: 'closer' }, gerard: { ring: 'outer' } },
    },
    {
      daysAgo: 30,
      label: 'Na de gesprekken',
      by: 'coordinator',
      then: { mila: { ring: 'middle', wish: 'closer' }, jesse: { ring: 'outer' } },
    },
  ],
  members: [
    { person: 'esmee', kind: 'formal', role: 'coordinator', steps: [['active', 80]] },
    {
      person: 'ruben',
      kind: 'formal',
      role: 'clinician',
      steps: [['active', 75]],
      conversation: {
        daysAgo: 45,
        themes: ['expectations', 'role_in_group', 'what_helps_in_meetings'],
        notes:
          'Licht de behandeling toe als Sanne daarom vraagt; de agenda is van haar. Komt graag, liefst aan het eind van de middag.',
        sharing: 'not_asked',
      },
    },
    {
      person: 'ria',
      kind: 'informal',
      steps: [
        ['nominated', 70],
        ['approached', 60],
        ['conversation_held', 40],
        ['active', 22],
      ],
      conversation: {
        themes: ['history_with_client', 'burden_and_capacity', 'what_helps_in_meetings'],
        notes:
          'Veel zorgen gehad rond de opname vorig jaar; merkt dat loslaten moeilijk is. Zoekt zelf ook steun: naastengroep besproken. Een vaste agenda helpt haar in de bijeenkomst.',
        sharing: 'asked',
      },
    },
    {
      person: 'mila',
      kind: 'informal',
      steps: [
        ['nominated', 70],
        ['approached', 57],
        ['conversation_held', 35],
        ['active', 22],
      ],
      conversation: {
        themes: ['expectations', 'role_in_group'],
        notes: 'Wil vooral samen dingen doen en praat niet mee over behandeling. Rol: maatje om op zaterdag te gaan hardlopen.',
        sharing: 'agreed',
      },
    },
    {
      person: 'daphne',
      kind: 'peer',
      steps: [
        ['nominated', 60],
        ['approached', 52, 'coordinator'],
        ['conversation_held', 30],
      ],
      conversation: {
        themes: ['expectations', 'role_in_group'],
        notes: 'Deelt eigen ervaring als Sanne dat wil; wil geen hulpverlener zijn. Helpt graag bij het maken van de agenda.',
        sharing: 'not_asked',
      },
    },
    {
      person: 'gerard',
      kind: 'informal',
      steps: [
        ['nominated', 70],
        ['approached', 55],
        ['declined', 50],
      ],
    },
  ],
};
