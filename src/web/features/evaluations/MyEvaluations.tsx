import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyEvaluations as MyEvaluationList } from '../../../shared/evaluations.js';
import { useCurrentMe } from '../../app/me-context.js';
import { paths } from '../../app/paths.js';
import { useMyEvaluations } from './api.js';
import { formatDay } from './evaluation-words.js';
import './evaluations.css';

/**
 * On the home page: the questionnaires waiting for the person, soonest closing first, each with whose
 * group it is about and until when. Shown only when there is one; if the list cannot be read, the
 * home page does without.
 */
export function MyEvaluations() {
  const { t } = useTranslation();
  const titleId = useId();
  const query = useMyEvaluations();
  const open = query.data?.open ?? [];
  if (open.length === 0) return null;
  return (
    <section aria-labelledby={titleId} className="section my-evaluations">
      <h2 id={titleId}>{t('evaluations.mine.title')}</h2>
      <p>{t('evaluations.mine.intro')}</p>
      <ul className="card-list">
        {open.map((entry) => (
          <WaitingQuestionnaire key={entry.roundId} entry={entry} />
        ))}
      </ul>
    </section>
  );
}

function WaitingQuestionnaire({ entry }: { entry: MyEvaluationList['open'][number] }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentMe();
  const own = me.clientId === entry.client.id;
  return (
    <li className="card my-evaluation">
      <p className="my-evaluation__group">
        {own
          ? t('evaluations.mine.groupOwn', { group: entry.groupName })
          : t('evaluations.mine.groupOf', { group: entry.groupName, name: entry.client.name })}
      </p>
      <p className="card__meta">{t('evaluations.mine.until', { date: formatDay(entry.closesOn, i18n.language) })}</p>
      <p className="my-evaluation__action">
        <Link to={paths.questionnaire(entry.client.id, entry.roundId)} className="button button--primary">
          {t('evaluations.mine.fillIn')}
        </Link>
      </p>
    </li>
  );
}
