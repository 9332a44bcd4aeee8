/**
 * Calendar days (YYYY-MM-DD) and the wall clock in Europe/Amsterdam, where every group meets: pure
 * arithmetic on dates, and the conversion between an Amsterdam date and time and the UTC instant that
 * is stored and put in calendar files, right across the changes to and from summer time.
 */

/** True when `value` is a calendar day written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function dayParts(date: string): [number, number, number] {
  if (!isIsoDate(date)) throw new RangeError(`not a date: ${date}`);
  return date.split('-').map(Number) as [number, number, number];
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');
const formatDay = (year: number, month: number, day: number): string => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/** `date` plus `days` days (negative goes back). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = dayParts(date);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = dayParts(from);
  const [y2, m2, d2] = dayParts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/**
 * `date` plus `months` calendar months, on the same day of the month or the month's last day when it
 * is shorter (30 November + 3 months is 28 or 29 February).
 */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = dayParts(date);
  const total = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(total / 12);
  const targetMonth = (total % 12) + 1;
  return formatDay(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

const amsterdamParts = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Amsterdam',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

// The Amsterdam wall clock at `instant`, read as if it were UTC, in milliseconds.
function wallClockMs(instant: number): number {
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(amsterdamParts.formatToParts(instant).find((p) => p.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
}

const offsetAt = (instant: number): number => wallClockMs(instant) - Math.floor(instant / 1000) * 1000;

/** True when `value` is a time of day written HH:MM (00:00 to 23:59). */
export function isClockTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

/**
 * The instant (ISO 8601, UTC) at which it is `date` `time` in Amsterdam: what is stored, and what
 * goes into the calendar file. On the last Sunday of March the clock jumps from 02:00 to 03:00: a time
 * in the skipped hour is moved forward by the jump (02:30 becomes 03:30 summer time), which is where
 * a clock that was not yet put forward would stand. On the last Sunday of October 02:00–02:59 happens
 * twice: the first (summer time) is taken, so that nobody arrives an hour late. Both are the rules of
 * JavaScript's Temporal ("compatible"). Throws a RangeError on a malformed date or time.
 */
export function amsterdamToUtc(date: string, time: string): string {
  const [year, month, day] = dayParts(date);
  if (!isClockTime(time)) throw new RangeError(`not a time: ${time}`);
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The offsets a day either side hold any change of that day; try the larger (earlier instant) first.
  const before = offsetAt(wall - 86_400_000);
  const after = offsetAt(wall + 86_400_000);
  const fitting = [...new Set([before, after])].sort((a, b) => b - a).find((offset) => offsetAt(wall - offset) === offset);
  return new Date(wall - (fitting ?? before)).toISOString();
}

/** The Amsterdam calendar day (YYYY-MM-DD) an instant falls on: "today" is `amsterdamDay(new Date())`. */
export function amsterdamDay(instant: Date): string {
  return utcToAmsterdam(instant.toISOString()).date;
}

/** The Amsterdam date (YYYY-MM-DD) and time (HH:MM, seconds dropped) of an instant. */
export function utcToAmsterdam(iso: string): { date: string; time: string } {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) throw new RangeError(`not an instant: ${iso}`);
  const wall = new Date(wallClockMs(instant)).toISOString();
  return { date: wall.slice(0, 10), time: wall.slice(11, 16) };
}
