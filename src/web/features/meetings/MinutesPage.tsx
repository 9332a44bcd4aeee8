import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Minutes } from '../../../shared/meetings.js';
import { isApiError } from '../../app/http.js';
import { paths } from '../../app/paths.js';
import { DetailList } from '../../components/DetailList.js';
import { Loading } from '../../components/Loading.js';
import { Notice, useNotice } from '../../components/notice.js';
import { PageHeading } from '../../components/PageHeading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useMinutes } from './api.js';
import { ApproveMinutes } from './ApproveMinutes.js';
import { MeetingKicker } from './MeetingPage.js';
import { useMeetingParams } from './meeting-params.js';
import { formatMeetingDay, formatMomentDay, meetingDetails } from './meeting-words.js';
import { MinutesForm } from './MinutesForm.js';
import { MinutesView } from './MinutesView.js';
import './meetings.css';
import './minutes.css';

/**
 * The minutes of a meeting (PRODUCT.md §6): per agenda item what was said and decided, the scores the
 * goals got and the agreements made or changed. Those who make them (client, chair, minute-taker,
 * coordinator) write the draft; the client approves it, and only then do the others read it and do
 * its scores and agreements go into the plan.
 */
export function MinutesPage() {
  const { t, i18n } = useTranslation();
  const { clientId, meetingId, own } = useMeetingParams();
  const minutes = useMinutes(clientId, meetingId);
  const meeting = minutes.data?.meeting;
  const title =
    meeting === undefined
      ? t('minutes.page.fallbackTitle')
      : t('minutes.page.title', { day: formatMeetingDay(meeting.date, i18n.language) });

  return (
    <div className="minutes-page">
      <PageHeading>{title}</PageHeading>
      {minutes.isPending && <Loading />}
      {minutes.isError && <MinutesLoadProblem error={minutes.error} />}
      {minutes.data && <MinutesContent clientId={clientId} meetingId={meetingId} minutes={minutes.data} own={own} />}
      <p className="section">
        <Link to={paths.meeting(clientId, meetingId)}>{t('meetings.links.toMeeting')}</Link>
      </p>
    </div>
  );
}

/** Not approved yet, and not there (or not shared), are told apart: the first is a matter of waiting. */
function MinutesLoadProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (isApiError(error) && error.status === 403)
    return <p className="status-box status-box--brand">{t('minutes.page.forbidden')}</p>;
  if (isApiError(error) && error.status === 404) return <p>{t('minutes.page.notFound')}</p>;
  return <ProblemAlert error={error} />;
}

interface MinutesContentProps {
  clientId: string;
  meetingId: string;
  minutes: Minutes;
  own: boolean;
}

function MinutesContent({ clientId, meetingId, minutes, own }: MinutesContentProps) {
  const { t, i18n } = useTranslation();
  const { ref, message, announce } = useNotice<HTMLDivElement>();
  const { meeting } = minutes;
  const clientName = meeting.client.name;
  const draft = minutes.status === 'draft';
  const writing = draft && minutes.abilities.write;
  const details = meetingDetails(t, meeting, own, i18n.language);
  // Under the form it knows whether all that was typed is saved; under minutes read, all is.
  const approval = (isDirty: boolean) => (
    <ApproveMinutes
      clientId={clientId}
      meetingId={meetingId}
      clientName={clientName}
      own={own}
      isDirty={isDirty}
      onApproved={announce}
    />
  );

  return (
    <>
      <MeetingKicker clientName={clientName} own={own} />
      <div ref={ref} tabIndex={-1} className={`status-box minutes-status minutes-status--${minutes.status}`}>
        <StatusLine minutes={minutes} own={own} />
        <Notice message={message} />
      </div>
      <DetailList details={[details.what, details.when, details.chair, details.minuteTaker]} />
      {meeting.status === 'cancelled' && <p>{t('minutes.page.cancelled')}</p>}
      {meeting.status !== 'cancelled' && draft && !meeting.held && <p>{t('minutes.notStarted')}</p>}
      {meeting.status !== 'cancelled' &&
        (writing ? (
          <MinutesForm
            clientId={clientId}
            meetingId={meetingId}
            minutes={minutes}
            own={own}
            approval={(isDirty) =>
              minutes.abilities.approve ? (
                approval(isDirty)
              ) : (
                <p className="minutes-approve-note">{t('minutes.approve.byClient', { name: clientName })}</p>
              )
            }
          />
        ) : (
          (meeting.held || !draft) && (
            <>
              <MinutesView minutes={minutes} own={own} />
              {draft && minutes.abilities.approve && approval(false)}
            </>
          )
        ))}
    </>
  );
}

/** A draft says who can read it; approved minutes say since when everyone can. */
function StatusLine({ minutes, own }: { minutes: Minutes; own: boolean }) {
  const { t, i18n } = useTranslation();
  const name = minutes.meeting.client.name;
  if (minutes.status === 'approved') {
    return (
      <p className="minutes-status__line">
        <span aria-hidden="true" className="minutes-status__mark">
          ✓
        </span>{' '}
        {minutes.approvedAt === null
          ? t('minutes.status.approved')
          : t('minutes.status.approvedOn', { date: formatMomentDay(minutes.approvedAt, i18n.language) })}
      </p>
    );
  }
  return (
    <>
      <p className="minutes-status__line">{t('minutes.status.draft')}</p>
      <p>{own ? t('minutes.status.draftReadersOwn') : t('minutes.status.draftReadersOf', { name })}</p>
    </>
  );
}
