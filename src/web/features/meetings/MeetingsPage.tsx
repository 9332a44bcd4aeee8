import { useId, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { amsterdamDay } from '../../../domain/amsterdam-time.js';
import { intervalMonthsRange } from '../../../domain/meeting-rhythm.js';
import type { MeetingList, MeetingSummary, RhythmBody } from '../../../shared/meetings.js';
import { isApiError } from '../../app/http.js';
import { useCurrentMe } from '../../app/me-context.js';
import { paths } from '../../app/paths.js';
import { ActionPanel, CancelButton } from '../../components/ActionPanel.js';
import { ApiForm } from '../../components/ApiForm.js';
import { Loading } from '../../components/Loading.js';
import { Notice, useNotice } from '../../components/notice.js';
import { PageHeading } from '../../components/PageHeading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { SelectControl } from '../../components/SelectControl.js';
import { useFormFeedback, type FormField } from '../../components/use-form-feedback.js';
import { useSetRhythm } from './api.js';
import { useClientMeetings } from './meeting-params.js';
import { formatMeetingDay, meetingWhat, myAnswerText, placeName, splitMeetings } from './meeting-words.js';
import { RhythmStatus } from './RhythmStatus.js';
import './meetings.css';

/**
 * The group's meetings (PRODUCT.md §6): where the group stands in its rhythm, what is planned and what
 * was held. Whoever plans the meetings (the client, or their coordinator for them) plans a new one
 * here and sets how often the group meets.
 */
export function MeetingsPage() {
  const { t } = useTranslation();
  const { clientId, own, query, list } = useClientMeetings();

  return (
    <div className="meetings-page">
      <PageHeading {...(list ? { documentTitle: t('meetings.list.documentTitleOf', { group: list.group.name }) } : {})}>
        {t('meetings.list.title')}
      </PageHeading>
      {list && (
        <p className="meetings-kicker">
          {own ? t('meetings.list.kickerOwn') : t('meetings.list.kickerOf', { name: list.client.name })}
        </p>
      )}
      {query.isPending && <Loading />}
      {query.isError && <MeetingsLoadProblem error={query.error} own={own} />}
      {list && <MeetingsView clientId={clientId} list={list} own={own} />}
      <WayBack clientId={clientId} />
    </div>
  );
}

/** No group (or meetings not shared with the reader) said in words; anything else as it comes. */
export function MeetingsLoadProblem({ error, own }: { error: unknown; own: boolean }) {
  const { t } = useTranslation();
  if (isApiError(error) && error.status === 404)
    return <p>{own ? t('meetings.list.notFoundOwn') : t('meetings.list.notFound')}</p>;
  return <ProblemAlert error={error} />;
}

function MeetingsView({ clientId, list, own }: { clientId: string; list: MeetingList; own: boolean }) {
  const { t } = useTranslation();
  const upcomingId = useId();
  const pastId = useId();
  const { upcoming, past } = splitMeetings(list.meetings, amsterdamDay(new Date()));
  const item = (meeting: MeetingSummary) => (
    <li key={meeting.id}>
      <MeetingCard clientId={clientId} meeting={meeting} clientName={list.client.name} own={own} />
    </li>
  );

  return (
    <>
      <RhythmSection clientId={clientId} list={list} />
      {list.abilities.plan && (
        <p className="meetings-actions">
          <Link to={paths.newMeeting(clientId)} className="button button--primary">
            {t('meetings.new.title')}
          </Link>
        </p>
      )}
      <section aria-labelledby={upcomingId} className="section">
        <h2 id={upcomingId}>{t('meetings.list.upcoming')}</h2>
        {upcoming.length === 0 ? (
          <p>{t('meetings.list.noneUpcoming')}</p>
        ) : (
          <ul className="meeting-list">{upcoming.map(item)}</ul>
        )}
      </section>
      <section aria-labelledby={pastId} className="section">
        <h2 id={pastId}>{t('meetings.list.past')}</h2>
        {past.length === 0 ? <p>{t('meetings.list.nonePast')}</p> : <ul className="meeting-list">{past.map(item)}</ul>}
      </section>
    </>
  );
}

interface MeetingCardProps {
  clientId: string;
  meeting: MeetingSummary;
  clientName: string;
  own: boolean;
}

/** One meeting on a line or two: what and when (the link), where, and what there is to know about it now. */
function MeetingCard({ clientId, meeting, clientName, own }: MeetingCardProps) {
  const { t, i18n } = useTranslation();
  const cancelled = meeting.status === 'cancelled';
  return (
    <article className={cancelled ? 'meeting-card meeting-card--cancelled' : 'meeting-card'}>
      <h3 className="meeting-card__title">
        <Link to={paths.meeting(clientId, meeting.id)}>{meetingWhat(t, meeting)}</Link>
      </h3>
      <p className="meeting-card__when">
        {t('meetings.list.when', { day: formatMeetingDay(meeting.date, i18n.language), time: meeting.time })}
      </p>
      <p className="meeting-card__meta">{placeName(t, meeting.locationKind, clientName, own)}</p>
      {cancelled && (
        <p className="meeting-card__status meeting-card__status--cancelled">
          <span aria-hidden="true" className="meeting-card__mark">
            ✕
          </span>{' '}
          {t('meetings.cancelled')}
        </p>
      )}
      {meeting.held && <p className="meeting-card__status">{t(`meetings.minutesStatus.${meeting.minutesStatus}`)}</p>}
      {/* Once held, whether one said to come no longer matters. */}
      {!cancelled && !meeting.held && meeting.myAnswer !== null && (
        <p className="meeting-card__status">{myAnswerText(t, meeting.myAnswer)}</p>
      )}
    </article>
  );
}

/** Where the group stands in its rhythm, and for who plans the meetings, how often it meets. */
function RhythmSection({ clientId, list }: { clientId: string; list: MeetingList }) {
  const { t } = useTranslation();
  const titleId = useId();
  const { ref, message, announce } = useNotice();
  const { rhythm } = list;

  return (
    <section aria-labelledby={titleId} className="section meetings-rhythm">
      <h2 ref={ref} id={titleId} tabIndex={-1}>
        {t('meetings.rhythm.title')}
      </h2>
      <Notice message={message} />
      <RhythmStatus clientId={clientId} rhythm={rhythm} />
      {list.abilities.plan && (
        <div className="meetings-actions">
          <ActionPanel label={t('meetings.rhythm.change')} title={t('meetings.rhythm.title')} level={3}>
            {(close) => (
              <>
                <RhythmForm
                  clientId={clientId}
                  intervalMonths={rhythm.intervalMonths}
                  onSaved={(said) => {
                    close(false);
                    announce(said);
                  }}
                />
                <CancelButton label={t('meetings.form.cancelChange')} onCancel={() => close()} />
              </>
            )}
          </ActionPanel>
        </div>
      )}
    </section>
  );
}

const months = Array.from({ length: intervalMonthsRange.max - intervalMonthsRange.min + 1 }, (_, index) =>
  String(intervalMonthsRange.min + index),
);
const rhythmFormSchema = z.object({ intervalMonths: z.enum(months as [string, ...string[]]) });
type RhythmValues = z.input<typeof rhythmFormSchema>;

interface RhythmFormProps {
  clientId: string;
  intervalMonths: number;
  onSaved: (message: string) => void;
}

/** How many months between two meetings: the method's three, or what suits the group now. */
function RhythmForm({ clientId, intervalMonths, onSaved }: RhythmFormProps) {
  const { t } = useTranslation();
  const setRhythm = useSetRhythm(clientId);
  const form = useForm<RhythmValues>({
    defaultValues: { intervalMonths: String(intervalMonths) },
    shouldFocusError: false,
  });
  const fields = useMemo<FormField<RhythmValues>[]>(
    () => [{ name: 'intervalMonths', label: t('meetings.rhythm.interval') }],
    [t],
  );
  const feedback = useFormFeedback(form, fields);

  const onSubmit = form.handleSubmit(async (values) => {
    feedback.clear();
    const parsed = rhythmFormSchema.safeParse(values);
    if (!parsed.success) {
      form.setError('intervalMonths', { type: 'required' });
      feedback.onInvalid();
      return;
    }
    const body: RhythmBody = { intervalMonths: Number(parsed.data.intervalMonths) };
    try {
      const saved = await setRhythm.mutateAsync(body);
      onSaved(t('meetings.rhythm.saved', { count: saved.intervalMonths }));
    } catch (error) {
      feedback.fail(error);
    }
  }, feedback.onInvalid);

  return (
    <ApiForm
      form={form}
      feedback={feedback}
      onSubmit={onSubmit}
      intro={t('meetings.rhythm.intervalHelp')}
      submitLabel={t('meetings.rhythm.submit')}
    >
      <SelectControl
        control={form.control}
        name="intervalMonths"
        label={t('meetings.rhythm.interval')}
        placeholder={t('meetings.rhythm.choose')}
        options={months.map((id) => ({ id, label: t('meetings.rhythm.months', { count: Number(id) }) }))}
        isRequired
      />
    </ApiForm>
  );
}

/** Home for the client and relatives; the group's page for the team. */
function WayBack({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const toHome = me.role === 'client' || me.role === 'relative';
  return (
    <p className="section">
      {toHome ? (
        <Link to={paths.home}>{t('meetings.list.home')}</Link>
      ) : (
        <Link to={paths.group(clientId)}>{t('meetings.list.toGroup')}</Link>
      )}
    </p>
  );
}
