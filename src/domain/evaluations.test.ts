import { describe, expect, it } from 'vitest';
import { respondentTypeOf, roundIsOpen, roundReminderAt } from './evaluations.js';

describe('respondentTypeOf', () => {
  it('asks informal members as relatives, peer experts and professionals as professionals', () => {
    expect(respondentTypeOf('informal')).toBe('relative');
    expect(respondentTypeOf('peer')).toBe('professional');
    expect(respondentTypeOf('formal')).toBe('professional');
  });
});

describe('roundIsOpen', () => {
  it('is open up to and including its last day, and never once closed', () => {
    expect(roundIsOpen({ closedAt: null, closesOn: '2027-03-10' }, '2027-03-10')).toBe(true);
    expect(roundIsOpen({ closedAt: null, closesOn: '2027-03-10' }, '2027-03-11')).toBe(false);
    expect(roundIsOpen({ closedAt: '2027-03-01T10:00:00.000Z', closesOn: '2027-03-10' }, '2027-03-02')).toBe(false);
  });
});

describe('roundReminderAt', () => {
  it('is 10:00 Amsterdam time two days before the last day, in winter and in summer time', () => {
    expect(roundReminderAt('2027-01-20')).toBe('2027-01-18T09:00:00.000Z');
    expect(roundReminderAt('2027-07-15')).toBe('2027-07-13T08:00:00.000Z');
  });

  it('stays 10:00 on the wall clock across a change of the clocks, and across a month', () => {
    // Summer time starts on Sunday 28 March 2027, ends on Sunday 31 October 2027.
    expect(roundReminderAt('2027-03-29')).toBe('2027-03-27T09:00:00.000Z');
    expect(roundReminderAt('2027-03-30')).toBe('2027-03-28T08:00:00.000Z');
    expect(roundReminderAt('2027-11-01')).toBe('2027-10-30T08:00:00.000Z');
    expect(roundReminderAt('2027-11-02')).toBe('2027-10-31T09:00:00.000Z');
    expect(roundReminderAt('2027-03-01')).toBe('2027-02-27T09:00:00.000Z');
  });

  it('refuses a malformed day', () => {
    expect(() => roundReminderAt('2027-02-30')).toThrow(RangeError);
  });
});
