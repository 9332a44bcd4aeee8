import { addDays, amsterdamToUtc } from './amsterdam-time.js';
import type { MemberKind } from './membership.js';

/**
 * Evaluation rounds on the R-MET themes (PRODUCT.md §7): who is asked with which instrument, when a
 * round is open, and the privacy thresholds of its results. Pure.
 */

/** The three kinds of respondent the R-MET distinguishes, each with an instrument of its own. */
export const respondentTypes = ['client', 'relative', 'professional'] as const;
export type RespondentType = (typeof respondentTypes)[number];

/**
 * The respondent type of a member: relatives, friends and other informal members answer as
 * `relative`; peer experts and professionals as `professional` (they support the group from a role).
 */
export function respondentTypeOf(kind: MemberKind): Exclude<RespondentType, 'client'> {
  return kind === 'informal' ? 'relative' : 'professional';
}

/** The four R-MET themes; Regie's own instruments score one scale per theme, with these ids. */
export const evaluationThemes = ['heard', 'roles', 'direction', 'progress'] as const;
export type EvaluationTheme = (typeof evaluationThemes)[number];

/** A round may be opened from the start meeting's phase on: before it, the group has not met. */
export const firstEvaluationPhase = 4;

/** Days a new round stays open unless its opener chooses otherwise, and the longest they may choose. */
export const roundDays = { default: 14, max: 60 } as const;

/**
 * The team sees a group's round only when at least this many answered it: fewer, and an average over
 * the team could be traced back to a person (issue 7, PRODUCT.md §7).
 */
export const teamMinimumRespondents = 3;

/** What the team decides after checking an improvement action (the "act" of plan-do-check-act). */
export const qualityDecisions = ['keep', 'adjust', 'stop'] as const;
export type QualityDecision = (typeof qualityDecisions)[number];

/**
 * Whether a round still takes answers: not closed by hand or by the last answer, and its last day
 * (an Amsterdam calendar day, inclusive) not past. `today` is the Amsterdam day (YYYY-MM-DD).
 */
export function roundIsOpen(round: { closedAt: string | null; closesOn: string }, today: string): boolean {
  return round.closedAt === null && today <= round.closesOn;
}

/** Days before a round's last day that those who have not answered yet are reminded, and at what Amsterdam time. */
export const roundReminder = { daysBefore: 2, time: '10:00' } as const;

/**
 * The instant (ISO 8601, UTC) of a round's reminder: 10:00 Amsterdam time two days before its last
 * day `closesOn` (YYYY-MM-DD), 10:00 on the wall clock in summer and winter time alike.
 */
export function roundReminderAt(closesOn: string): string {
  return amsterdamToUtc(addDays(closesOn, -roundReminder.daysBefore), roundReminder.time);
}
