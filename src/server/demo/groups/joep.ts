import type { GroupStory } from './story.js';

// Days count back from the day the demo is loaded. Email addresses end in .test and phone numbers
// start with 06 0, so that none of them reaches a person.

/** Joep Bakker, phase 1: the method was explained last week and he nominated three people. No clinician yet. */
export const joep: GroupStory = {
  client: 'client1@demo.regie.test',
  groupName: 'Groep van Joep',
  createdDaysAgo: 6,
  mapMadeDaysAgo: 6,
  phaseMoves: [],
  ticks: [{ item: 'method_explained', daysAgo: 6 }],
  people: [
    {
      key: 'lotte',
      name: 'Lotte Bakker',
      relation: 'partner',
      ring: 'inner',
      wish: 'keep',
      email: 'relative1@demo.regie.test',
      phone: '06 01 23 45 61',
      relative: 'relative1@demo.regie.test',
    },
    {
      key: 'henk',
      name: 'Henk Bakker',
      relation: 'parent',
      ring: 'middle',
      wish: 'closer',
      notes: 'Sinds de ruzie van vorig jaar zien we elkaar weinig. Dat wil ik veranderen.',
    },
    {
      key: 'thomas',
      name: 'Thomas Bakker',
      relation: 'sibling',
      ring: 'middle',
      wish: 'keep',
      email: 'thomas.bakker@voorbeeld.test',
    },
    {
      key: 'yara',
      name: 'Yara de Graaf',
      relation: 'friend',
      ring: 'outer',
      wish: 'closer',
      phone: '06 01 23 45 62',
      notes: 'Vroeger samen in een band. Ik mis haar.',
    },
    {
      key: 'mehmet',
      name: 'Mehmet Kaya',
      relation: 'neighbour',
      ring: 'middle',
      wish: 'keep',
      notes: 'Laat soms de hond uit als ik het niet red.',
    },
    {
      key: 'vincent',
      name: 'Vincent Mol',
      relation: 'friend',
      ring: 'outer',
      wish: 'more_distance',
      notes: 'Met hem ga ik blowen. Liever minder.',
    },
    {
      key: 'esmee',
      name: 'Esmee van Dijk',
      relation: 'ggz_professional',
      ring: 'middle',
      wish: 'keep',
      professional: 'coordinator',
    },
    { key: 'huisarts', name: 'Marieke Verbeek', relation: 'gp', ring: 'outer', wish: 'keep' },
  ],
  snapshots: [],
  members: [
    { person: 'esmee', kind: 'formal', role: 'coordinator', steps: [['active', 6]] },
    { person: 'lotte', kind: 'informal', steps: [['nominated', 2]] },
    { person: 'henk', kind: 'informal', steps: [['nominated', 2]] },
    { person: 'yara', kind: 'informal', steps: [['nominated', 2]] },
  ],
};
