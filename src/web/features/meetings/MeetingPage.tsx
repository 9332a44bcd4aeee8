import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { responseAnswers, type ResponseAnswer } from '../../../domain/meetings.js';
import type { Meeting } from '../../../shared/meetings.js';
import { isApiError } from '../../app/http.js';
import { paths } from '../../app/paths.js';
import { ActionPanel } from '../../components/ActionPanel.js';
import { BusyButton } from '../../components/BusyButton.js';
import { DetailList, type Detail } from '../../components/DetailList.js';
import { Loading } from '../../components/Loading.js';
import { Notice, useNotice } from '../../components/notice.js';
import { PageHeading } from '../../components/PageHeading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { EvaluationAgendaLink } from '../evaluations/index.js';
import { useCancelMeeting, useMeeting, useReply } from './api.js';
import type { MeetingSavedState } from './MeetingForm.js';
import { useMeetingParams } from './meeting-params.js';
import { MeetingProblem } from './MeetingProblem.js';
import {
  agendaTitle,
  formatMeetingDay,
  formatMomentDay,
  meetingDetails,
  meetingTitle,
  myAnswerText,
  placeName,
  replyName,
  webLink,
} from './meeting-words.js';
import { mayRecordAnswer, RecordAnswer } from './RecordAnswer.js';
import { StartEvaluationSection } from './StartEvaluationSection.js';
import './meetings.css';

const savedKind = (state: unknown): MeetingSavedState['meetingSaved'] | null => {
  if (typeof state !== 'object' || state === null) return null;
  const saved = (state as Partial<MeetingSavedState>).meetingSaved;
  return saved === 'planned' || saved === 'changed' ? saved : null;
};

/**
 * One meeting: what, when, where, who chairs and takes the minutes, the agenda. Whoever is invited
 * answers whether they come; the client and coordinator see everyone's answers, others how many;
 * whoever plans the meetings changes or cancels it until it starts, and writes down the answers of
 * those who cannot sign in. After it, the minutes (for who
 * may read them), and after the start meeting the evaluation of client and coordinator.
 */
export function MeetingPage() {
  const { t, i18n } = useTranslation();
  const { clientId, meetingId, own } = useMeetingParams();
  const query = useMeeting(clientId, meetingId);
  const meeting = query.data;
  const title = meeting ? meetingTitle(t, meeting, i18n.language) : t('meetings.page.fallbackTitle');

  return (
    <div className="meeting-page">
      <PageHeading>{title}</PageHeading>
      {meeting && <MeetingKicker clientName={meeting.client.name} own={own} />}
      {query.isPending && <Loading />}
      {query.isError && <MeetingLoadProblem error={query.error} />}
      {meeting && <MeetingView meeting={meeting} own={own} />}
      <p className="section">
        <Link to={paths.meetings(clientId)}>{t('meetings.links.toList')}</Link>
      </p>
    </div>
  );
}

function MeetingLoadProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (isApiError(error) && error.status === 404) return <p>{t('meetings.page.notFound')}</p>;
  if (isApiError(error) && error.status === 403) return <p>{t('meetings.page.forbidden')}</p>;
  return <ProblemAlert error={error} />;
}

function MeetingView({ meeting, own }: { meeting: Meeting; own: boolean }) {
  const { t } = useTranslation();
  const agendaId = useId();
  // What the page says after an action here, or after the form it came from; focus goes to it.
  const { ref, message, announce } = useNotice<HTMLDivElement>();
  const saved = savedKind(useLocation().state);
  const savedSaid = useRef(false);
  useEffect(() => {
    if (saved === null || savedSaid.current) return;
    savedSaid.current = true;
    announce(saved === 'planned' ? t('meetings.new.planned') : t('meetings.edit.changed'));
  }, [saved, announce, t]);

  return (
    <>
      <div ref={ref} tabIndex={-1} className="meeting-status">
        <Notice message={message} />
        <StatusLine meeting={meeting} />
      </div>
      <MeetingDetails meeting={meeting} own={own} />
      <section aria-labelledby={agendaId} className="section">
        <h2 id={agendaId}>{t('meetings.agenda.title')}</h2>
        {meeting.agenda.length === 0 ? (
          <p>{t('meetings.page.noAgenda')}</p>
        ) : (
          <ol className="meeting-agenda">
            {meeting.agenda.map((item) => (
              <li key={item.id} className="meeting-agenda__item">
                {agendaTitle(t, item)}
              </li>
            ))}
          </ol>
        )}
        {/* The results are talked about at this meeting: the way to them. */}
        {meeting.agenda.some((item) => item.code === 'evaluation_results') && (
          <EvaluationAgendaLink clientId={meeting.client.id} />
        )}
      </section>
      {meeting.abilities.reply && <MyReply meeting={meeting} />}
      {meeting.status !== 'cancelled' && <Replies meeting={meeting} onRecorded={(said) => announce(said, false)} />}
      {meeting.abilities.readMinutes && meeting.status !== 'cancelled' && <MinutesLink meeting={meeting} />}
      {meeting.kind === 'start' && meeting.abilities.evaluate && <StartEvaluationSection meeting={meeting} />}
      {meeting.abilities.edit && <MeetingActions meeting={meeting} onCancelled={(said) => announce(said)} />}
    </>
  );
}

/** Cancelled or held, in words; nothing to say for a meeting still to come. */
function StatusLine({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  if (meeting.status === 'cancelled')
    return (
      <p className="status-box status-box--error meeting-status__line">
        <span aria-hidden="true" className="meeting-card__mark">
          ✕
        </span>{' '}
        {t('meetings.cancelled')}
      </p>
    );
  if (meeting.held) return <p className="status-box meeting-status__line">{t('meetings.page.held')}</p>;
  return null;
}

/** Whose meeting it is, above its title. */
export function MeetingKicker({ clientName, own }: { clientName: string; own: boolean }) {
  const { t } = useTranslation();
  return <p className="meetings-kicker">{own ? t('meetings.kicker.own') : t('meetings.kicker.of', { name: clientName })}</p>;
}

function MeetingDetails({ meeting, own }: { meeting: Meeting; own: boolean }) {
  const { t, i18n } = useTranslation();
  const clientName = meeting.client.name;
  const link = meeting.locationKind === 'video' ? webLink(meeting.locationDetail) : null;
  const where = placeName(t, meeting.locationKind, clientName, own);
  let whereValue: Detail['value'] = where;
  if (meeting.locationKind === 'elsewhere' && meeting.locationDetail !== null)
    whereValue = (
      <>
        {where}:<br />
        <span className="meeting-text">{meeting.locationDetail}</span>
      </>
    );
  else if (link !== null)
    whereValue = (
      <>
        {where}:<br />
        <a href={link} className="meeting-text">
          {t('meetings.details.videoLink')}
        </a>
      </>
    );

  const details = meetingDetails(t, meeting, own, i18n.language);
  return (
    <DetailList
      details={[
        details.what,
        details.when,
        { term: t('meetings.details.where'), value: whereValue },
        details.chair,
        details.minuteTaker,
        {
          term: t('meetings.details.channel'),
          value:
            meeting.channel === null ? t('meetings.details.noChannel') : <span className="meeting-text">{meeting.channel}</span>,
        },
      ]}
    />
  );
}

/**
 * Yes, no or maybe, as three buttons of which the chosen one is pressed (said by screen readers,
 * shown with a tick and in a sentence, not by colour alone). A reply can be changed until it starts.
 */
function MyReply({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const titleId = useId();
  const reply = useReply(meeting.client.id, meeting.id);
  const { message, announce } = useNotice();
  const current = meeting.myAnswer;
  const answer = (choice: ResponseAnswer) => {
    if (reply.isPending) return;
    void reply.mutateAsync({ answer: choice }).then(
      (saved) => announce(t('meetings.reply.saved', { answer: t(`meetings.myAnswers.${saved.myAnswer ?? choice}`) }), false),
      () => undefined,
    );
  };
  return (
    <section aria-labelledby={titleId} className="section meeting-reply">
      <h2 id={titleId}>{t('meetings.reply.title')}</h2>
      <p>{myAnswerText(t, current)}</p>
      <div role="group" aria-labelledby={titleId} className="meeting-reply__buttons">
        {responseAnswers.map((choice) => {
          const pressed = current === choice;
          return (
            <button
              key={choice}
              type="button"
              className={pressed ? 'button button--primary meeting-reply__button' : 'button meeting-reply__button'}
              aria-pressed={pressed}
              aria-disabled={reply.isPending || undefined}
              onClick={() => answer(choice)}
            >
              {pressed && (
                <span aria-hidden="true" className="meeting-reply__tick">
                  ✓
                </span>
              )}
              {t(`meetings.myAnswers.${choice}`)}
            </button>
          );
        })}
      </div>
      <Notice message={message} />
      {reply.isError && <MeetingProblem error={reply.error} action="reply" />}
    </section>
  );
}

/**
 * Everyone's answers for the client and coordinator; how many said what for the others. Whoever plans
 * the meetings writes down the answers of those who cannot sign in (RecordAnswer).
 */
function Replies({ meeting, onRecorded }: { meeting: Meeting; onRecorded: (message: string) => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const counts = meeting.replyCounts;
  const invited = counts.yes + counts.no + counts.maybe + counts.none;
  return (
    <section aria-labelledby={titleId} className="section meeting-replies">
      <h2 id={titleId}>{t('meetings.replies.title')}</h2>
      {invited === 0 ? <p>{t('meetings.replies.noInvitees')}</p> : <p>{t('meetings.replies.counts', counts)}</p>}
      {meeting.abilities.seeReplies && meeting.invitees.length > 0 && (
        <ul className="meeting-replies__list">
          {meeting.invitees.map((invitee) => (
            <InviteeReply key={invitee.memberId} meeting={meeting} invitee={invitee} onRecorded={onRecorded} />
          ))}
        </ul>
      )}
    </section>
  );
}

function InviteeReply({
  meeting,
  invitee,
  onRecorded,
}: {
  meeting: Meeting;
  invitee: Meeting['invitees'][number];
  onRecorded: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lineId = useId();
  return (
    <li>
      <div className="meeting-replies__item">
        <span id={lineId}>
          <span className="meeting-replies__name">{invitee.name}</span>: {replyName(t, invitee.answer)}
          {invitee.answeredAt !== null && (
            <span className="meeting-replies__when">
              {' '}
              ({t('meetings.replies.answeredOn', { date: formatMomentDay(invitee.answeredAt, i18n.language) })})
            </span>
          )}
        </span>
        {mayRecordAnswer(meeting, invitee) && (
          <RecordAnswer meeting={meeting} invitee={invitee} describedBy={lineId} onRecorded={onRecorded} />
        )}
      </div>
    </li>
  );
}

function MinutesLink({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="section">
      <h2 id={titleId}>{t('meetings.page.minutes')}</h2>
      {meeting.held && <p>{t(`meetings.minutesStatus.${meeting.minutesStatus}`)}</p>}
      <p>
        <Link to={paths.minutes(meeting.client.id, meeting.id)}>{t('meetings.page.minutesLink')}</Link>
      </p>
    </section>
  );
}

/** Change it, or cancel it after a question that says what happens; only until it starts. */
function MeetingActions({ meeting, onCancelled }: { meeting: Meeting; onCancelled: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const cancel = useCancelMeeting(meeting.client.id, meeting.id);
  return (
    <section aria-labelledby={titleId} className="section">
      <h2 id={titleId}>{t('meetings.page.actions')}</h2>
      <p>{t('meetings.edit.mailNote')}</p>
      <div className="meetings-actions">
        <Link to={paths.meetingEdit(meeting.client.id, meeting.id)} className="button button--primary">
          {t('meetings.page.edit')}
        </Link>
        <ActionPanel label={t('meetings.cancel.open')} title={t('meetings.cancel.title')} level={3}>
          {(close) => (
            <>
              <p>{t('meetings.cancel.question', { day: formatMeetingDay(meeting.date, i18n.language) })}</p>
              <p>{t('meetings.cancel.consequence')}</p>
              {cancel.isError && <MeetingProblem error={cancel.error} action="plan" />}
              <p className="meetings-actions">
                <BusyButton
                  variant="primary"
                  isPending={cancel.isPending}
                  onPress={() =>
                    // A promise rather than mutate's callbacks: once cancelled, this section is gone
                    // (the meeting can no longer be changed) before those would run.
                    void cancel.mutateAsync().then(
                      () => {
                        close(false);
                        onCancelled(t('meetings.cancel.done'));
                      },
                      () => undefined,
                    )
                  }
                >
                  {t('meetings.cancel.confirm')}
                </BusyButton>
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => {
                    cancel.reset();
                    close();
                  }}
                >
                  {t('meetings.cancel.keep')}
                </button>
              </p>
            </>
          )}
        </ActionPanel>
      </div>
    </section>
  );
}
