/** A calendar date (YYYY-MM-DD) as people read it: "3 februari 2026". Read as UTC so no time zone moves the day. */
export function formatDay(day: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** The day of a moment (ISO), as it was in the Netherlands. */
export function formatMomentDay(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'long',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
}

const dutchDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today in the Netherlands (YYYY-MM-DD), as the server counts it for "not in the future". */
export const dutchToday = (): string => dutchDate.format(new Date());
