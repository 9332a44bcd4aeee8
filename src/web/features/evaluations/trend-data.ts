import { respondentTypes, type RespondentType } from '../../../domain/evaluations.js';
import type { EvaluationTrend, RoundResults } from '../../../shared/evaluations.js';
import type { TrendRound } from './chart.js';

// The results and the trend as the pages draw them: which respondent types get a bar, a line or a
// column, and their means per scale. A type that is not shown contributes nothing, not even a gap.

export type TrendScale = EvaluationTrend['scales'][number];
type TypeResult = RoundResults['byType'][number];

/** The respondent types shown in at least one round, in their fixed order: the trend's lines. */
export function trendTypes(trend: EvaluationTrend): RespondentType[] {
  return respondentTypes.filter((type) =>
    trend.rounds.some((round) => round.byType.some((result) => result.respondentType === type && result.shown)),
  );
}

/** Each round's day and the means on one scale of the types it shows (a mean of nobody is left out). */
export function trendRounds(trend: EvaluationTrend, scaleId: string): TrendRound[] {
  return trend.rounds.map((round) => {
    const means: TrendRound['means'] = {};
    for (const result of round.byType) {
      const mean = result.shown ? result.scores.find((score) => score.scaleId === scaleId)?.mean : null;
      if (mean !== null && mean !== undefined) means[result.respondentType] = mean;
    }
    return { closedOn: round.closedOn, means };
  });
}

/** A shown type's mean on a scale; null when it has none (nobody of the type scored on it). */
export function meanOf(result: Pick<TypeResult, 'shown' | 'scores'>, scaleId: string): number | null {
  if (!result.shown) return null;
  return result.scores.find((score) => score.scaleId === scaleId)?.mean ?? null;
}

/** A round's respondent types worth a line under "who filled it in": asked at least once, in order. */
export function askedTypes(byType: readonly TypeResult[]): TypeResult[] {
  return respondentTypes.flatMap((type) => byType.filter((result) => result.respondentType === type && result.asked > 0));
}
