import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyMeeting } from '../../../shared/meetings.js';
import { useCurrentMe } from '../../app/me-context.js';
import { paths } from '../../app/paths.js';
import { useMyMeetings } from './api.js';
import { meetingTitle, myAnswerText, placeName } from './meeting-words.js';
import './minutes.css';

/**
 * On the home page: the meetings the person is invited to that are still to come, soonest first,
 * each with when and where, whose group it is, and their own reply. Shown only when there is one;
 * if the list cannot be read, the home page does without.
 */
export function MyMeetings() {
  const { t } = useTranslation();
  const titleId = useId();
  const query = useMyMeetings();
  const meetings = query.data?.meetings ?? [];
  if (meetings.length === 0) return null;
  return (
    <section aria-labelledby={titleId} className="section my-meetings">
      <h2 id={titleId}>{t('minutes.myMeetings.title')}</h2>
      <ul className="card-list card-column">
        {meetings.map((meeting) => (
          <MeetingItem key={meeting.id} meeting={meeting} />
        ))}
      </ul>
    </section>
  );
}

function MeetingItem({ meeting }: { meeting: MyMeeting }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentMe();
  const own = me.clientId === meeting.client.id;
  return (
    <li className={`card card-column__item${meeting.myAnswer === null ? ' my-meeting--unanswered' : ''}`}>
      <p className="card-column__title">
        <Link to={paths.meeting(meeting.client.id, meeting.id)}>{meetingTitle(t, meeting, i18n.language)}</Link>
      </p>
      <p className="card__meta">{t('minutes.myMeetings.when', { time: meeting.time })}</p>
      <p className="card__meta">{placeName(t, meeting.locationKind, meeting.client.name, own)}</p>
      <p className="card__meta">
        {own
          ? t('minutes.myMeetings.groupOwn', { group: meeting.groupName })
          : t('minutes.home.groupOf', { group: meeting.groupName, name: meeting.client.name })}
      </p>
      <p className="my-meeting__answer">{myAnswerText(t, meeting.myAnswer)}</p>
    </li>
  );
}
