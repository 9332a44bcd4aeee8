import { describe, expect, it } from 'vitest';
import type { EvaluationTrend } from '../../../shared/evaluations.js';
import { askedTypes, meanOf, trendRounds, trendTypes } from './trend-data.js';

const score = (scaleId: string, mean: number | null) => ({ scaleId, mean, n: mean === null ? 0 : 2 });

const trend: EvaluationTrend = {
  scales: [
    { id: 'heard', title: null, min: 1, max: 5 },
    { id: 'roles', title: null, min: 1, max: 5 },
  ],
  rounds: [
    {
      id: 'r1',
      closedOn: '2026-01-20',
      byType: [
        { respondentType: 'client', shown: true, scores: [score('heard', 4), score('roles', null)] },
        { respondentType: 'relative', shown: false, scores: [] },
        { respondentType: 'professional', shown: true, scores: [score('heard', 3.5), score('roles', 3)] },
      ],
      overall: [score('heard', 3.7), score('roles', 3)],
    },
    {
      id: 'r2',
      closedOn: '2026-05-02',
      byType: [
        { respondentType: 'professional', shown: true, scores: [score('heard', 4.2), score('roles', 3.4)] },
        { respondentType: 'client', shown: true, scores: [score('heard', 4.5), score('roles', 4)] },
      ],
      overall: [score('heard', 4.3), score('roles', 3.6)],
    },
  ],
};

describe('the trend’s lines', () => {
  it('draws a line for each type shown in some round, and none for a type never shown', () => {
    expect(trendTypes(trend)).toEqual(['client', 'professional']);
  });

  it('takes each round’s means on one scale, leaving out hidden types and means of nobody', () => {
    expect(trendRounds(trend, 'heard')).toEqual([
      { closedOn: '2026-01-20', means: { client: 4, professional: 3.5 } },
      { closedOn: '2026-05-02', means: { professional: 4.2, client: 4.5 } },
    ]);
    expect(trendRounds(trend, 'roles')[0]).toEqual({ closedOn: '2026-01-20', means: { professional: 3 } });
  });
});

describe('a round’s results per type', () => {
  const professionals = {
    respondentType: 'professional' as const,
    asked: 3,
    answered: 2,
    shown: true,
    hiddenReason: null,
    scores: [score('heard', 3)],
  };
  const byType = [
    professionals,
    { respondentType: 'relative' as const, asked: 0, answered: 0, shown: false, hiddenReason: 'no_answers' as const, scores: [] },
    {
      respondentType: 'client' as const,
      asked: 1,
      answered: 1,
      shown: false,
      hiddenReason: 'alone_without_consent' as const,
      scores: [],
    },
  ];

  it('lists the types that were asked, in their order', () => {
    expect(askedTypes(byType).map((result) => result.respondentType)).toEqual(['client', 'professional']);
  });

  it('reads a mean only from a shown type', () => {
    expect(meanOf(professionals, 'heard')).toBe(3);
    expect(meanOf(professionals, 'roles')).toBeNull();
    expect(meanOf({ shown: false, scores: [score('heard', 2)] }, 'heard')).toBeNull();
  });
});
