import type { PlanStory } from './story.js';

// Days count back from the day the demo is loaded.

/** Joep Bakker, phase 1: a first draft of two goals about his father, written this week. */
export const joepPlan: PlanStory = {
  client: 'client1@demo.regie.test',
  events: [
    {
      daysAgo: 3,
      kind: 'goal_added',
      goal: {
        key: 'vader',
        horizon: 'long',
        text: 'Ik wil weer met mijn vader kunnen praten zonder dat we ruzie krijgen.',
        dimension: 'social',
        measure: 'We drinken elke maand een keer koffie samen en ik loop niet boos weg.',
      },
    },
    {
      daysAgo: 2,
      kind: 'goal_added',
      goal: {
        key: 'bericht',
        horizon: 'short',
        text: 'Mijn vader een bericht sturen dat ik hem mis.',
        dimension: 'social',
        measure: 'Het bericht is verstuurd.',
        targetDaysAgo: -14,
        serves: 'vader',
      },
    },
    {
      daysAgo: 1,
      kind: 'goal_changed',
      goal: 'bericht',
      set: {
        text: 'Mijn vader een kaart schrijven. Daarin zeg ik dat ik hem mis en dat ik hem graag in mijn groep wil.',
        measure: 'De kaart is op de post en ik heb met Esmee besproken wat ik doe als hij niet terugschrijft.',
      },
    },
  ],
};
