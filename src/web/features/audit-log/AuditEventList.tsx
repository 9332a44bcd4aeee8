import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEventView, AuditPage } from '../../../shared/audit.js';
import { Loading } from '../../components/Loading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { currentLocale } from '../../i18n/index.js';
import { dutchDay, dutchTimeZone, groupByDutchDay, shiftDay, type Period } from './audit-days.js';
import { describeEvent, type AuditPerspective } from './audit-sentences.js';
import { BusyButton } from '../../components/BusyButton.js';

const intlLocale = () => (currentLocale() === 'en' ? 'en-GB' : 'nl-NL');
// A calendar day (YYYY-MM-DD) read as noon UTC is the same day in Amsterdam, whatever the season.
const noonOf = (date: string) => new Date(`${date}T12:00:00Z`);

function formatDay(date: string, withWeekday: boolean): string {
  return new Intl.DateTimeFormat(intlLocale(), {
    timeZone: dutchTimeZone,
    ...(withWeekday ? { weekday: 'long' } : {}),
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(noonOf(date));
}

const formatTime = (instant: string) =>
  new Intl.DateTimeFormat(intlLocale(), { timeZone: dutchTimeZone, hour: '2-digit', minute: '2-digit' }).format(new Date(instant));

const eventElementId = (prefix: string, event: AuditEventView) => `${prefix}-event-${event.id}`;

interface AuditEventListProps {
  query: UseInfiniteQueryResult<InfiniteData<AuditPage>>;
  period: Period;
  perspective: AuditPerspective;
  /** What to say when the period holds no events. */
  emptyText: string;
  /** The reader's own name, to say "for you" when someone acted on their behalf. */
  readerName?: string;
}

/** A log's events, newest first, per Dutch day; older pages are loaded on request. */
export function AuditEventList({ query, period, perspective, emptyText, readerName }: AuditEventListProps) {
  const { t } = useTranslation();
  const prefix = useId();
  const events = useMemo(() => query.data?.pages.flatMap((page) => page.events) ?? [], [query.data]);
  const days = useMemo(() => groupByDutchDay(events), [events]);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);

  // After "Oudere laden" focus goes to the first older event, where reading goes on; the button
  // itself may be gone when that was the last page.
  useEffect(() => {
    if (focusTarget !== null) document.getElementById(focusTarget)?.focus();
  }, [focusTarget]);

  const loadOlder = async () => {
    const shown = events.length;
    const result = await query.fetchNextPage();
    const firstOlder = result.data?.pages.flatMap((page) => page.events)[shown];
    if (firstOlder !== undefined) setFocusTarget(eventElementId(prefix, firstOlder));
  };

  const today = dutchDay(new Date());
  const dayHeading = (date: string) => {
    if (date === today) return t('auditLog.events.today', { date: formatDay(date, false) });
    if (date === shiftDay(today, { days: -1 })) return t('auditLog.events.yesterday', { date: formatDay(date, false) });
    return formatDay(date, true);
  };

  return (
    <section aria-labelledby={`${prefix}-title`} className="section">
      <h2 id={`${prefix}-title`}>{t('auditLog.events.title')}</h2>
      <p role="status">
        {t('auditLog.period.shown', { from: formatDay(period.from, false), to: formatDay(period.to, false) })}
      </p>
      {query.isPending && <Loading />}
      {query.isError && <ProblemAlert error={query.error} />}
      {query.isSuccess && events.length === 0 && <p className="audit-empty">{emptyText}</p>}
      {days.map((day) => (
        <section key={day.date} aria-labelledby={`${prefix}-day-${day.date}`} className="audit-day">
          <h3 id={`${prefix}-day-${day.date}`}>
            <time dateTime={day.date}>{dayHeading(day.date)}</time>
          </h3>
          <ol className="card-list">
            {day.events.map((event) => {
              const words = describeEvent(t, event, perspective, readerName);
              return (
                <li key={event.id} id={eventElementId(prefix, event)} tabIndex={-1} className="card audit-event">
                  <p className="card__meta">
                    <time dateTime={event.occurredAt}>{formatTime(event.occurredAt)}</time>
                  </p>
                  <p className="audit-event__sentence">{words.sentence}</p>
                  {words.onBehalfOf !== null && <p className="card__meta">{words.onBehalfOf}</p>}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
      {query.hasNextPage && (
        <BusyButton variant="quiet" isPending={query.isFetchingNextPage} onPress={() => void loadOlder()}>
          {t('auditLog.events.loadOlder')}
        </BusyButton>
      )}
    </section>
  );
}
