import { addDays, amsterdamToUtc } from '../../../domain/amsterdam-time.js';

// The audit views filter by whole days as people in the Netherlands count them; the log stores UTC.

/** The UTC instant (ISO) at which a day (YYYY-MM-DD), plus `days`, begins in the Netherlands. */
export function startOfDutchDay(date: string, days = 0): string {
  // Clocks change at 02:00 or 03:00 here, never at midnight, so midnight always exists once.
  return amsterdamToUtc(addDays(date, days), '00:00');
}

/** The half-open UTC range [from, until) of whole Dutch days `from`..`to`, both included. */
export function dutchDayRange(from: string | undefined, to: string | undefined): { from?: string; until?: string } {
  return {
    ...(from === undefined ? {} : { from: startOfDutchDay(from) }),
    ...(to === undefined ? {} : { until: startOfDutchDay(to, 1) }),
  };
}
