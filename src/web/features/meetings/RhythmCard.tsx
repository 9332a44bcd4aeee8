import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../app/http.js';
import { paths } from '../../app/paths.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useMeetings } from './api.js';
import { RhythmStatus } from './RhythmStatus.js';
import './minutes.css';

/**
 * The group's meetings on its page: where the group stands in its rhythm, with the way to all
 * meetings and, for who plans them, to a new one. Whoever does not see the client's meetings sees
 * nothing here.
 */
export function RhythmCard({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const query = useMeetings(clientId);

  if (query.isPending) return null;
  // Not shared with the reader (404), or not theirs (403): the card is simply not there for them.
  if (query.isError && isApiError(query.error) && (query.error.status === 404 || query.error.status === 403)) return null;
  return (
    <section aria-labelledby={titleId} className="section rhythm-card">
      <h2 id={titleId} className="rhythm-card__title">
        {t('meetings.list.title')}
      </h2>
      {query.isError ? (
        <ProblemAlert error={query.error} />
      ) : (
        <>
          <RhythmStatus clientId={clientId} rhythm={query.data.rhythm} />
          <ul className="rhythm-card__links">
            <li>
              <Link to={paths.meetings(clientId)}>{t('meetings.links.toList')}</Link>
            </li>
            {query.data.abilities.plan && (
              <li>
                <Link to={paths.newMeeting(clientId)} className="button button--primary rhythm-card__plan">
                  {t('meetings.new.title')}
                </Link>
              </li>
            )}
          </ul>
        </>
      )}
    </section>
  );
}
