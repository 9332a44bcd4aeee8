import { describe, expect, it } from 'vitest';
import { dutchDayRange, startOfDutchDay } from './audit-period.js';

describe('Dutch days as UTC ranges', () => {
  it('starts a winter day at 23:00 UTC the day before and a summer day at 22:00', () => {
    expect(startOfDutchDay('2026-01-15')).toBe('2026-01-14T23:00:00.000Z');
    expect(startOfDutchDay('2026-07-01')).toBe('2026-06-30T22:00:00.000Z');
  });

  it('gets the days on which the clocks change right', () => {
    // 29 March 2026: clocks go forward at 02:00; 25 October 2026: back at 03:00.
    expect(startOfDutchDay('2026-03-29')).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfDutchDay('2026-03-30')).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfDutchDay('2026-10-25')).toBe('2026-10-24T22:00:00.000Z');
    expect(startOfDutchDay('2026-10-26')).toBe('2026-10-25T23:00:00.000Z');
  });

  it('includes the whole last day and crosses month and year ends', () => {
    expect(dutchDayRange('2026-12-31', '2026-12-31')).toEqual({
      from: '2026-12-30T23:00:00.000Z',
      until: '2026-12-31T23:00:00.000Z',
    });
    expect(dutchDayRange(undefined, '2026-02-28')).toEqual({ until: '2026-02-28T23:00:00.000Z' });
    expect(dutchDayRange(undefined, undefined)).toEqual({});
  });
});
