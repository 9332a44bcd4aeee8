import type { TFunction } from 'i18next';
import {
  canAddGoal,
  countsTowardsLimit,
  goalHorizons,
  type AgreementStatus,
  type GoalHorizon,
  type GoalStatus,
  type RecoveryDimension,
} from '../../../domain/plan.js';
import type { Agreement, Goal, PlanChange, VersionSummary } from '../../../shared/plans.js';

// The plan in words: the codes of goals, agreements and versions said the same way on the plan's
// page, in its history and in a version read whole. Dates are the Netherlands' days and times.

/** A goal as the pages show it: from the plan now, or from a version (which has no updatedAt). */
export type GoalView = Omit<Goal, 'updatedAt'>;
/** An agreement as the pages show it: from the plan now, or from a version. */
export type AgreementView = Pick<Agreement, 'id' | 'what' | 'assignee' | 'dueOn' | 'goalId' | 'status'> &
  Partial<Pick<Agreement, 'mine' | 'doneAt'>>;

export const horizonText = (t: TFunction, horizon: GoalHorizon): string => t(`plans.horizons.${horizon}`);
export const dimensionText = (t: TFunction, dimension: RecoveryDimension): string => t(`plans.dimensions.${dimension}`);
export const goalStatusText = (t: TFunction, status: GoalStatus): string => t(`plans.goalStatuses.${status}`);
export const agreementStatusText = (t: TFunction, status: AgreementStatus): string => t(`plans.agreementStatuses.${status}`);
export const changeKindText = (t: TFunction, kind: PlanChange['kind']): string => t(`plans.changeKinds.${kind}`);

const memberKindCodes = ['informal', 'peer', 'formal'] as const;
const memberRoleCodes = ['coordinator', 'clinician'] as const;
const isMemberKind = (kind: string): kind is (typeof memberKindCodes)[number] =>
  (memberKindCodes as readonly string[]).includes(kind);
const isMemberRole = (role: string): role is (typeof memberRoleCodes)[number] =>
  (memberRoleCodes as readonly string[]).includes(role);

/** "Mirjam de Boer (naaste)", "Esmee van Dijk (regieondersteuner)": a member to choose for an agreement. */
export function memberLabel(t: TFunction, member: { name: string; kind: string; role: string | null }): string {
  const what =
    member.role !== null && isMemberRole(member.role)
      ? t(`plans.memberRoles.${member.role}`)
      : isMemberKind(member.kind)
        ? t(`plans.memberKinds.${member.kind}`)
        : null;
  return what === null ? member.name : t('plans.memberWithKind', { name: member.name, kind: what });
}

/** Who does an agreement: "U zelf" for the client reading their own plan, else a name. */
export function assigneeText(t: TFunction, assignee: AgreementView['assignee'], clientName: string, own: boolean): string {
  if (assignee.kind === 'member') return assignee.name;
  return own ? t('plans.assignee.own') : t('plans.assignee.client', { name: clientName });
}

/** A calendar day (YYYY-MM-DD) as people read it: "12 maart 2026". Read as UTC so no time zone moves the day. */
export function formatDay(day: string, language: string): string {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A short day for the chart's axis: "12 mrt". */
export function formatShortDay(day: string, language: string): string {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(date);
}

/** A moment as it was in the Netherlands: "12 maart 2026 om 14:30". */
export function formatMoment(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
}

/** The day of a moment in the Netherlands, short enough for a list to choose from: "23-11-2026". */
export function formatShortMoment(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
}

/** The goals as the plan shows them: each long-term goal with its steps, the other steps, and the stopped ones. */
export interface ArrangedGoals<G extends Pick<GoalView, 'id' | 'horizon' | 'status' | 'servesGoalId'>> {
  long: { goal: G; steps: G[] }[];
  /** Short-term goals that serve no long-term goal still in the plan. */
  loose: G[];
  /** Stopped goals of either horizon: kept, out of the way. */
  stopped: G[];
}

/**
 * Arranges goals the way the method talks about them: a direction (long term) with the steps
 * towards it (short term). Achieved goals stay where they are: they are the plan's successes.
 */
export function arrangeGoals<G extends Pick<GoalView, 'id' | 'horizon' | 'status' | 'servesGoalId'>>(
  goals: readonly G[],
): ArrangedGoals<G> {
  const live = goals.filter((goal) => goal.status !== 'stopped');
  const longIds = new Set(live.filter((goal) => goal.horizon === 'long').map((goal) => goal.id));
  return {
    long: live
      .filter((goal) => goal.horizon === 'long')
      .map((goal) => ({ goal, steps: live.filter((step) => step.horizon === 'short' && step.servesGoalId === goal.id) })),
    loose: live.filter((goal) => goal.horizon === 'short' && (goal.servesGoalId === null || !longIds.has(goal.servesGoalId))),
    stopped: goals.filter((goal) => goal.status === 'stopped'),
  };
}

/** How many goals of each horizon take up one of the plan's places now. */
export function openGoalCounts(goals: readonly Pick<GoalView, 'horizon' | 'status'>[]): Record<GoalHorizon, number> {
  const count = (horizon: GoalHorizon) =>
    goals.filter((goal) => goal.horizon === horizon && countsTowardsLimit(goal.status)).length;
  return { long: count('long'), short: count('short') };
}

/** The horizons that have no place left, so that the form can say so before anyone types (the server still decides). */
export function fullHorizons(
  goals: readonly Pick<GoalView, 'horizon' | 'status'>[],
  limits: Readonly<Record<GoalHorizon, number>>,
): GoalHorizon[] {
  const open = openGoalCounts(goals);
  return goalHorizons.filter((horizon) => !canAddGoal(horizon, open, limits).ok);
}

/** The plan's state of agreement at a meeting, as the top of the plan says it. */
export type AdoptionState =
  { kind: 'empty' } | { kind: 'not_adopted' } | { kind: 'adopted'; meetingOn: string; version: number; changedSince: boolean };

export function adoptionState(plan: { version: number; adoption: { version: number; meetingOn: string } | null }): AdoptionState {
  if (plan.adoption === null) return plan.version === 0 ? { kind: 'empty' } : { kind: 'not_adopted' };
  return {
    kind: 'adopted',
    meetingOn: plan.adoption.meetingOn,
    version: plan.adoption.version,
    changedSince: plan.version > plan.adoption.version,
  };
}

/** One version in the history, in words: what changed, about what, by whom. */
export interface VersionLine {
  number: number;
  at: string;
  when: string;
  /** "Doel veranderd: ‘Weer gaan sporten’" */
  what: string;
  /** "Door Esmee van Dijk, namens Joep Bakker" */
  by: string;
  /** "Vastgesteld in de bijeenkomst van 12 maart 2026", one per meeting. */
  adopted: string[];
}

export function versionLine(t: TFunction, version: VersionSummary, language: string): VersionLine {
  const kind = changeKindText(t, version.change.kind);
  return {
    number: version.number,
    at: version.changedAt,
    when: formatMoment(version.changedAt, language),
    what: version.subject === null ? kind : t('plans.history.changeAbout', { change: kind, subject: version.subject }),
    by:
      version.onBehalfOf === null
        ? t('plans.history.by', { name: version.author })
        : t('plans.history.byOnBehalf', { name: version.author, client: version.onBehalfOf }),
    adopted: version.adoptedOn.map((day) => t('plans.history.adoptedOn', { date: formatDay(day, language) })),
  };
}

/**
 * The two versions compared when the history opens: the newest against the one the group agreed on
 * (what changed since the meeting), else against the one before it.
 */
export function defaultComparison(versions: readonly Pick<VersionSummary, 'number' | 'adoptedOn'>[]): [number, number] | null {
  const numbers = versions.map((version) => version.number).sort((a, b) => b - a);
  const newest = numbers[0];
  if (newest === undefined || numbers.length < 2) return null;
  const adopted = versions
    .filter((version) => version.adoptedOn.length > 0 && version.number < newest)
    .map((version) => version.number)
    .sort((a, b) => b - a)[0];
  const newestAdopted = versions.find((version) => version.number === newest)?.adoptedOn.length ?? 0;
  const older = newestAdopted === 0 && adopted !== undefined ? adopted : (numbers[1] ?? newest);
  return [older, newest];
}
