import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Team } from '../../../shared/organisations.js';

export function TeamsSection({ teams }: { teams: readonly Team[] }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="section">
      <h2 id={titleId}>{t('organisation.teams.title')}</h2>
      {teams.length === 0 ? (
        <p>{t('organisation.teams.empty')}</p>
      ) : (
        <ul className="card-list">
          {teams.map((team) => (
            <li key={team.id} className="card">
              <p className="card__title">{team.name}</p>
              <p className="card__meta">{t('organisation.teams.type', { type: t(`teamTypes.${team.type}`) })}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
