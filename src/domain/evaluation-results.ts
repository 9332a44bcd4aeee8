import { respondentTypes, type RespondentType } from './evaluations.js';

/**
 * The results of evaluation rounds (PRODUCT.md §7): per respondent type the mean score on each
 * scale, the same over everyone shown, the open remarks, and the trend over rounds. Individual
 * answers stay private: a respondent type with a single respondent who answered is shown only when
 * that respondent agreed, and what is hidden leaves no trace in the overall means or the remarks, so
 * that it cannot be worked out by subtracting. Means are not rounded: rounding is for display.
 */

/** A scale as results name it; `title` null: a theme of Regie's own, which the UI names in its texts. */
export interface ResultScale {
  id: string;
  title: string | null;
  min: number;
  max: number;
}

/** Someone asked in a round, as results need them. */
export interface ResultRespondent {
  respondentType: RespondentType;
  name: string;
  answered: boolean;
  /** Agrees that their type's results are shown when they are its only respondent who answered. */
  showWhenAlone: boolean;
  /** Their remarks carry their name. */
  signed: boolean;
  /** Their score per scale id; a scale they have no score on is absent or null. */
  scores: Readonly<Record<string, number | null | undefined>>;
  /** Their answers to the open items (text and string items). */
  remarks: readonly string[];
}

/** The mean of a scale's scores over some respondents, and how many had a score. */
export interface ScaleMean {
  scaleId: string;
  /** Null when none of them had a score. */
  mean: number | null;
  n: number;
}

/** Why a respondent type's results are not shown. */
export type HiddenReason = 'no_answers' | 'alone_without_consent';

/** One respondent type's part of a round's results. */
export interface TypeResult {
  respondentType: RespondentType;
  asked: number;
  answered: number;
  shown: boolean;
  hiddenReason: HiddenReason | null;
  /** One mean per scale of the round, in the round's scale order; empty when not shown. */
  scores: ScaleMean[];
}

/** An open remark; `by` is the writer's name only when they signed. */
export interface Remark {
  text: string;
  by: string | null;
}

/** What a round's results say (src/shared/evaluations.ts roundResultsSchema without the round itself). */
export interface RoundFigures {
  scales: ResultScale[];
  /** Every respondent type, in the order of `respondentTypes`, asked or not. */
  byType: TypeResult[];
  /** Over the respondents of the shown types only. */
  overall: ScaleMean[];
  /** Of shown respondents only, in alphabetical order. */
  remarks: Remark[];
}

/** A closed round as the trend needs it. */
export interface TrendRoundInput {
  id: string;
  /** The Amsterdam day the round closed (YYYY-MM-DD). */
  closedOn: string;
  respondents: readonly ResultRespondent[];
  /** The scales of the instruments its respondents were given. */
  scales: readonly ResultScale[];
}

/** The trend over closed rounds (src/shared/evaluations.ts evaluationTrendSchema). */
export interface Trend {
  scales: ResultScale[];
  rounds: {
    id: string;
    closedOn: string;
    byType: Pick<TypeResult, 'respondentType' | 'shown' | 'scores'>[];
    overall: ScaleMean[];
  }[];
}

/**
 * The scales in order of first appearance, one per id. Instruments of different respondent types
 * may share a scale (Regie's own all score the four themes): the first one seen names it.
 */
export function uniqueScales(scales: readonly ResultScale[]): ResultScale[] {
  const byId = new Map<string, ResultScale>();
  for (const scale of scales) if (!byId.has(scale.id)) byId.set(scale.id, scale);
  return [...byId.values()];
}

/**
 * The mean score on each of `scaleIds` over the given score sets: per scale, over those that have a
 * score on it. The team's figures average the same way, over many groups' respondents.
 */
export function meanScores(
  scoreSets: readonly Readonly<Record<string, number | null | undefined>>[],
  scaleIds: readonly string[],
): ScaleMean[] {
  return scaleIds.map((scaleId) => {
    const values = scoreSets.flatMap((scores) => {
      const value = Object.hasOwn(scores, scaleId) ? scores[scaleId] : undefined;
      return typeof value === 'number' && Number.isFinite(value) ? [value] : [];
    });
    const n = values.length;
    return { scaleId, mean: n === 0 ? null : values.reduce((sum, value) => sum + value, 0) / n, n };
  });
}

/**
 * Whether a respondent type's results are shown: not when nobody of the type answered, and not when
 * exactly one did without agreeing to be shown alone, since their type's means would be their own
 * answers. Counted over those who answered: of two relatives asked, one who answered alone is alone.
 */
export function typeVisibility(respondents: readonly Pick<ResultRespondent, 'answered' | 'showWhenAlone'>[]): {
  shown: boolean;
  hiddenReason: HiddenReason | null;
} {
  const answered = respondents.filter((respondent) => respondent.answered);
  if (answered.length === 0) return { shown: false, hiddenReason: 'no_answers' };
  if (answered.length === 1 && !answered[0]?.showWhenAlone) return { shown: false, hiddenReason: 'alone_without_consent' };
  return { shown: true, hiddenReason: null };
}

// One order for everyone, whatever their language, that follows neither time nor respondent type:
// the order must not tell who wrote what.
const collator = new Intl.Collator('nl', { sensitivity: 'variant' });
const byText = (a: Remark, b: Remark): number =>
  collator.compare(a.text, b.text) ||
  (a.text < b.text ? -1 : a.text > b.text ? 1 : 0) ||
  (a.by === b.by ? 0 : a.by === null ? -1 : b.by === null ? 1 : collator.compare(a.by, b.by));

/**
 * A round's results from everyone asked and the scales of their instruments: per respondent type
 * the counts and, when shown, the mean per scale; the same over the shown types' respondents; and
 * the remarks of the shown respondents (blank ones left out), alphabetically, named only when signed.
 */
export function roundResults(respondents: readonly ResultRespondent[], scales: readonly ResultScale[]): RoundFigures {
  const roundScales = uniqueScales(scales);
  const scaleIds = roundScales.map((scale) => scale.id);
  const shownRespondents: ResultRespondent[] = [];
  const byType = respondentTypes.map((respondentType): TypeResult => {
    const ofType = respondents.filter((respondent) => respondent.respondentType === respondentType);
    const answered = ofType.filter((respondent) => respondent.answered);
    const { shown, hiddenReason } = typeVisibility(ofType);
    if (shown) shownRespondents.push(...answered);
    return {
      respondentType,
      asked: ofType.length,
      answered: answered.length,
      shown,
      hiddenReason,
      scores: shown
        ? meanScores(
            answered.map((respondent) => respondent.scores),
            scaleIds,
          )
        : [],
    };
  });
  const remarks = shownRespondents
    .flatMap((respondent) =>
      respondent.remarks
        .map((text) => text.trim())
        .filter((text) => text !== '')
        .map((text): Remark => ({ text, by: respondent.signed ? respondent.name : null })),
    )
    .sort(byText);
  return {
    scales: roundScales,
    byType,
    overall: meanScores(
      shownRespondents.map((respondent) => respondent.scores),
      scaleIds,
    ),
    remarks,
  };
}

/**
 * The trend over closed rounds, oldest first (by the day they closed; rounds closed the same day
 * keep the order given): each round's means per shown respondent type and overall, by the same
 * rules as its results, on the scales of all the rounds together, so that every round has a value
 * (possibly null) on every scale. Remarks are not part of a trend.
 */
export function evaluationTrend(rounds: readonly TrendRoundInput[]): Trend {
  const scales = uniqueScales(rounds.flatMap((round) => round.scales));
  const ordered = [...rounds].sort((a, b) => (a.closedOn < b.closedOn ? -1 : a.closedOn > b.closedOn ? 1 : 0));
  return {
    scales,
    rounds: ordered.map((round) => {
      const figures = roundResults(round.respondents, scales);
      return {
        id: round.id,
        closedOn: round.closedOn,
        byType: figures.byType.map(({ respondentType, shown, scores }) => ({ respondentType, shown, scores })),
        overall: figures.overall,
      };
    }),
  };
}
