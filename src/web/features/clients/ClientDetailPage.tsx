import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Client } from '../../../shared/clients.js';
import { useCurrentMe } from '../../app/me-context.js';
import { paths } from '../../app/paths.js';
import { DetailList } from '../../components/DetailList.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { GroupSummary } from '../groups/index.js';
import { ClientInvitation } from '../invitations/index.js';
import { ClientSharingSummary } from '../sharing/index.js';
import { AddRelativeForm } from './AddRelativeForm.js';
import { useClient } from './api.js';
import { RelativesSection } from './RelativesSection.js';

export function ClientDetailPage() {
  const { t } = useTranslation();
  const { clientId = '' } = useParams();
  const client = useClient(clientId);
  return (
    <>
      <PageHeading>{client.data?.name ?? t('clients.detail.fallbackTitle')}</PageHeading>
      {client.isPending && <Loading />}
      {client.isError && <ProblemAlert error={client.error} />}
      {client.data && <ClientDetails client={client.data} />}
    </>
  );
}

function ClientDetails({ client }: { client: Client }) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  return (
    <>
      <DetailList
        details={[
          { term: t('clients.detail.team'), value: client.team.name },
          { term: t('clients.detail.coordinator'), value: client.coordinator.name },
          {
            term: t('clients.detail.account'),
            value: t(client.hasAccount ? 'clients.detail.hasAccount' : 'clients.detail.noAccount'),
          },
        ]}
      />
      <ClientInvitation clientId={client.id} name={client.name} />
      <GroupSummary clientId={client.id} clientName={client.name} for={me.clientId === client.id ? 'own' : 'client'} />
      <RelativesSection clientId={client.id} />
      {client.abilities.addRelative && <AddRelativeForm clientId={client.id} />}
      <ClientSharingSummary client={client} />
      {me.clientId === null && (
        <p>
          <Link to={paths.clients}>{t('clients.detail.back')}</Link>
        </p>
      )}
    </>
  );
}
