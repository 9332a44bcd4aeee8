import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ConversationOverview } from '../../../shared/conversations.js';
import { isApiError } from '../../app/http.js';
import { useCurrentMe } from '../../app/me-context.js';
import { paths } from '../../app/paths.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useConversations } from './api.js';
import { MemberConversationCard } from './MemberConversationCard.js';
import './conversations.css';

/**
 * The in-depth conversations of the client's group. The coordinator records them; the group's
 * responsible clinician reads them; the client reads those the members agreed to share.
 */
export function ConversationsPage() {
  const { t } = useTranslation();
  const { clientId = '' } = useParams();
  const overview = useConversations(clientId);
  const clientName = overview.data?.client.name;
  return (
    <>
      <PageHeading
        {...(clientName === undefined ? {} : { documentTitle: t('conversations.page.documentTitle', { client: clientName }) })}
      >
        {t('conversations.page.title')}
      </PageHeading>
      {overview.isPending && <Loading />}
      {overview.isError &&
        (isApiError(overview.error) && overview.error.status === 404 ? (
          <p>{t('conversations.page.noGroup')}</p>
        ) : (
          <ProblemAlert error={overview.error} />
        ))}
      {overview.data && <Overview clientId={clientId} overview={overview.data} />}
      <p className="section">
        <Link to={paths.group(clientId)}>{t('conversations.page.back')}</Link>
      </p>
    </>
  );
}

function Overview({ clientId, overview }: { clientId: string; overview: ConversationOverview }) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const client = overview.client.name;
  const isClient = me.role === 'client';
  const canRecord = overview.abilities.record;
  // The client sees only the members whose record they may read; the others are not theirs to know about here.
  const members = isClient ? overview.members.filter((member) => member.conversation !== null) : overview.members;

  return (
    <>
      {canRecord && (
        <>
          <p>{t('conversations.intro.coordinator', { client })}</p>
          <p>{t('conversations.intro.coordinatorWho', { client })}</p>
        </>
      )}
      {!canRecord && !isClient && <p>{t('conversations.intro.clinician', { client })}</p>}
      {isClient && (
        <>
          <p>{t('conversations.intro.client')}</p>
          <p>{t('conversations.intro.clientWho')}</p>
        </>
      )}
      {members.length === 0 && <p>{t(isClient ? 'conversations.intro.clientNone' : 'conversations.page.noMembers')}</p>}
      <div className="conversation-list">
        {members.map((member) => (
          <MemberConversationCard
            key={member.memberId}
            clientId={clientId}
            clientName={client}
            member={member}
            canRecord={canRecord}
            showStatus={!isClient}
          />
        ))}
      </div>
    </>
  );
}
