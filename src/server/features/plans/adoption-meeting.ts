import { AppError } from '../../platform/http/errors.js';
import type { PlanMeetingRow } from './plans.repository.js';

// Which meeting of the group an adoption belongs to. The plan is agreed at a meeting that took
// place: one of this group's, not cancelled, begun, on the day the adoption names. The body's shape
// is the schema's (400); what only the group's meetings can tell is refused with 422, naming the field.

/** A meeting the adoption may not be linked to: nothing is recorded. */
export class AdoptionMeetingError extends AppError {
  constructor(code: string, field: 'meetingId' | 'meetingOn', message: string, fieldMessage: string) {
    super(422, code, message, [{ field, code, message: fieldMessage }]);
  }
}

/** True once the meeting has begun, unless it was cancelled: as far as Regie can know, it was held. */
const held = (meeting: PlanMeetingRow, now: Date) =>
  meeting.status !== 'cancelled' && Date.parse(meeting.starts_at) <= now.getTime();

/** The meeting the client named, when the plan can have been agreed there on `meetingOn`; else 422. */
export function namedMeeting(meeting: PlanMeetingRow | undefined, meetingOn: string, now: Date): string {
  // Another group's meeting answers as one that does not exist: its existence is not for this client.
  if (!meeting) {
    throw new AdoptionMeetingError(
      'meeting_unknown',
      'meetingId',
      "This is not a meeting of the client's group. Choose one of the group's meetings, or give only the date.",
      "must be a meeting of this client's group",
    );
  }
  if (meeting.status === 'cancelled') {
    throw new AdoptionMeetingError(
      'meeting_cancelled',
      'meetingId',
      'This meeting was cancelled, so the plan cannot have been agreed there.',
      'must be a meeting that was not cancelled',
    );
  }
  if (!held(meeting, now)) {
    throw new AdoptionMeetingError(
      'meeting_not_held',
      'meetingId',
      'This meeting has not started yet. Record the agreement once the meeting has taken place.',
      'must be a meeting that has taken place',
    );
  }
  if (meeting.starts_on !== meetingOn) {
    throw new AdoptionMeetingError(
      'meeting_other_day',
      'meetingOn',
      `This meeting was on ${meeting.starts_on}, not on ${meetingOn}.`,
      'must be the day of the chosen meeting',
    );
  }
  return meeting.id;
}

/**
 * The meeting of the day when only a date was given: the one held meeting on it. None, or more than
 * one (which would be a guess), leaves the adoption without a meeting.
 */
export function meetingOfTheDay(meetings: readonly PlanMeetingRow[], now: Date): string | null {
  const candidates = meetings.filter((meeting) => held(meeting, now));
  return candidates.length === 1 && candidates[0] ? candidates[0].id : null;
}
