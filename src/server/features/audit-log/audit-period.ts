// The audit views filter by whole days as people in the Netherlands count them; the log stores UTC.

const dutchTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** How far Dutch clock time is ahead of UTC at an instant, in milliseconds (1 or 2 hours). */
function dutchOffset(instant: number): number {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(dutchTime.formatToParts(instant).find((p) => p.type === type)?.value);
  const clock = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return clock - Math.floor(instant / 1000) * 1000;
}

/** The UTC instant (ISO) at which a day (YYYY-MM-DD), plus `addDays`, begins in the Netherlands. */
export function startOfDutchDay(date: string, addDays = 0): string {
  const [year = NaN, month = NaN, day = NaN] = date.split('-').map(Number);
  const midnightAsUtc = Date.UTC(year, month - 1, day + addDays);
  // Twice: the offset at midnight may differ from the one a few hours off it. Clocks change at 02:00
  // or 03:00 here, never at midnight, so the second answer is exact.
  const guess = midnightAsUtc - dutchOffset(midnightAsUtc);
  return new Date(midnightAsUtc - dutchOffset(guess)).toISOString();
}

/** The half-open UTC range [from, until) of whole Dutch days `from`..`to`, both included. */
export function dutchDayRange(from: string | undefined, to: string | undefined): { from?: string; until?: string } {
  return {
    ...(from === undefined ? {} : { from: startOfDutchDay(from) }),
    ...(to === undefined ? {} : { until: startOfDutchDay(to, 1) }),
  };
}
