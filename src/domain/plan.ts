import { defaultGoalLimits, type GoalLimits } from './phases.js';

/**
 * The resource group plan (PRODUCT.md §5): recovery goals in the client's own words, working
 * agreements, and the signalling plan. The rules here are the method's; the words are the client's.
 */

/** Long-term goals give direction; short-term goals are the steps the group works on now. */
export const goalHorizons = ['long', 'short'] as const;
export type GoalHorizon = (typeof goalHorizons)[number];

/** The three dimensions of recovery a goal can serve. */
export const recoveryDimensions = ['personal', 'social', 'health'] as const;
export type RecoveryDimension = (typeof recoveryDimensions)[number];

/** Where a goal stands. An achieved goal stays in the plan: it is a success to keep in view. */
export const goalStatuses = ['not_started', 'in_progress', 'achieved', 'adjusted', 'stopped'] as const;
export type GoalStatus = (typeof goalStatuses)[number];

/** Goals that no longer take up one of the plan's places: reached, or given up. */
const closedStatuses: readonly GoalStatus[] = ['achieved', 'stopped'];

/** True when a goal with this status still counts towards the plan's limits. */
export function countsTowardsLimit(status: GoalStatus): boolean {
  return !closedStatuses.includes(status);
}

/** Why a new goal was refused. */
export type GoalRefusal = { reason: 'limit_reached'; horizon: GoalHorizon; limit: number };

/**
 * Whether one more goal of `horizon` fits the plan. The method keeps the plan small enough to talk
 * through at one meeting, so that every goal gets attention; achieved and stopped goals stay visible
 * but leave their place free. `open` counts the goals that still count (see countsTowardsLimit).
 */
export function canAddGoal(
  horizon: GoalHorizon,
  open: Readonly<Record<GoalHorizon, number>>,
  limits: Readonly<GoalLimits> = defaultGoalLimits,
): { ok: true } | ({ ok: false } & GoalRefusal) {
  const limit = limits[horizon];
  return open[horizon] < limit ? { ok: true } : { ok: false, reason: 'limit_reached', horizon, limit };
}

/**
 * Whether limits an organisation chooses are sensible: at least one goal of each horizon (a plan
 * needs a direction and a first step), and not so many that a meeting cannot discuss them all.
 */
export function areValidGoalLimits(limits: Readonly<GoalLimits>): boolean {
  const fits = (value: number) => Number.isInteger(value) && value >= 1 && value <= 10;
  return fits(limits.long) && fits(limits.short);
}

/** A goal as the linking rule needs it. */
export interface GoalRef {
  id: string;
  horizon: GoalHorizon;
  status: GoalStatus;
}

/**
 * Whether `short` may be linked to `long` as a step towards it: a short-term goal serves a long-term
 * goal of the same plan that has not been stopped (an achieved one may still be served, e.g. to keep
 * it achieved).
 */
export function canLinkGoals(short: GoalRef, long: GoalRef): boolean {
  return short.horizon === 'short' && long.horizon === 'long' && long.status !== 'stopped' && short.id !== long.id;
}

/** Progress is scored from 0 (not at all) to 10 (fully there), in whole steps. */
export const progressScoreRange = { min: 0, max: 10 } as const;

/** True when `value` is a progress score. */
export function isProgressScore(value: number): boolean {
  return Number.isInteger(value) && value >= progressScoreRange.min && value <= progressScoreRange.max;
}

/** One recorded score of a goal. `date` is a day (YYYY-MM-DD); `recordedAt` breaks ties within it. */
export interface ProgressPoint {
  date: string;
  recordedAt: string;
  score: number;
}

/**
 * The trend of a goal: one point per day in date order, the last score of a day counting (a score
 * corrected the same day replaces the first), so that the line drawn never zigzags within a day.
 */
export function progressTrend(points: readonly ProgressPoint[]): { date: string; score: number }[] {
  const lastOfDay = new Map<string, ProgressPoint>();
  for (const point of points) {
    const held = lastOfDay.get(point.date);
    if (!held || point.recordedAt >= held.recordedAt) lastOfDay.set(point.date, point);
  }
  return [...lastOfDay.values()]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map(({ date, score }) => ({ date, score }));
}

/**
 * The signalling plan's phases when a plan starts: from stable to crisis. A plan may rename them and
 * use more or fewer; these are the method's usual four.
 */
export const defaultSignalPhases = ['stable', 'early_signs', 'rising_tension', 'crisis'] as const;

/** How many phases a signalling plan has at least (stable and crisis) and at most. */
export const signalPhaseCount = { min: 2, max: 6 } as const;

/** True when a plan may have `count` signalling phases. */
export function isValidSignalPhaseCount(count: number): boolean {
  return Number.isInteger(count) && count >= signalPhaseCount.min && count <= signalPhaseCount.max;
}

/** Where a working agreement stands. */
export const agreementStatuses = ['open', 'done', 'cancelled'] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];
