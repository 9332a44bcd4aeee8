import type { EvaluationStory } from './story.js';

// Days count back from the day the demo is loaded.

/**
 * Daan Smit, phase 6: a round before each of the last three follow-ups, everyone answering, so the
 * trend runs over three rounds and rises. Lars, the only relative with an account, did not want to
 * be shown on his own the first time, a month after he joined; his answers stayed hidden. In the
 * next two rounds he agreed. Daan signed his remark in the last round.
 */
export const daanEvaluations: EvaluationStory = {
  client: 'client6@demo.regie.test',
  rounds: [
    {
      // Before the handover: Jeroen was the coordinator then, and was asked too.
      openedDaysAgo: 214,
      openedBy: 'coordinator',
      closesDaysAgo: 201,
      meetingDaysAgo: 200,
      responses: [
        {
          who: 'client',
          answeredDaysAgo: 211,
          themes: { heard: 4, roles: 3.5, direction: 3.5, progress: 4 },
          remark: 'Ik wil vaker zelf voorzitter zijn.',
          showWhenAlone: true,
        },
        {
          who: 'lars',
          answeredDaysAgo: 203,
          themes: { heard: 3.5, roles: 2.5, direction: 4, progress: 3.5 },
          dontKnow: ['progress-3'],
          remark: 'Ik ben nieuw in de groep en weet nog niet goed wat ik kan doen.',
          showWhenAlone: false,
        },
        { who: 'jeroen', answeredDaysAgo: 213, themes: { heard: 4, roles: 3, direction: 3.5, progress: 4 } },
        {
          who: 'ruben',
          answeredDaysAgo: 208,
          themes: { heard: 4, roles: 3.5, direction: 3.5, progress: 4 },
          remark: 'De overdracht aan Esmee willen we samen met Daan doen.',
        },
      ],
    },
    {
      openedDaysAgo: 134,
      openedBy: 'client',
      closesDaysAgo: 121,
      meetingDaysAgo: 120,
      responses: [
        {
          who: 'client',
          answeredDaysAgo: 134,
          themes: { heard: 4.5, roles: 4, direction: 4.5, progress: 4.5 },
          showWhenAlone: true,
        },
        {
          who: 'esmee',
          answeredDaysAgo: 132,
          themes: { heard: 4, roles: 4, direction: 4.5, progress: 4.5 },
          remark: 'Daan zit nu zelf voor. Dat gaat goed.',
        },
        { who: 'ruben', answeredDaysAgo: 127, themes: { heard: 4, roles: 3.5, direction: 4, progress: 4.5 } },
        {
          who: 'lars',
          answeredDaysAgo: 124,
          themes: { heard: 4, roles: 4, direction: 4.5, progress: 4 },
          remark: 'Samen klussen in het huis werkt goed voor ons allebei.',
          showWhenAlone: true,
        },
      ],
    },
    {
      openedDaysAgo: 44,
      openedBy: 'coordinator',
      closesDaysAgo: 31,
      meetingDaysAgo: 30,
      responses: [
        {
          who: 'client',
          answeredDaysAgo: 40,
          themes: { heard: 5, roles: 4.5, direction: 5, progress: 5 },
          remark: 'Ik wil de groep houden, maar minder vaak.',
          showWhenAlone: true,
          signed: true,
        },
        { who: 'esmee', answeredDaysAgo: 43, themes: { heard: 4.5, roles: 4.5, direction: 5, progress: 4.5 } },
        {
          who: 'ruben',
          answeredDaysAgo: 38,
          themes: { heard: 4.5, roles: 4, direction: 4.5, progress: 5 },
          remark: 'Bijna alle doelen zijn gehaald. Tijd om te praten over wie het van ons overneemt.',
        },
        {
          who: 'lars',
          answeredDaysAgo: 35,
          themes: { heard: 4.5, roles: 4, direction: 4.5, progress: 4.5 },
          showWhenAlone: true,
        },
      ],
    },
  ],
};
