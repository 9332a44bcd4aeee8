import { describe, expect, it } from 'vitest';
import { en, nl } from '../../i18n/texts.js';
import { meetingProblemKey, type MeetingAction } from './MeetingProblem.js';
import { refusal } from './meetings-testing.js';

/** The text a key names, in a language's texts. */
const textOf = (texts: typeof nl, key: string): unknown =>
  key
    .split('.')
    .reduce<unknown>(
      (node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined),
      texts,
    );

describe('a refused action on a meeting in words', () => {
  it('words the refusals of planning and replying by their code, and the rest by what was tried', () => {
    expect(meetingProblemKey(refusal(409, 'start_meeting_exists'), 'plan')).toBe('meetings.problems.start_meeting_exists');
    expect(meetingProblemKey(refusal(409, 'meeting_started'), 'reply')).toBe('meetings.problems.meeting_started');
    expect(meetingProblemKey(refusal(403, 'forbidden'), 'plan')).toBe('meetings.problems.not_planner');
    expect(meetingProblemKey(refusal(403, 'forbidden'), 'reply')).toBe('meetings.problems.not_invited');
    // A code of the planning is not the reply's to word.
    expect(meetingProblemKey(refusal(409, 'start_meeting_exists'), 'reply')).toBeNull();
  });

  it('words the refusals of writing down someone else’s answer by their code, and a 403 as who may', () => {
    expect(meetingProblemKey(refusal(409, 'answers_in_regie'), 'record')).toBe('meetings.problems.answers_in_regie');
    expect(
      meetingProblemKey(refusal(422, 'not_invited', [{ field: 'memberId', code: 'not_invited', message: 'x' }]), 'record'),
    ).toBe('meetings.problems.not_invited_member');
    expect(meetingProblemKey(refusal(409, 'meeting_started'), 'record')).toBe('meetings.problems.meeting_started');
    expect(meetingProblemKey(refusal(403, 'forbidden'), 'record')).toBe('meetings.problems.not_recorder');
    // Only a reply of one's own can meet this code.
    expect(meetingProblemKey(refusal(409, 'answers_in_regie'), 'reply')).toBeNull();
  });

  it('words the minutes’ own refusals by their code, and other conflicts and refusals by their status', () => {
    expect(meetingProblemKey(refusal(409, 'minutes_approved'), 'minutes')).toBe('minutes.problems.minutes_approved');
    expect(meetingProblemKey(refusal(409, 'meeting_not_started'), 'minutes')).toBe('minutes.notStarted');
    expect(meetingProblemKey(refusal(422, 'minutes_unfit'), 'minutes')).toBe('minutes.problems.minutes_unfit');
    expect(meetingProblemKey(refusal(422, 'invalid_body'), 'minutes')).toBe('minutes.problems.minutes_unfit');
    expect(meetingProblemKey(refusal(409, 'something_new'), 'minutes')).toBe('minutes.problems.conflict');
    expect(meetingProblemKey(refusal(403, 'forbidden'), 'minutes')).toBe('minutes.problems.forbidden');
  });

  it('says a refusal both can meet in the same words', () => {
    for (const action of ['plan', 'reply', 'record', 'minutes'] as const) {
      expect(meetingProblemKey(refusal(409, 'meeting_cancelled'), action)).toBe('meetings.problems.meeting_cancelled');
      expect(meetingProblemKey(refusal(409, 'no_group'), action)).toBe('meetings.problems.no_group');
    }
  });

  it('has the words for every key in both languages', () => {
    const codes = [
      'no_group',
      'start_meeting_exists',
      'meeting_cancelled',
      'meeting_started',
      'minutes_approved',
      'minutes_changed',
      'minutes_unfit',
      'meeting_not_started',
      'meeting_not_held',
      'meeting_of_closed_group',
      'not_start_meeting',
      'answers_in_regie',
      'not_invited',
    ];
    const actions: MeetingAction[] = ['plan', 'reply', 'record', 'minutes'];
    const keys = actions.flatMap((action) =>
      [...codes.map((code) => refusal(409, code)), refusal(403, 'forbidden'), refusal(409, 'x'), refusal(422, 'x')].map((error) =>
        meetingProblemKey(error, action),
      ),
    );
    for (const key of keys.filter((found) => found !== null))
      for (const texts of [nl, en]) expect(textOf(texts, key), key).toMatch(/\S/);
  });

  it('leaves the rest to the shared messages', () => {
    for (const action of ['plan', 'reply', 'record', 'minutes'] as const) {
      expect(meetingProblemKey(refusal(500, 'internal_error'), action)).toBeNull();
      expect(meetingProblemKey(refusal(0, 'network_error'), action)).toBeNull();
      expect(meetingProblemKey(refusal(404, 'toString'), action)).toBeNull();
      expect(meetingProblemKey(new Error('boom'), action)).toBeNull();
    }
  });
});
