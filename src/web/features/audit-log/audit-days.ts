// The audit views count in Dutch days (the API's from/to are whole days in Europe/Amsterdam), and
// people read times on the Dutch clock wherever their device happens to be set.

export const dutchTimeZone = 'Europe/Amsterdam';

/** A period of whole days, YYYY-MM-DD, both included; as the API's `from` and `to`. */
export interface Period {
  from: string;
  to: string;
}

// en-CA writes dates as YYYY-MM-DD.
const isoDay = new Intl.DateTimeFormat('en-CA', { timeZone: dutchTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Dutch calendar day (YYYY-MM-DD) an instant falls on. */
export function dutchDay(instant: Date | string): string {
  return isoDay.format(typeof instant === 'string' ? new Date(instant) : instant);
}

/** A calendar day moved by whole days or months; a month too short for the day ends at its last day. */
export function shiftDay(day: string, { days = 0, months = 0 }: { days?: number; months?: number }): string {
  const [year = NaN, month = NaN, date = NaN] = day.split('-').map(Number);
  const firstOfMonth = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDate = new Date(Date.UTC(firstOfMonth.getUTCFullYear(), firstOfMonth.getUTCMonth() + 1, 0)).getUTCDate();
  firstOfMonth.setUTCDate(Math.min(date, lastDate) + days);
  return firstOfMonth.toISOString().slice(0, 10);
}

/** What a view shows at first: the last three months up to and including today. */
export function defaultPeriod(now: Date = new Date()): Period {
  const today = dutchDay(now);
  return { from: shiftDay(today, { months: -3 }), to: today };
}

export interface Day<T> {
  /** YYYY-MM-DD, Dutch calendar. */
  date: string;
  events: T[];
}

/** Events (newest first) grouped per Dutch day, keeping their order. */
export function groupByDutchDay<T extends { occurredAt: string }>(events: readonly T[]): Day<T>[] {
  const days: Day<T>[] = [];
  for (const event of events) {
    const date = dutchDay(event.occurredAt);
    const last = days.at(-1);
    if (last?.date === date) last.events.push(event);
    else days.push({ date, events: [event] });
  }
  return days;
}
