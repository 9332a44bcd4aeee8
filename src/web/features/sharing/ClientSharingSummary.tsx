import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Client } from '../../../shared/clients.js';
import { sharingCategories, type SharedCategories } from '../../../shared/sharing.js';
import { paths } from '../../app/paths.js';
import { Loading } from '../../components/Loading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useDelegations, useSharing } from './api.js';
import { EndRelative } from './EndRelative.js';
import './sharing.css';

/**
 * On a client's page. The client gets links to their own choices; their team sees, read-only, what
 * the client chose, and those who may end a relative's place can do it here.
 */
export function ClientSharingSummary({ client }: { client: Client }) {
  const { t } = useTranslation();
  const titleId = useId();
  if (client.abilities.manageSharing || client.abilities.manageDirection) {
    return (
      <section className="section" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('sharing.summary.yourChoices')}</h2>
        <ul className="link-list">
          {client.abilities.manageSharing && (
            <li>
              <Link to={paths.sharing}>{t('sharing.home.sharing')}</Link>
            </li>
          )}
          {client.abilities.manageDirection && (
            <li>
              <Link to={paths.direction}>{t('sharing.home.direction')}</Link>
            </li>
          )}
        </ul>
      </section>
    );
  }
  return (
    <>
      <SharingSection client={client} />
      <DirectionSection clientId={client.id} clientName={client.name} />
    </>
  );
}

/** The names of the categories that are (or are not) shared, as one readable list. */
function useCategoryList() {
  const { t } = useTranslation();
  return (categories: SharedCategories, shared: boolean) =>
    sharingCategories.filter((category) => categories[category] === shared).map((category) => t(`sharing.categories.${category}.name`));
}

function SharingSection({ client }: { client: Client }) {
  const { t } = useTranslation();
  const titleId = useId();
  const sharing = useSharing(client.id);
  const list = useCategoryList();
  const [status, setStatus] = useState('');
  // Without relatives there is nothing to share; the relatives section above already says so.
  if (sharing.data?.relatives.length === 0) return null;
  return (
    <section aria-labelledby={titleId} className="section">
      <h2 id={titleId}>{t('sharing.summary.title')}</h2>
      <p>{t('sharing.summary.intro', { client: client.name })}</p>
      <p role="status" className={status === '' ? 'form-status' : 'form-status form-status--success'}>
        {status}
      </p>
      {sharing.isPending && <Loading />}
      {sharing.isError && <ProblemAlert error={sharing.error} />}
      {sharing.data !== undefined && sharing.data.relatives.length > 0 && (
        <ul className="card-list">
          {sharing.data.relatives.map((relative) => {
            const seen = list(relative.categories, true);
            const unseen = list(relative.categories, false);
            return (
              <li key={relative.id} className="card">
                <h3 className="card__title">{relative.name}</h3>
                <p className="card__meta">{seen.length === 0 ? t('sharing.summary.seesNothing') : t('sharing.summary.sees', { list: seen.join(', ') })}</p>
                {unseen.length > 0 && <p className="card__meta">{t('sharing.summary.doesNotSee', { list: unseen.join(', ') })}</p>}
                {client.abilities.endRelative && (
                  <EndRelative clientId={client.id} relative={relative} clientName={client.name} onEnded={setStatus} />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function DirectionSection({ clientId, clientName }: { clientId: string; clientName: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const delegations = useDelegations(clientId);
  return (
    <section aria-labelledby={titleId} className="section">
      <h2 id={titleId}>{t('direction.summary.title')}</h2>
      {delegations.isPending && <Loading />}
      {delegations.isError && <ProblemAlert error={delegations.error} />}
      {delegations.data && (
        <>
          <p>{t('direction.summary.intro', { client: clientName, name: delegations.data.coordinator.name })}</p>
          <ul className="sharing-list">
            {delegations.data.tasks.map(({ task, delegated }) => (
              <li key={task}>
                {t(delegated ? 'direction.summary.allowed' : 'direction.summary.notAllowed', { task: t(`direction.tasks.${task}.name`) })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
