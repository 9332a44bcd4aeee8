import { dayParts } from './amsterdam-time.js';
import { typeVisibility } from './evaluation-results.js';
import { respondentTypes, teamMinimumRespondents, type RespondentType } from './evaluations.js';
import type { MemberKind, MemberStatus, ProfessionalRole } from './membership.js';
import { isPhaseNumber, type PhaseNumber } from './phases.js';

/**
 * The statistics behind a team's figures (PRODUCT.md §8): groups per phase, group size, informal
 * members per group as a frequency table, the share of groups with informal support and the share of
 * groups that kept their meeting rhythm. Teams report these figures next to figures made with a
 * statistics package, so the frequency table follows the layout such a package prints (SPSS
 * "Frequencies"), and nothing is rounded until it is shown.
 */

function checkFinite(value: number, what: string): void {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite ${what}: ${value}`);
}

const present = (values: readonly (number | null)[]): number[] => {
  const numbers = values.filter((value): value is number => value !== null);
  for (const value of numbers) checkFinite(value, 'value');
  return numbers;
};

/** One value's line of a frequency table. Percentages run from 0 to 100 and are not rounded. */
export interface FrequencyRow {
  value: number;
  frequency: number;
  /** Share of all cases, missing ones included; null when there are no cases at all. */
  percent: number | null;
  /** Share of the cases with a value; null when no case has one. */
  validPercent: number | null;
  /** Valid percent of this value and every lower one; null when no case has a value. */
  cumulativePercent: number | null;
}

/** The cases without a value. A missing value has no valid or cumulative percent, as in SPSS. */
export interface MissingRow {
  frequency: number;
  percent: number;
}

/** A frequency table as a statistics package prints it. */
export interface FrequencyTable {
  /** One row per value, lowest first. */
  rows: FrequencyRow[];
  /** Present only when some case is missing, so a complete table shows no empty missing line. */
  missing: MissingRow | null;
  /** `n` counts every case, `validN` the cases with a value. */
  total: { n: number; validN: number };
}

/**
 * The frequency table of `values`, where null is a missing case (a group whose figure is unknown,
 * which is not the same as a group with none). Each value present gets a row; with `categories`, each
 * category gets one too, with frequency 0 when no case has it, so that tables of different teams or
 * periods line up. A value outside the categories still gets its row: a category list decides what is
 * shown at least, never what is left out.
 *
 * The cumulative percent is computed from the unrounded counts (cumulative frequency over valid N),
 * not by adding rounded valid percents: it ends at exactly 100, and a rounded cumulative percent may
 * differ by a tenth from the sum of the rounded valid percents above it, just as in SPSS.
 */
export function frequencyTable(
  values: readonly (number | null)[],
  options: { categories?: readonly number[] } = {},
): FrequencyTable {
  const valid = present(values);
  const n = values.length;
  const validN = valid.length;
  const missingN = n - validN;

  const counts = new Map<number, number>();
  for (const category of options.categories ?? []) {
    checkFinite(category, 'category');
    counts.set(category, 0);
  }
  for (const value of valid) counts.set(value, (counts.get(value) ?? 0) + 1);

  let cumulative = 0;
  const rows = [...counts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([value, frequency]): FrequencyRow => {
      cumulative += frequency;
      return {
        value,
        frequency,
        percent: n === 0 ? null : (100 * frequency) / n,
        validPercent: validN === 0 ? null : (100 * frequency) / validN,
        cumulativePercent: validN === 0 ? null : (100 * cumulative) / validN,
      };
    });

  return {
    rows,
    missing: missingN === 0 ? null : { frequency: missingN, percent: (100 * missingN) / n },
    total: { n, validN },
  };
}

// Moves the decimal point by changing the exponent of the number's shortest decimal form, so that
// no binary multiplication error creeps in (1.005 * 100 is 100.49999999999999 in binary).
const shiftDecimal = (value: number, places: number): number => {
  const [mantissa, exponent = '0'] = String(value).split('e');
  return Number(`${mantissa ?? ''}e${Number(exponent) + places}`);
};

/**
 * `value` rounded to `decimals` places, half away from zero (12.25 → 12.3, −12.25 → −12.3), as
 * statistics packages and readers expect; JavaScript's Math.round would take −12.25 to −12.2.
 * Rounding works on the number as it is written (0.15, 1.005), not on its binary approximation, which
 * may lie just below the half.
 */
export function roundPercent(value: number, decimals = 1): number {
  checkFinite(value, 'value');
  if (!Number.isInteger(decimals) || decimals < 0) throw new RangeError(`not a number of decimals: ${decimals}`);
  const rounded = shiftDecimal(Math.round(shiftDecimal(Math.abs(value), decimals)), -decimals);
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** The arithmetic mean of the values present (nulls ignored); null when there are none. */
export function mean(values: readonly (number | null)[]): number | null {
  const numbers = present(values);
  if (numbers.length === 0) return null;
  return numbers.reduce((sum, value) => sum + value, 0) / numbers.length;
}

/**
 * The sample standard deviation (divided by n − 1) of the values present, as statistics packages
 * report it: a team's groups are read as a sample of the groups it could have. Null below two values,
 * where a spread cannot be estimated.
 */
export function standardDeviation(values: readonly (number | null)[]): number | null {
  const numbers = present(values);
  if (numbers.length < 2) return null;
  // Deviations from the mean rather than the sum of squares minus n·mean², which loses precision.
  const average = numbers.reduce((sum, value) => sum + value, 0) / numbers.length;
  const squares = numbers.reduce((sum, value) => sum + (value - average) ** 2, 0);
  return Math.sqrt(squares / (numbers.length - 1));
}

/** The median of the values present: the middle one, or the mean of the middle two; null when none. */
export function median(values: readonly (number | null)[]): number | null {
  const sorted = present(values).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}

/** The lowest and highest value present; null when there are none. */
export function minMax(values: readonly (number | null)[]): { min: number; max: number } | null {
  const numbers = present(values);
  if (numbers.length === 0) return null;
  // A loop, not Math.min(...numbers): spreading a long list can overflow the call stack.
  let min = Infinity;
  let max = -Infinity;
  for (const value of numbers) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return { min, max };
}

/** How a figure is spread over a team's groups; `n` counts the values present. */
export interface Distribution {
  n: number;
  mean: number | null;
  sd: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
}

/** The descriptive statistics of the values present (nulls ignored), each null where undefined. */
export function distribution(values: readonly (number | null)[]): Distribution {
  const range = minMax(values);
  return {
    n: present(values).length,
    mean: mean(values),
    sd: standardDeviation(values),
    median: median(values),
    min: range?.min ?? null,
    max: range?.max ?? null,
  };
}

/** What the group figures need to know of one membership (ended ones included). */
export interface MemberCountFacts {
  kind: MemberKind;
  status: MemberStatus;
  role: ProfessionalRole | null;
}

/** What the group figures need to know of one group. */
export interface GroupCountFacts {
  members: readonly MemberCountFacts[];
}

const isActive = (member: MemberCountFacts): boolean => member.status === 'active';

/**
 * The size of a group as teams report it: the active members, plus the client, plus the coordinator.
 * Only active members count: a nominee may still say no, and a member who left is history. The
 * coordinator is counted once: when an active member holds the coordinator role, that member is the
 * coordinator and already counted; otherwise the coordinator is added, since every group has one
 * (membership.ts) even while their own membership is not yet recorded as active.
 */
export function groupSize(group: GroupCountFacts): number {
  const active = group.members.filter(isActive);
  const coordinatorCounted = active.some((member) => member.role === 'coordinator');
  return active.length + 1 + (coordinatorCounted ? 0 : 1);
}

/** The group's active informal members (relatives, friends, neighbours); peer experts are not informal. */
export function informalMembers(group: GroupCountFacts): number {
  return group.members.filter((member) => isActive(member) && member.kind === 'informal').length;
}

/**
 * The share (0 to 1, not a percent) of groups with informal support: at least one active informal
 * member. Null for no groups, where a share means nothing (and is not 0).
 */
export function shareWithInformalSupport(groups: readonly GroupCountFacts[]): number | null {
  if (groups.length === 0) return null;
  return groups.filter((group) => informalMembers(group) > 0).length / groups.length;
}

/**
 * The number of groups in each phase, 1 to 6, with 0 for a phase no group is in: an empty phase is a
 * figure too, and every team's table has the same six lines.
 */
export function groupsPerPhase(groups: readonly { phase: PhaseNumber }[]): Record<PhaseNumber, number> {
  const counts: Record<PhaseNumber, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0 };
  for (const { phase } of groups) {
    if (!isPhaseNumber(phase)) throw new RangeError(`not a phase: ${String(phase)}`);
    counts[phase] += 1;
  }
  return counts;
}

/**
 * The share (0 to 1) of groups that met within their interval, from each group's
 * `metWithinInterval` (meeting-rhythm.ts). A null there means the group's rhythm had not begun: it
 * counts neither way. Null when no group is judged.
 */
export function shareMetWithinInterval(results: readonly (boolean | null)[]): number | null {
  const judged = results.filter((result): result is boolean => result !== null);
  if (judged.length === 0) return null;
  return judged.filter(Boolean).length / judged.length;
}

/**
 * The calendar quarter a day (YYYY-MM-DD) falls in, written as teams report it: '2027-Q1'. Labels
 * sort in time order as text.
 */
export function quarterOf(day: string): string {
  const [year, month] = dayParts(day);
  return `${String(year).padStart(4, '0')}-Q${Math.ceil(month / 3)}`;
}

/**
 * `value` as text with exactly `decimals` places after a dot, rounded half away from zero as
 * `roundPercent` does: 12 → '12.0', 14.2857 → '14.3', −0.04 → '0.0'. For files read by statistics
 * packages, which take a fixed number of places better than a number that drops its trailing zeros.
 */
export function fixedDecimals(value: number, decimals: number): string {
  return roundPercent(value, decimals).toFixed(decimals);
}

// ---------------------------------------------------------------------------------------------
// Evaluation figures of a team (PRODUCT.md §7): averages over the team's groups, never a person's
// answers and never one group's round.

/**
 * The fewest groups a team average may draw on: an average over the rounds of one group alone is
 * that group's results, which the team does not see (a team lead knows from the caseload which group
 * had a round when).
 */
export const teamMinimumGroups = 2;

/** Someone asked in a closed round, as the team's figures need them: no name, no answers. */
export interface TeamRespondent {
  respondentType: RespondentType;
  answered: boolean;
  /** Their consent to show their type's results when they are its only respondent who answered. */
  showWhenAlone: boolean;
  /** Their score per scale id; a scale they have no score on is absent or null. */
  scores: Readonly<Record<string, number | null | undefined>>;
}

/** A closed round of one of the team's groups. */
export interface TeamRound {
  groupId: string;
  /** The Amsterdam day it closed (its last day, or the day it was closed early). */
  closedOn: string;
  respondents: readonly TeamRespondent[];
}

/** A mean the team may see, and how many scores it is over (given also when the mean is withheld). */
export interface TeamMean {
  mean: number | null;
  n: number;
}

export interface TeamScaleAverage {
  scaleId: string;
  overall: TeamMean;
  /** One per respondent type, in the order of `respondentTypes`. */
  byType: (TeamMean & { respondentType: RespondentType })[];
}

/** Asked and answered over rounds, and the share (0 to 1) that answered; null when nobody was asked. */
export interface ResponseRate {
  asked: number;
  answered: number;
  share: number | null;
}

export interface TeamEvaluationFigures {
  /** Closed rounds counted, and closed rounds left out for too few respondents. */
  rounds: number;
  roundsLeftOut: number;
  /** Over every closed round, counted or not: asking is not answering. */
  responseRate: ResponseRate;
  averages: TeamScaleAverage[];
  /** Per quarter any round closed in, oldest first. */
  overTime: {
    period: string;
    rounds: number;
    responseRate: ResponseRate;
    averages: Pick<TeamScaleAverage, 'scaleId' | 'overall'>[];
  }[];
}

/**
 * The respondents whose answers a round's own results show: those who answered, of a respondent type
 * that is shown (evaluation-results.ts typeVisibility: one respondent of a type alone only with their
 * consent). The team counts no more than the group itself sees, so that nobody in the group can learn
 * a hidden answer by setting the team's figures beside the group's.
 */
export function shownRespondents<R extends TeamRespondent>(respondents: readonly R[]): R[] {
  return respondentTypes.flatMap((respondentType) => {
    const ofType = respondents.filter((respondent) => respondent.respondentType === respondentType);
    return typeVisibility(ofType).shown ? ofType.filter((respondent) => respondent.answered) : [];
  });
}

/** Whether a closed round counts in the team's figures: at least `teamMinimumRespondents` shown respondents. */
export function countsForTeam(round: Pick<TeamRound, 'respondents'>): boolean {
  return shownRespondents(round.respondents).length >= teamMinimumRespondents;
}

/** Asked and answered over the rounds' respondents. */
export function responseRate(rounds: readonly Pick<TeamRound, 'respondents'>[]): ResponseRate {
  const respondents = rounds.flatMap((round) => round.respondents);
  const answered = respondents.filter((respondent) => respondent.answered).length;
  return { asked: respondents.length, answered, share: respondents.length === 0 ? null : answered / respondents.length };
}

/**
 * The mean of scores from the team's counted rounds, withheld (null) unless it is over at least
 * `teamMinimumRespondents` scores from at least `teamMinimumGroups` groups: fewer people, and the
 * mean could be someone's own answers; one group, and it is that group's results. `n` is given either way.
 */
export function teamMean(scores: readonly { groupId: string; score: number }[]): TeamMean {
  const n = scores.length;
  const groups = new Set(scores.map((entry) => entry.groupId)).size;
  if (n < teamMinimumRespondents || groups < teamMinimumGroups) return { mean: null, n };
  return { mean: mean(scores.map((entry) => entry.score)), n };
}

type ScoredRespondent = TeamRespondent & { groupId: string };

const scoresOn = (respondents: readonly ScoredRespondent[], scaleId: string) =>
  respondents.flatMap((respondent) => {
    const value = Object.hasOwn(respondent.scores, scaleId) ? respondent.scores[scaleId] : undefined;
    return typeof value === 'number' && Number.isFinite(value) ? [{ groupId: respondent.groupId, score: value }] : [];
  });

/** The team means on each scale over the shown respondents of counted rounds, overall and per respondent type. */
export function teamScaleAverages(rounds: readonly TeamRound[], scaleIds: readonly string[]): TeamScaleAverage[] {
  const respondents = rounds
    .filter(countsForTeam)
    .flatMap((round) => shownRespondents(round.respondents).map((respondent) => ({ ...respondent, groupId: round.groupId })));
  return scaleIds.map((scaleId) => ({
    scaleId,
    overall: teamMean(scoresOn(respondents, scaleId)),
    byType: respondentTypes.map((respondentType) => ({
      respondentType,
      ...teamMean(
        scoresOn(
          respondents.filter((respondent) => respondent.respondentType === respondentType),
          scaleId,
        ),
      ),
    })),
  }));
}

/**
 * The team's evaluation figures over its closed rounds, on the scales given (in that order): rounds
 * counted and left out, the response rate over all of them, the means (teamScaleAverages) and the
 * same per calendar quarter of closing.
 */
export function teamEvaluationFigures(rounds: readonly TeamRound[], scaleIds: readonly string[]): TeamEvaluationFigures {
  const counted = rounds.filter(countsForTeam).length;
  const periods = [...new Set(rounds.map((round) => quarterOf(round.closedOn)))].sort();
  return {
    rounds: counted,
    roundsLeftOut: rounds.length - counted,
    responseRate: responseRate(rounds),
    averages: teamScaleAverages(rounds, scaleIds),
    overTime: periods.map((period) => {
      const inPeriod = rounds.filter((round) => quarterOf(round.closedOn) === period);
      return {
        period,
        rounds: inPeriod.filter(countsForTeam).length,
        responseRate: responseRate(inPeriod),
        averages: teamScaleAverages(inPeriod, scaleIds).map(({ scaleId, overall }) => ({ scaleId, overall })),
      };
    }),
  };
}
