import { describe, expect, it } from 'vitest';
import { closesOnProblem, noMeeting, openRoundBody } from './open-round-form.js';

describe('the form that opens a round', () => {
  it('takes a last day from today up to the longest allowed, both included', () => {
    expect(closesOnProblem('2026-03-01', '2026-03-01', '2026-04-30')).toBeNull();
    expect(closesOnProblem('2026-04-30', '2026-03-01', '2026-04-30')).toBeNull();
    expect(closesOnProblem('2026-02-28', '2026-03-01', '2026-04-30')).toBe('out_of_range');
    expect(closesOnProblem('2026-05-01', '2026-03-01', '2026-04-30')).toBe('out_of_range');
    expect(closesOnProblem('1-5-2026', '2026-03-01', '2026-04-30')).toBe('out_of_range');
    expect(closesOnProblem('', '2026-03-01', '2026-04-30')).toBe('required');
  });

  it('sends a meeting only when one was chosen', () => {
    expect(openRoundBody({ closesOn: '2026-03-15', meetingId: 'm1' })).toEqual({ closesOn: '2026-03-15', meetingId: 'm1' });
    expect(openRoundBody({ closesOn: '2026-03-15', meetingId: noMeeting })).toEqual({ closesOn: '2026-03-15', meetingId: null });
    expect(openRoundBody({ closesOn: '2026-03-15', meetingId: null })).toEqual({ closesOn: '2026-03-15', meetingId: null });
  });
});
