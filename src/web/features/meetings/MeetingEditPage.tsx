import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Meeting } from '../../../shared/meetings.js';
import { isApiError } from '../../app/http.js';
import { paths } from '../../app/paths.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useChangeMeeting, useMeeting } from './api.js';
import { MeetingForm } from './MeetingForm.js';
import { valuesFromMeeting } from './meeting-form.js';
import { useMeetingParams } from './meeting-params.js';
import { kindName } from './meeting-words.js';
import './meetings.css';

/**
 * Changing a planned meeting, before it starts: the same form as planning it, opened with the meeting
 * as it is. Its kind stays (a different kind is a different meeting); members hear of a new date,
 * time, length or place by mail.
 */
export function MeetingEditPage() {
  const { t } = useTranslation();
  const { clientId, meetingId, own } = useMeetingParams();
  const query = useMeeting(clientId, meetingId);
  const meeting = query.data;
  const title = t('meetings.edit.title');

  return (
    <div className="meetings-page">
      <PageHeading documentTitle={meeting && !own ? t('meetings.edit.documentTitleOf', { name: meeting.client.name }) : title}>
        {title}
      </PageHeading>
      {query.isPending && <Loading />}
      {query.isError &&
        (isApiError(query.error) && query.error.status === 404 ? (
          <p>{t('meetings.page.notFound')}</p>
        ) : (
          <ProblemAlert error={query.error} />
        ))}
      {meeting && !meeting.abilities.edit && <p>{t('meetings.edit.notAllowed')}</p>}
      {meeting?.abilities.edit && <EditMeeting meeting={meeting} own={own} />}
      {(!meeting?.abilities.edit || query.isError) && (
        <p className="section">
          <Link to={paths.meeting(clientId, meetingId)}>{t('meetings.links.toMeeting')}</Link>
        </p>
      )}
    </div>
  );
}

function EditMeeting({ meeting, own }: { meeting: Meeting; own: boolean }) {
  const { t } = useTranslation();
  const clientId = meeting.client.id;
  const change = useChangeMeeting(clientId, meeting.id);
  // Whoever the meeting names and has left the group since: shown as chosen, so that it can be changed.
  const named = [
    ...(meeting.chair.kind === 'member' ? [{ id: meeting.chair.memberId, name: meeting.chair.name }] : []),
    ...(meeting.minuteTaker === null ? [] : [{ id: meeting.minuteTaker.memberId, name: meeting.minuteTaker.name }]),
  ];
  return (
    <>
      <p className="meeting-chosen__kind">{t('meetings.chosenKind', { kind: kindName(t, meeting.kind) })}</p>
      <p>{t('meetings.edit.mailNote')}</p>
      <MeetingForm
        clientId={clientId}
        kind={meeting.kind}
        initial={valuesFromMeeting(meeting)}
        members={meeting.members}
        formerMembers={named.filter((person) => !meeting.members.some((member) => member.id === person.id))}
        clientName={meeting.client.name}
        own={own}
        isNew={false}
        save={(body) => change.mutateAsync(body)}
        cancelTo={paths.meeting(clientId, meeting.id)}
      />
    </>
  );
}
