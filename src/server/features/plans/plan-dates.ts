const dutchDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today as people in the Netherlands count it (YYYY-MM-DD): the day a score or a meeting can be at the latest. */
export const dutchToday = (): string => dutchDate.format(new Date());
