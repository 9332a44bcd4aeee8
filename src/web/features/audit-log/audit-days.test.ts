import { describe, expect, it } from 'vitest';
import { defaultPeriod, dutchDay, groupByDutchDay, shiftDay } from './audit-days.js';

describe('Dutch days for the audit views', () => {
  it('puts an instant on the day the Dutch clock shows, in winter and in summer time', () => {
    expect(dutchDay('2026-01-14T22:59:59.999Z')).toBe('2026-01-14');
    expect(dutchDay('2026-01-14T23:00:00.000Z')).toBe('2026-01-15');
    expect(dutchDay('2026-07-14T21:59:59.999Z')).toBe('2026-07-14');
    expect(dutchDay('2026-07-14T22:00:00.000Z')).toBe('2026-07-15');
  });

  it('moves days by months without running into the next month', () => {
    expect(shiftDay('2026-05-31', { months: -3 })).toBe('2026-02-28');
    expect(shiftDay('2024-05-31', { months: -3 })).toBe('2024-02-29');
    expect(shiftDay('2026-03-15', { months: -3 })).toBe('2025-12-15');
    expect(shiftDay('2026-03-01', { days: -1 })).toBe('2026-02-28');
    expect(shiftDay('2025-12-31', { days: 1 })).toBe('2026-01-01');
  });

  it('starts with the last three months up to today, in Dutch days', () => {
    // 00:30 on 1 June in the Netherlands is still 31 May in UTC.
    expect(defaultPeriod(new Date('2026-05-31T22:30:00Z'))).toEqual({ from: '2026-03-01', to: '2026-06-01' });
    expect(defaultPeriod(new Date('2026-08-31T12:00:00Z'))).toEqual({ from: '2026-05-31', to: '2026-08-31' });
  });

  it('groups events per Dutch day, newest first as they came', () => {
    const events = [
      { id: 'c', occurredAt: '2026-03-02T08:00:00Z' },
      { id: 'b', occurredAt: '2026-03-01T23:30:00Z' },
      { id: 'a', occurredAt: '2026-03-01T22:30:00Z' },
    ];
    expect(groupByDutchDay(events)).toEqual([
      { date: '2026-03-02', events: [events[0], events[1]] },
      { date: '2026-03-01', events: [events[2]] },
    ]);
    expect(groupByDutchDay([])).toEqual([]);
  });
});
