import type { GroupStory } from './story.js';

// Days count back from the day the demo is loaded. Email addresses end in .test and phone numbers
// start with 06 0, so that none of them reaches a person.

/**
 * Fatima El Amrani, phase 2: her brother joined after his conversation, one approached, one declined,
 * one still to ask. Her plan is not begun: the demo's group to write one from an empty page.
 */
export const fatima: GroupStory = {
  client: 'client2@demo.regie.test',
  groupName: 'Steungroep Fatima',
  createdDaysAgo: 45,
  mapMadeDaysAgo: 43,
  phaseMoves: [{ to: 2, daysAgo: 18, by: 'client' }],
  ticks: [{ item: 'method_explained', daysAgo: 45 }],
  people: [
    {
      key: 'karim',
      name: 'Karim El Amrani',
      relation: 'sibling',
      ring: 'inner',
      wish: 'keep',
      email: 'relative2@demo.regie.test',
      relative: 'relative2@demo.regie.test',
    },
    {
      key: 'amina',
      name: 'Amina El Amrani',
      relation: 'parent',
      ring: 'inner',
      wish: 'more_distance',
      notes: 'Mijn moeder belt elke dag. Ik wil wat meer ruimte, maar wel contact.',
    },
    {
      key: 'youssef',
      name: 'Youssef El Amrani',
      relation: 'sibling',
      ring: 'outer',
      wish: 'closer',
      notes: 'Mijn jongste broer. Hij studeert in Utrecht.',
    },
    {
      key: 'sara',
      name: 'Sara Bouzid',
      relation: 'friend',
      ring: 'middle',
      wish: 'closer',
      email: 'sara.bouzid@voorbeeld.test',
      phone: '06 02 34 56 71',
    },
    {
      key: 'ingrid',
      name: 'Ingrid Kramer',
      relation: 'neighbour',
      ring: 'middle',
      wish: 'keep',
      notes: 'Past op de kat als ik weg ben.',
    },
    {
      key: 'lisa',
      name: 'Lisa Meijer',
      relation: 'colleague',
      ring: 'outer',
      wish: 'keep',
      notes: 'Werkt ook als vrijwilliger in de bibliotheek.',
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
    {
      key: 'peter',
      name: 'Peter de Jong',
      relation: 'social_professional',
      ring: 'outer',
      wish: 'keep',
      notes: 'Van het wijkteam. Helpt met de schulden.',
    },
  ],
  snapshots: [],
  members: [
    { person: 'esmee', kind: 'formal', role: 'coordinator', steps: [['active', 45]] },
    { person: 'ruben', kind: 'formal', role: 'clinician', steps: [['active', 40]] },
    {
      person: 'karim',
      kind: 'informal',
      steps: [
        ['nominated', 30],
        ['approached', 25],
        ['conversation_held', 10],
        ['active', 6],
      ],
      conversation: {
        themes: ['history_with_client', 'burden_and_capacity', 'role_in_group'],
        notes:
          'Voelt zich al jaren verantwoordelijk voor Fatima en wil leren een stap terug te doen. Heeft zelf een druk gezin. Rol: meedenken over post en geldzaken, niet alles overnemen.',
        sharing: 'not_asked',
      },
    },
    {
      person: 'sara',
      kind: 'informal',
      steps: [
        ['nominated', 30],
        ['approached', 12, 'coordinator'],
      ],
      answer: 'yes',
    },
    {
      person: 'ingrid',
      kind: 'informal',
      steps: [
        ['nominated', 30],
        ['approached', 14],
        ['declined', 11],
      ],
    },
    { person: 'youssef', kind: 'informal', steps: [['nominated', 16]] },
  ],
};
