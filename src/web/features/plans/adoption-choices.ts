import type { TFunction } from 'i18next';
import type { MeetingSummary } from '../../../shared/meetings.js';
import type { AdoptionBody } from '../../../shared/plans.js';
import { formatDay } from './words.js';

// The meetings the plan can have been agreed at, as the form for adopting it offers them: the
// client picks the meeting rather than typing its day. An older meeting is still found by its day.

/** The choice for a day typed by hand, for a meeting that is not offered or not in Regie. */
export const otherDay = 'other';

/** How many of the latest meetings are offered: more would hide the usual answer, the last one. */
export const offeredMeetings = 5;

export type AdoptionMeeting = Pick<MeetingSummary, 'id' | 'kind' | 'theme' | 'date' | 'time'>;

/** The meetings that took place (held, not cancelled), the newest first, at most `limit`. */
export function adoptionMeetings(meetings: readonly MeetingSummary[], limit = offeredMeetings): AdoptionMeeting[] {
  return meetings
    .filter((meeting) => meeting.held && meeting.status !== 'cancelled')
    .sort((a, b) => `${b.date}T${b.time}`.localeCompare(`${a.date}T${a.time}`))
    .slice(0, limit)
    .map(({ id, kind, theme, date, time }) => ({ id, kind, theme, date, time }));
}

/**
 * "Vervolgbijeenkomst van 12 maart 2026"; the time only when another offered meeting was on the
 * same day, so that the two can be told apart; a theme meeting's theme last, as it may hold a colon.
 */
export function meetingChoiceLabel(
  t: TFunction,
  meeting: AdoptionMeeting,
  offered: readonly AdoptionMeeting[],
  language: string,
): string {
  const what = t(`meetings.kinds.${meeting.kind}`);
  const day = formatDay(meeting.date, language);
  const sharesDay = offered.some((other) => other.id !== meeting.id && other.date === meeting.date);
  const label = sharesDay
    ? t('plans.adopt.meetingOptionAt', { what, day, time: meeting.time })
    : t('plans.adopt.meetingOption', { what, day });
  const theme = meeting.kind === 'theme' ? (meeting.theme?.trim() ?? '') : '';
  return theme === '' ? label : t('plans.adopt.meetingOptionTheme', { label, theme });
}

/** What the form sends: the chosen meeting with its own day, or the day typed by hand. */
export function adoptionBody(choice: string, meetingOn: string, offered: readonly AdoptionMeeting[]): AdoptionBody {
  const meeting = choice === otherDay ? undefined : offered.find((candidate) => candidate.id === choice);
  return meeting ? { meetingOn: meeting.date, meetingId: meeting.id } : { meetingOn: meetingOn.trim() };
}
