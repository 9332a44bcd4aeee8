import type { StoryQualityAction } from './story.js';

// Days count back from the day the demo is loaded.

/**
 * FACT Noord's improvement actions: one that went round the whole cycle (relatives scored "who does
 * what" lowest, the team wrote their roles down at the start, the next rounds were better: keep it),
 * and one just planned, about the round that had too few answers to count.
 */
export const qualityActionStories: readonly StoryQualityAction[] = [
  {
    team: 'FACT Noord',
    theme: 'roles',
    createdDaysAgo: 196,
    createdBy: 'teamlead@demo.regie.test',
    what: 'Bij de start van een groep samen met elke naaste opschrijven wat zijn of haar rol is.',
    why: 'In de evaluaties scoren naasten ‘Wie doet wat’ het laagst. Een nieuwe naaste weet vaak niet wat hij kan doen.',
    owner: 'coordinator@demo.regie.test',
    dueDaysAgo: 150,
    check: {
      daysAgo: 26,
      result: 'In de rondes daarna scoorden naasten ‘Wie doet wat’ hoger. Nieuwe naasten zeggen dat ze weten wat ze kunnen doen.',
    },
    decision: { decision: 'keep', note: 'We doen dit voortaan in elke nieuwe groep.' },
  },
  {
    team: 'FACT Noord',
    theme: null,
    createdDaysAgo: 6,
    createdBy: 'teamlead@demo.regie.test',
    what: 'Wie een ronde opent, stuurt halverwege een herinnering aan wie nog niet heeft ingevuld.',
    why: 'In een van de rondes vulden te weinig mensen de vragenlijst in. Zo’n ronde telt niet mee in de teamcijfers.',
  },
];
