import { describe, expect, it } from 'vitest';
import {
  defaultIntervalMonths,
  isValidIntervalMonths,
  metWithinInterval,
  nextDueDate,
  reminderAt,
  reminderDecision,
  rhythmState,
} from './meeting-rhythm.js';

describe('the rhythm', () => {
  it('meets every three months by default, and every 1 to 12 whole months at all', () => {
    expect(defaultIntervalMonths).toBe(3);
    expect([1, 3, 6, 12].every(isValidIntervalMonths)).toBe(true);
    expect([0, 13, 2.5, -3].some(isValidIntervalMonths)).toBe(false);
  });

  it('is due the same day some calendar months later, or at the end of a shorter month', () => {
    expect(nextDueDate('2026-03-10', 3)).toBe('2026-06-10');
    expect(nextDueDate('2026-10-15', 3)).toBe('2027-01-15');
    expect(nextDueDate('2025-11-30', 3)).toBe('2026-02-28');
    expect(nextDueDate('2027-11-30', 3)).toBe('2028-02-29');
    expect(nextDueDate('2026-01-31', 1)).toBe('2026-02-28');
    expect(nextDueDate('2026-08-31', 1)).toBe('2026-09-30');
    expect(nextDueDate('2026-12-31', 2)).toBe('2027-02-28');
    expect(nextDueDate('2028-02-29', 12)).toBe('2029-02-28');
    expect(nextDueDate('2026-05-31', 6)).toBe('2026-11-30');
  });

  it('refuses a malformed day or interval', () => {
    expect(() => nextDueDate('2026-02-30', 3)).toThrow(RangeError);
    expect(() => nextDueDate('2026-03-01', 0)).toThrow(RangeError);
    expect(() => nextDueDate('2026-03-01', 13)).toThrow(RangeError);
  });

  const today = '2026-05-01';
  const state = (lastHeld: string | null, nextPlanned: string | null, intervalMonths = 3) =>
    rhythmState(today, { lastHeld, nextPlanned, intervalMonths });

  it('has nothing to say before the first meeting is planned', () => {
    expect(state(null, null)).toEqual({ state: 'none_yet', dueDate: null });
  });

  it('is planned while the next meeting is on the calendar, even when later than due', () => {
    expect(state(null, '2026-06-01')).toEqual({ state: 'planned', dueDate: null });
    expect(state('2026-03-01', '2026-06-01')).toEqual({ state: 'planned', dueDate: '2026-06-01' });
    expect(state('2026-01-01', '2026-06-01')).toEqual({ state: 'planned', dueDate: '2026-04-01' });
    expect(state('2026-03-01', today)).toEqual({ state: 'planned', dueDate: '2026-06-01' });
  });

  it('is due soon from four weeks before the due day up to the day itself, then overdue', () => {
    expect(state('2026-03-01', null)).toEqual({ state: 'not_due', dueDate: '2026-06-01' });
    expect(state('2026-03-30', null, 2)).toEqual({ state: 'not_due', dueDate: '2026-05-30' }); // 29 days
    expect(state('2026-03-29', null, 2)).toEqual({ state: 'due_soon', dueDate: '2026-05-29' }); // 28 days
    expect(state('2026-02-01', null)).toEqual({ state: 'due_soon', dueDate: '2026-05-01' }); // the day itself
    expect(state('2026-01-31', null)).toEqual({ state: 'overdue', dueDate: '2026-04-30' });
    expect(state('2025-11-30', null)).toEqual({ state: 'overdue', dueDate: '2026-02-28' });
  });

  it('follows the group’s own interval and a chosen warning time', () => {
    expect(state('2026-01-15', null, 6)).toEqual({ state: 'not_due', dueDate: '2026-07-15' });
    expect(rhythmState(today, { lastHeld: '2026-03-01', nextPlanned: null, intervalMonths: 3 }, 31).state).toBe('due_soon');
  });

  it('counts a planned day already past as held', () => {
    expect(state('2026-01-10', '2026-04-20')).toEqual({ state: 'not_due', dueDate: '2026-07-20' });
    expect(state(null, '2026-04-01')).toEqual({ state: 'not_due', dueDate: '2026-07-01' });
    expect(state(null, '2026-02-20')).toEqual({ state: 'due_soon', dueDate: '2026-05-20' });
    expect(state(null, '2026-01-05')).toEqual({ state: 'overdue', dueDate: '2026-04-05' });
  });

  describe('for the team: did a group keep its rhythm over a period', () => {
    const year2026 = { from: '2026-01-01', to: '2026-12-31', intervalMonths: 3 };
    const kept = ['2025-11-20', '2026-02-15', '2026-05-10', '2026-08-10', '2026-11-05'];

    it('yes, when each meeting came by the due day of the one before and the year ended in time', () => {
      expect(metWithinInterval(kept, year2026)).toBe(true);
      expect(metWithinInterval([...kept].reverse().concat('2026-05-10'), year2026)).toBe(true);
    });

    it('no, when one came a day late', () => {
      expect(
        metWithinInterval(
          kept.map((date) => (date === '2026-08-10' ? '2026-08-11' : date)),
          year2026,
        ),
      ).toBe(false);
    });

    it('no, when the group was overdue at the end of the period', () => {
      expect(metWithinInterval(kept.slice(0, 4), year2026)).toBe(false);
      expect(metWithinInterval(['2025-06-01'], year2026)).toBe(false);
    });

    it('judges a group that started inside the period from its first meeting on', () => {
      expect(metWithinInterval(['2026-06-01', '2026-09-01', '2026-11-30'], year2026)).toBe(true);
    });

    it('counts neither way for a group that had not met by the end', () => {
      expect(metWithinInterval([], year2026)).toBeNull();
      expect(metWithinInterval(['2027-01-05'], year2026)).toBeNull();
    });

    it('ignores meetings before the last one at the start of the period', () => {
      expect(metWithinInterval(['2024-01-01', '2025-12-01', '2026-02-28'], { ...year2026, to: '2026-03-31' })).toBe(true);
    });

    it('uses month ends: 30 November is kept by 28 February, not by 1 March', () => {
      const quarter = { from: '2026-01-01', to: '2026-03-31', intervalMonths: 3 };
      expect(metWithinInterval(['2025-11-30', '2026-02-28'], quarter)).toBe(true);
      expect(metWithinInterval(['2025-11-30', '2026-03-01'], quarter)).toBe(false);
    });
  });
});

describe('reminders', () => {
  it('go two days before, at the same Amsterdam clock time', () => {
    expect(reminderAt('2026-06-10T17:00:00.000Z')).toBe('2026-06-08T17:00:00.000Z');
    expect(reminderAt('2026-03-01T18:00:00.000Z')).toBe('2026-02-27T18:00:00.000Z');
  });

  it('keep the clock time across a change: 47 hours before in spring, 49 in autumn', () => {
    // Monday 30 March 2026 19:00 CEST → Saturday 28 March 19:00 CET.
    expect(reminderAt('2026-03-30T17:00:00.000Z')).toBe('2026-03-28T18:00:00.000Z');
    // Monday 26 October 2026 19:00 CET → Saturday 24 October 19:00 CEST.
    expect(reminderAt('2026-10-26T18:00:00.000Z')).toBe('2026-10-24T17:00:00.000Z');
    // Monday 29 March 2027 10:00 CEST → Saturday 27 March 10:00 CET.
    expect(reminderAt('2027-03-29T08:00:00.000Z')).toBe('2027-03-27T09:00:00.000Z');
    // Monday 1 November 2027 10:00 CET → Saturday 30 October 10:00 CEST.
    expect(reminderAt('2027-11-01T09:00:00.000Z')).toBe('2027-10-30T08:00:00.000Z');
    // Tuesday 2 November 2027 10:00 CET → Sunday 31 October 10:00 CET, after the change.
    expect(reminderAt('2027-11-02T09:00:00.000Z')).toBe('2027-10-31T09:00:00.000Z');
  });

  it('falls after the skipped hour when the meeting is at that clock time', () => {
    // Tuesday 31 March 2026 02:30 CEST → Sunday 29 March 02:30 does not exist → 03:30 CEST.
    expect(reminderAt('2026-03-31T00:30:00.000Z')).toBe('2026-03-29T01:30:00.000Z');
  });

  const meeting = {
    startsAt: '2026-06-10T17:00:00.000Z',
    cancelled: false,
    invitedAt: '2026-05-20T10:00:00.000Z',
    now: '2026-06-08T17:00:00.000Z',
  };

  it('are sent from their time until six hours after it', () => {
    expect(reminderDecision(meeting)).toEqual({ send: true });
    expect(reminderDecision({ ...meeting, now: '2026-06-08T23:00:00.000Z' })).toEqual({ send: true });
    expect(reminderDecision({ ...meeting, now: '2026-06-08T23:01:00.000Z' })).toEqual({ send: false, reason: 'too_late' });
    expect(reminderDecision({ ...meeting, now: '2026-06-08T16:59:00.000Z' })).toEqual({ send: false, reason: 'not_yet' });
  });

  it('are not sent for a cancelled or started meeting', () => {
    expect(reminderDecision({ ...meeting, cancelled: true })).toEqual({ send: false, reason: 'cancelled' });
    expect(reminderDecision({ ...meeting, now: '2026-06-10T17:00:00.000Z' })).toEqual({ send: false, reason: 'started' });
  });

  it('are not sent when the invitation went out after the reminder time', () => {
    expect(reminderDecision({ ...meeting, invitedAt: '2026-06-08T17:01:00.000Z', now: '2026-06-08T18:00:00.000Z' })).toEqual({
      send: false,
      reason: 'invited_after_reminder_time',
    });
    expect(reminderDecision({ ...meeting, invitedAt: '2026-06-08T17:00:00.000Z' })).toEqual({ send: true });
    expect(reminderDecision({ ...meeting, invitedAt: null })).toEqual({ send: true });
  });
});
