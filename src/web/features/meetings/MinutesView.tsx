import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Minutes } from '../../../shared/meetings.js';
import { DetailList } from '../../components/DetailList.js';
import { agendaTitle, formatDay, personName } from './meeting-words.js';
import { agreementStatusText } from './minutes-words.js';

interface MinutesViewProps {
  minutes: Minutes;
  own: boolean;
}

/** The minutes to read: per agenda item the notes and decisions, the scores given, the agreements with who does them. */
export function MinutesView({ minutes, own }: MinutesViewProps) {
  return (
    <>
      <ItemsView minutes={minutes} />
      <ScoresView minutes={minutes} />
      <AgreementsView minutes={minutes} own={own} />
    </>
  );
}

function ItemsView({ minutes }: { minutes: Minutes }) {
  const { t } = useTranslation();
  const titleId = useId();
  const text = (value: string) =>
    value.trim() === '' ? t('minutes.items.empty') : <span className="meeting-text">{value}</span>;
  return (
    <section aria-labelledby={titleId} className="section minutes-section">
      <h2 id={titleId}>{t('minutes.items.title')}</h2>
      {minutes.items.length === 0 ? (
        <p>{t('minutes.items.none')}</p>
      ) : (
        <ol className="minutes-items">
          {minutes.items.map((item) => (
            <li key={item.id} className="minutes-item">
              <h3 className="minutes-item__title meeting-text">{agendaTitle(t, item)}</h3>
              <DetailList
                details={[
                  { term: t('minutes.items.notes'), value: text(item.notes) },
                  { term: t('minutes.items.decisions'), value: text(item.decisions) },
                ]}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function ScoresView({ minutes }: { minutes: Minutes }) {
  const { t } = useTranslation();
  const titleId = useId();
  const goalText = (goalId: string) => minutes.goals.find((goal) => goal.id === goalId)?.text ?? t('minutes.scores.unknownGoal');
  return (
    <section aria-labelledby={titleId} className="section minutes-section">
      <h2 id={titleId}>{t('minutes.scores.title')}</h2>
      {minutes.scores.length === 0 ? (
        <p>{t('minutes.scores.readNone')}</p>
      ) : (
        <ul className="card-list card-column">
          {minutes.scores.map((score) => (
            <li key={score.goalId} className="card card-column__item">
              <p className="card-column__title meeting-text">{goalText(score.goalId)}</p>
              <p className="minutes-score">{t('minutes.scores.value', { score: score.score })}</p>
              {score.note !== null && score.note.trim() !== '' && <p className="meeting-text">{score.note}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function AgreementsView({ minutes, own }: { minutes: Minutes; own: boolean }) {
  const { t } = useTranslation();
  const titleId = useId();
  const goalText = (goalId: string | null) =>
    goalId === null ? undefined : minutes.goals.find((goal) => goal.id === goalId)?.text;
  return (
    <section aria-labelledby={titleId} className="section minutes-section">
      <h2 id={titleId}>{t('minutes.agreements.title')}</h2>
      {minutes.agreements.length === 0 ? (
        <p>{t('minutes.agreements.readNone')}</p>
      ) : (
        <ul className="card-list card-column">
          {minutes.agreements.map((agreement) => {
            const goal = goalText(agreement.goalId);
            return (
              <li key={agreement.id} className="card card-column__item">
                <p className="minutes-card__kind">
                  {agreement.agreementId === null
                    ? t('minutes.agreements.readNew')
                    : t('minutes.agreements.readChanged', { status: agreementStatusText(t, agreement.status) })}
                </p>
                <p className="card-column__title meeting-text">{agreement.what}</p>
                <AgreementFacts agreement={agreement} clientName={minutes.meeting.client.name} own={own} />
                {goal !== undefined && <p className="card__meta meeting-text">{t('minutes.agreements.goalLine', { goal })}</p>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

interface AgreementFactsProps {
  agreement: Pick<Minutes['agreements'][number], 'assignee' | 'dueOn'>;
  clientName: string;
  own: boolean;
}

/** Who does an agreement and by when, as the minutes say it when read and when written. */
export function AgreementFacts({ agreement, clientName, own }: AgreementFactsProps) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <p className="card__meta">
        {t('minutes.agreements.whoLine', { name: personName(t, agreement.assignee, clientName, own) })}
      </p>
      <p className="card__meta">
        {agreement.dueOn === null
          ? t('minutes.agreements.noDue')
          : t('minutes.agreements.dueLine', { date: formatDay(agreement.dueOn, i18n.language) })}
      </p>
    </>
  );
}
