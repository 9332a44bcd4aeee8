import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useGroupHistory } from './api.js';
import { historyLines } from './words.js';

/** How the group came to be as it is: phase moves and membership steps, newest first. Not for relatives. */
export function HistorySection({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const history = useGroupHistory(clientId);
  const lines = history.data ? historyLines(t, history.data.events, i18n.language) : [];
  return (
    <section aria-labelledby={titleId} className="section">
      <h2 id={titleId}>{t('groups.history.title')}</h2>
      {history.isPending && <Loading />}
      {history.isError && <ProblemAlert error={history.error} />}
      {history.data &&
        (lines.length === 0 ? (
          <p>{t('groups.history.empty')}</p>
        ) : (
          <>
            <p>{t('groups.history.intro')}</p>
            <ol className="group-history">
              {lines.map((line) => (
                <li key={line.key} className="group-history__item">
                  <time dateTime={line.at} className="group-history__date">
                    {line.date}
                  </time>
                  <span className="visually-hidden">: </span>
                  <span>
                    {line.sentence}
                    {line.by !== null && <span className="group-history__by"> {line.by}</span>}
                  </span>
                </li>
              ))}
            </ol>
          </>
        ))}
    </section>
  );
}
