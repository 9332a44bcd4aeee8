import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Client } from '../../../shared/clients.js';
import { paths } from '../../app/paths.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useClients } from './api.js';
import { RegisterClientForm } from './RegisterClientForm.js';

export function ClientListPage() {
  const { t } = useTranslation();
  const clients = useClients();
  return (
    <>
      <PageHeading>{t('clients.list.title')}</PageHeading>
      {clients.isPending && <Loading />}
      {clients.isError && <ProblemAlert error={clients.error} />}
      {clients.data && (
        <>
          <p>{t('clients.list.intro')}</p>
          <ClientList clients={clients.data.clients} />
          {clients.data.abilities.create && <RegisterClientForm />}
        </>
      )}
    </>
  );
}

function ClientList({ clients }: { clients: readonly Client[] }) {
  const { t } = useTranslation();
  if (clients.length === 0) return <p>{t('clients.list.empty')}</p>;
  return (
    <ul className="card-list">
      {clients.map((client) => (
        <li key={client.id} className="card">
          <Link to={paths.client(client.id)} className="card__title">
            {client.name}
          </Link>
          <p className="card__meta">{t('clients.list.coordinator', { name: client.coordinator.name })}</p>
        </li>
      ))}
    </ul>
  );
}
