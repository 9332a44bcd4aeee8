import type { OpenRoundBody } from '../../../shared/evaluations.js';

// The form that opens a round: its values, the check before sending, and the body the API takes.

/** The select's stand-in for "no meeting yet" (null in the API). */
export const noMeeting = 'none';

export interface OpenRoundValues {
  closesOn: string;
  meetingId: string | null;
}

/**
 * What is wrong with the last day, if anything: it must be a day from `today` up to `max` (both
 * Amsterdam days, YYYY-MM-DD, which compare as text). The server checks the same.
 */
export function closesOnProblem(closesOn: string, today: string, max: string): 'required' | 'out_of_range' | null {
  if (closesOn.trim() === '') return 'required';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(closesOn) || closesOn < today || closesOn > max) return 'out_of_range';
  return null;
}

/** The values as the API takes them; a meeting only when one was chosen. */
export function openRoundBody(values: OpenRoundValues): OpenRoundBody {
  const meetingId = values.meetingId === null || values.meetingId === noMeeting ? null : values.meetingId;
  return { closesOn: values.closesOn, meetingId };
}
