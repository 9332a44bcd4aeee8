import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { RelativeEndedNote } from '../sharing/index.js';
import { RelativeInvitation } from '../invitations/index.js';
import { useRelatives } from './api.js';

export function RelativesSection({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const relatives = useRelatives(clientId);
  return (
    <section aria-labelledby={titleId} className="section">
      <h2 id={titleId}>{t('clients.relatives.title')}</h2>
      {relatives.isPending && <Loading />}
      {relatives.isError && <ProblemAlert error={relatives.error} />}
      {relatives.data?.length === 0 && <p>{t('clients.relatives.empty')}</p>}
      {relatives.data !== undefined && relatives.data.length > 0 && (
        <ul className="card-list">
          {relatives.data.map((relative) => (
            <li key={relative.id} className="card">
              <p className="card__title">{relative.name}</p>
              <p className="card__meta">{t('clients.relatives.relation', { relation: t(`relations.${relative.relation}`) })}</p>
              <p className="card__meta">
                {relative.email === null ? t('clients.relatives.noEmail') : t('clients.relatives.email', { email: relative.email })}
              </p>
              <p className="card__meta">{t(relative.hasAccount ? 'clients.relatives.hasAccount' : 'clients.relatives.noAccount')}</p>
              <RelativeEndedNote endedAt={relative.endedAt} />
              <RelativeInvitation clientId={clientId} relativeId={relative.id} name={relative.name} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
