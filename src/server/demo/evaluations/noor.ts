import type { EvaluationStory } from './story.js';

// Days count back from the day the demo is loaded.

/**
 * Noor Visser, phase 5: Esmee opened a round before the first follow-up and all four answered;
 * Jolien, the only relative with an account, agreed to be shown on her own. Before the second
 * follow-up Noor opened one herself, but only she and Ruben answered before its last day: too few
 * for the team's figures, which leave it out.
 */
export const noorEvaluations: EvaluationStory = {
  client: 'client5@demo.regie.test',
  rounds: [
    {
      openedDaysAgo: 144,
      openedBy: 'coordinator',
      closesDaysAgo: 131,
      meetingDaysAgo: 130,
      responses: [
        {
          who: 'client',
          answeredDaysAgo: 141,
          themes: { heard: 4, roles: 3.5, direction: 4, progress: 4 },
          remark: 'Fijn dat we bij mij thuis zijn. Ik wil graag zelf meer vertellen.',
          showWhenAlone: true,
        },
        {
          who: 'jolien',
          answeredDaysAgo: 139,
          themes: { heard: 4, roles: 3, direction: 4.5, progress: 4 },
          remark: 'Ik weet niet altijd wat ik wel en niet moet doen als Noor het moeilijk heeft.',
          showWhenAlone: true,
        },
        { who: 'esmee', answeredDaysAgo: 143, themes: { heard: 4, roles: 3.5, direction: 4, progress: 4 } },
        {
          who: 'ruben',
          answeredDaysAgo: 134,
          themes: { heard: 3.5, roles: 3.5, direction: 4, progress: 3.5 },
          dontKnow: ['roles-3'],
        },
      ],
    },
    {
      openedDaysAgo: 99,
      openedBy: 'client',
      closesDaysAgo: 86,
      meetingDaysAgo: 85,
      responses: [
        {
          who: 'client',
          answeredDaysAgo: 99,
          themes: { heard: 4.5, roles: 4, direction: 4.5, progress: 4.5 },
          remark: 'Ik mis Sem in de groep.',
          showWhenAlone: true,
        },
        { who: 'jolien' },
        { who: 'esmee' },
        { who: 'ruben', answeredDaysAgo: 90, themes: { heard: 4, roles: 4, direction: 4, progress: 4 } },
      ],
    },
  ],
};
