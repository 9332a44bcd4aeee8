import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  amsterdamDay,
  amsterdamToUtc,
  daysBetween,
  isClockTime,
  isIsoDate,
  utcToAmsterdam,
} from './amsterdam-time.js';

describe('calendar days', () => {
  it('adds calendar months, ending on the last day of a shorter month', () => {
    expect(addMonths('2026-08-14', 3)).toBe('2026-11-14');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2026-01-31', -2)).toBe('2025-11-30');
    expect(addMonths('2026-10-31', 14)).toBe('2027-12-31');
  });

  it('checks days written YYYY-MM-DD, leap days included', () => {
    expect(['2026-01-01', '2028-02-29', '2026-12-31'].every(isIsoDate)).toBe(true);
    expect(['2026-02-29', '2026-13-01', '2026-04-31', '2026-1-1', '01-01-2026', ''].some(isIsoDate)).toBe(false);
  });

  it('counts days across month and year ends', () => {
    expect(addDays('2026-03-01', -2)).toBe('2026-02-27');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-02-01', '2026-03-01')).toBe(28);
    expect(daysBetween('2026-03-29', '2026-03-30')).toBe(1);
    expect(daysBetween('2027-01-01', '2026-12-31')).toBe(-1);
  });
});

describe('time in Europe/Amsterdam', () => {
  it('names the Amsterdam day an instant falls on, which late in the UTC evening is already the next', () => {
    expect(amsterdamDay(new Date('2026-01-15T22:59:00Z'))).toBe('2026-01-15');
    expect(amsterdamDay(new Date('2026-01-15T23:00:00Z'))).toBe('2026-01-16');
    expect(amsterdamDay(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(amsterdamDay(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });

  const cases: [date: string, time: string, utc: string][] = [
    // Ordinary winter and summer days, and a new year's night.
    ['2026-01-15', '19:30', '2026-01-15T18:30:00.000Z'],
    ['2026-07-01', '19:30', '2026-07-01T17:30:00.000Z'],
    ['2026-01-01', '00:30', '2025-12-31T23:30:00.000Z'],
    // 29 March 2026: 02:00 CET becomes 03:00 CEST.
    ['2026-03-28', '19:00', '2026-03-28T18:00:00.000Z'],
    ['2026-03-29', '01:59', '2026-03-29T00:59:00.000Z'],
    ['2026-03-29', '03:00', '2026-03-29T01:00:00.000Z'],
    ['2026-03-30', '19:00', '2026-03-30T17:00:00.000Z'],
    // 25 October 2026: 03:00 CEST becomes 02:00 CET.
    ['2026-10-24', '19:00', '2026-10-24T17:00:00.000Z'],
    ['2026-10-25', '01:59', '2026-10-24T23:59:00.000Z'],
    ['2026-10-25', '03:00', '2026-10-25T02:00:00.000Z'],
    ['2026-10-26', '19:00', '2026-10-26T18:00:00.000Z'],
    // 28 March 2027.
    ['2027-03-27', '10:00', '2027-03-27T09:00:00.000Z'],
    ['2027-03-28', '01:30', '2027-03-28T00:30:00.000Z'],
    ['2027-03-28', '03:00', '2027-03-28T01:00:00.000Z'],
    ['2027-03-29', '10:00', '2027-03-29T08:00:00.000Z'],
    // 31 October 2027.
    ['2027-10-30', '19:00', '2027-10-30T17:00:00.000Z'],
    ['2027-10-31', '01:30', '2027-10-30T23:30:00.000Z'],
    ['2027-10-31', '03:00', '2027-10-31T02:00:00.000Z'],
    ['2027-11-01', '19:00', '2027-11-01T18:00:00.000Z'],
  ];

  it.each(cases)('%s %s in Amsterdam is %s, and back', (date, time, utc) => {
    expect(amsterdamToUtc(date, time)).toBe(utc);
    expect(utcToAmsterdam(utc)).toEqual({ date, time });
  });

  it('moves a time in the skipped spring hour forward by the hour', () => {
    expect(amsterdamToUtc('2026-03-29', '02:00')).toBe('2026-03-29T01:00:00.000Z');
    expect(amsterdamToUtc('2026-03-29', '02:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(utcToAmsterdam('2026-03-29T01:30:00.000Z')).toEqual({ date: '2026-03-29', time: '03:30' });
    expect(amsterdamToUtc('2027-03-28', '02:59')).toBe('2027-03-28T01:59:00.000Z');
  });

  it('takes the first of the repeated autumn hour (summer time)', () => {
    expect(amsterdamToUtc('2026-10-25', '02:00')).toBe('2026-10-25T00:00:00.000Z');
    expect(amsterdamToUtc('2026-10-25', '02:30')).toBe('2026-10-25T00:30:00.000Z');
    expect(amsterdamToUtc('2026-10-25', '02:59')).toBe('2026-10-25T00:59:00.000Z');
    expect(amsterdamToUtc('2027-10-31', '02:30')).toBe('2027-10-31T00:30:00.000Z');
  });

  it('reads both instants of the repeated hour as the same clock time', () => {
    expect(utcToAmsterdam('2026-10-25T00:30:00.000Z')).toEqual({ date: '2026-10-25', time: '02:30' });
    expect(utcToAmsterdam('2026-10-25T01:30:00.000Z')).toEqual({ date: '2026-10-25', time: '02:30' });
    expect(utcToAmsterdam('2027-10-31T01:00:00.000Z')).toEqual({ date: '2027-10-31', time: '02:00' });
  });

  it('gives every five minutes of the four change days back unchanged, but for the skipped hour', () => {
    for (const date of ['2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31']) {
      for (let minute = 0; minute < 24 * 60; minute += 5) {
        const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
        const skipped = date.endsWith('03-29') || date.endsWith('03-28') ? time.startsWith('02:') : false;
        const expected = skipped ? `03:${time.slice(3)}` : time;
        expect(utcToAmsterdam(amsterdamToUtc(date, time)), `${date} ${time}`).toEqual({ date, time: expected });
      }
    }
  });

  it('accepts instants with an offset and drops seconds', () => {
    expect(utcToAmsterdam('2026-07-01T19:30:00+02:00')).toEqual({ date: '2026-07-01', time: '19:30' });
    expect(utcToAmsterdam('2026-07-01T17:30:59.999Z')).toEqual({ date: '2026-07-01', time: '19:30' });
  });

  it('refuses what is not a day, a time or an instant', () => {
    expect(['00:00', '09:05', '23:59'].every(isClockTime)).toBe(true);
    expect(['24:00', '9:05', '12:60', '12:00:00', ''].some(isClockTime)).toBe(false);
    expect(() => amsterdamToUtc('2026-02-29', '10:00')).toThrow(RangeError);
    expect(() => amsterdamToUtc('2026-03-01', '24:00')).toThrow(RangeError);
    expect(() => utcToAmsterdam('tomorrow')).toThrow(RangeError);
  });
});
