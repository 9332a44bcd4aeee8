import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths.js';
import { useMeetingAttention } from './api.js';
import { rhythmWords, sortAttention } from './meeting-words.js';
import './minutes.css';

/**
 * On a coordinator's home page: their clients' groups whose next meeting is late, or due soon with no
 * date yet, so that they can bring it up with the client. Shown only when there is one.
 */
export function MeetingAttention() {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const query = useMeetingAttention();
  const groups = sortAttention(query.data?.groups ?? []);
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby={titleId} className="section meeting-attention">
      <h2 id={titleId}>{t('minutes.attention.title')}</h2>
      <p>{t('minutes.attention.intro')}</p>
      <ul className="card-list card-column">
        {groups.map((group) => {
          // The same words as the group's own page: nothing is planned, and by when it is due.
          const words = rhythmWords(t, { ...group, next: null }, i18n.language);
          return (
            <li key={group.client.id} className={`card card-column__item meeting-attention__item--${group.state}`}>
              <p className="card-column__title">
                {t('minutes.home.groupOf', { group: group.groupName, name: group.client.name })}
              </p>
              <p className={group.state === 'overdue' ? 'meeting-attention__late' : 'card__meta'}>
                <span className="meeting-attention__label">{words.label}:</span> {words.sentence}
              </p>
              <p className="meeting-attention__link">
                <Link to={paths.meetings(group.client.id)}>{t('minutes.attention.link', { name: group.client.name })}</Link>
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
