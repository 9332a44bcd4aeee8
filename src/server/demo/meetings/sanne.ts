import type { MeetingStory } from './story.js';

// Days count back from the day the demo is loaded; negative days are ahead.

/**
 * Sanne de Wit, phase 3: the start meeting is planned three weeks ahead at her home, late in the
 * afternoon as Ruben asked, with Esmee in the chair and the letter Sanne wrote to her mother on the
 * agenda. Ria (relative3@) takes the minutes and has not answered yet.
 */
export const sanneMeetings: MeetingStory = {
  client: 'client3@demo.regie.test',
  meetings: [
    {
      kind: 'start',
      daysAgo: -21,
      time: '16:30',
      durationMinutes: 90,
      location: 'client_home',
      chair: 'coordinator',
      plannedDaysAgo: 60,
      channel: 'Na elke bijeenkomst stuurt Sanne een mail met de afspraken. Geen groepsapp.',
      agenda: [{ add: { title: 'Mijn brief aan mama' }, at: 4 }],
      answers: { esmee: 'yes', ruben: 'yes', mila: 'yes' },
    },
  ],
};
