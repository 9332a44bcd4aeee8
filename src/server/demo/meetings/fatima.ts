import type { MeetingStory } from './story.js';

// Days count back from the day the demo is loaded; negative days are ahead.

/**
 * Fatima El Amrani, phase 2: in the first phase she and Esmee put a date on the calendar for the
 * start meeting, at the team's office. The agenda, the minute-taker and how the group keeps in touch
 * are for the planning phase. Karim (relative2@) was invited when he joined and has not answered.
 */
export const fatimaMeetings: MeetingStory = {
  client: 'client2@demo.regie.test',
  meetings: [
    {
      kind: 'start',
      daysAgo: -63,
      time: '14:00',
      durationMinutes: 90,
      location: 'team_office',
      chair: 'client',
      plannedDaysAgo: 20,
      prepared: false,
      answers: { esmee: 'yes' },
    },
  ],
};
