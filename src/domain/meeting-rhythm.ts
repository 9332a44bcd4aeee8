import { addDays, addMonths, amsterdamToUtc, daysBetween, utcToAmsterdam } from './amsterdam-time.js';

/**
 * The rhythm of a resource group's meetings (PRODUCT.md §6): about every three months, with a
 * reminder two days before each. When the next meeting is due, whether a group is overdue, whether it
 * kept its rhythm over a period (for the team's figures), and when a reminder is still worth sending.
 */

/** The method's guideline: the group meets about every three months. */
export const defaultIntervalMonths = 3;

/**
 * A group sets its own interval within 1 to 12 months: more often while much changes, less often in
 * reorientation, and at least once a year for a group that still exists.
 */
export const intervalMonthsRange = { min: 1, max: 12 } as const;

/** True when `months` is an interval a group may choose. */
export function isValidIntervalMonths(months: number): boolean {
  return Number.isInteger(months) && months >= intervalMonthsRange.min && months <= intervalMonthsRange.max;
}

/** How many days ahead of its due date a meeting is flagged: four weeks, time to agree a date and invite. */
export const dueSoonDays = 28;

/**
 * The day the next meeting is due: `intervalMonths` calendar months after the last one, on the same
 * day of the month, or the month's last day when it is shorter (30 November + 3 months is 28 or 29
 * February). Always counted from the meeting actually held, so a short month never shifts the rhythm.
 */
export function nextDueDate(lastMeetingDate: string, intervalMonths: number): string {
  if (!isValidIntervalMonths(intervalMonths)) throw new RangeError(`not an interval: ${intervalMonths}`);
  return addMonths(lastMeetingDate, intervalMonths);
}

/**
 * Where a group stands in its rhythm:
 * - `none_yet`: no meeting held or planned; the phase checklist asks for the start meeting's date.
 * - `planned`: the next meeting is on the calendar (even when later than due: the group chose it).
 * - `not_due`: nothing planned, and the due date is more than `dueSoonDays` away.
 * - `due_soon`: nothing planned, and the due date is at most `dueSoonDays` away (the day itself too).
 * - `overdue`: nothing planned, and the due date has passed; flagged to the coordinator.
 */
export const rhythmStates = ['none_yet', 'planned', 'not_due', 'due_soon', 'overdue'] as const;
export type RhythmState = (typeof rhythmStates)[number];

/** The facts of a group's rhythm. Count only meetings that keep it (see countsForRhythm). */
export interface RhythmFacts {
  /** Day of the last meeting that was not cancelled and whose day has passed, or null. */
  lastHeld: string | null;
  /** Day of the first meeting planned from today on, not cancelled, or null. */
  nextPlanned: string | null;
  intervalMonths: number;
}

/**
 * The group's rhythm on `today` (YYYY-MM-DD, Europe/Amsterdam), with the due date when there is a
 * last meeting. A planned day already past counts as held: a meeting nobody cancelled took place, as
 * far as Regie can know, whether or not its minutes are done.
 */
export function rhythmState(
  today: string,
  facts: RhythmFacts,
  soonDays: number = dueSoonDays,
): { state: RhythmState; dueDate: string | null } {
  const { nextPlanned, intervalMonths } = facts;
  const plannedPassed = nextPlanned !== null && nextPlanned < today;
  const lastHeld = plannedPassed && (facts.lastHeld === null || nextPlanned > facts.lastHeld) ? nextPlanned : facts.lastHeld;
  const dueDate = lastHeld === null ? null : nextDueDate(lastHeld, intervalMonths);
  if (nextPlanned !== null && !plannedPassed) return { state: 'planned', dueDate };
  if (dueDate === null) return { state: 'none_yet', dueDate };
  const daysLeft = daysBetween(today, dueDate);
  if (daysLeft < 0) return { state: 'overdue', dueDate };
  return { state: daysLeft <= soonDays ? 'due_soon' : 'not_due', dueDate };
}

/**
 * Whether a group kept its rhythm over the period `from`–`to` (days, inclusive), for the team's
 * figures: from the last meeting on or before `from` onwards, each next meeting came by the due date
 * of the one before, and on `to` the group was not overdue. A group whose first meeting falls inside
 * the period is judged from that meeting on. Null when the group held no meeting by `to`: its rhythm
 * had not begun, so it counts neither way. `heldDates` are days of held meetings that keep the rhythm.
 */
export function metWithinInterval(
  heldDates: readonly string[],
  period: { from: string; to: string; intervalMonths: number },
): boolean | null {
  const { from, to, intervalMonths } = period;
  const held = [...new Set(heldDates)].filter((date) => date <= to).sort();
  const before = held.filter((date) => date <= from);
  const relevant = [...before.slice(-1), ...held.filter((date) => date > from)];
  if (relevant.length === 0) return null;
  for (let i = 1; i < relevant.length; i += 1) {
    if ((relevant[i] as string) > nextDueDate(relevant[i - 1] as string, intervalMonths)) return false;
  }
  return nextDueDate(relevant[relevant.length - 1] as string, intervalMonths) >= to;
}

/** How long after its time a reminder is still sent, e.g. after a restart: a few hours, then it is stale. */
export const reminderLatenessHours = 6;

/**
 * When the reminder goes: two days before the start, at the same Amsterdam clock time (so across a
 * clock change it is 47 or 49 hours before). Regie works in whole minutes; seconds are dropped.
 */
export function reminderAt(startsAtUtc: string): string {
  const start = utcToAmsterdam(startsAtUtc);
  return amsterdamToUtc(addDays(start.date, -2), start.time);
}

/** Why no reminder is sent. */
export type ReminderSkip = 'cancelled' | 'started' | 'not_yet' | 'too_late' | 'invited_after_reminder_time';

/**
 * Whether the reminder for a meeting is to be sent at `now` (the job calls this when it runs, as the
 * meeting may have changed since it was queued). Not for a cancelled meeting, nor once it started;
 * not before its time, nor more than `reminderLatenessHours` after it; and not when the invitations
 * went out after the reminder time (a meeting planned at short notice): the invitation is fresh.
 */
export function reminderDecision(meeting: {
  startsAt: string;
  cancelled: boolean;
  invitedAt: string | null;
  now: string;
}): { send: true } | { send: false; reason: ReminderSkip } {
  const now = Date.parse(meeting.now);
  const at = Date.parse(reminderAt(meeting.startsAt));
  if (meeting.cancelled) return { send: false, reason: 'cancelled' };
  if (now >= Date.parse(meeting.startsAt)) return { send: false, reason: 'started' };
  if (meeting.invitedAt !== null && Date.parse(meeting.invitedAt) > at)
    return { send: false, reason: 'invited_after_reminder_time' };
  if (now < at) return { send: false, reason: 'not_yet' };
  if (now - at > reminderLatenessHours * 3_600_000) return { send: false, reason: 'too_late' };
  return { send: true };
}
