import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '../../shared/accounts.js';
import { PageHeading } from '../components/PageHeading.js';
import { ConversationRequestNotice } from '../features/conversations/index.js';
import { MyEvaluations } from '../features/evaluations/index.js';
import { GroupSummary } from '../features/groups/index.js';
import { MeetingAttention, MyMeetings } from '../features/meetings/index.js';
import { PlanShortcuts } from '../features/plans/index.js';
import { SharedWithMeSection } from '../features/sharing/index.js';
import { TeamHomeLinks } from '../features/team/index.js';
import { useCurrentMe } from './me-context.js';
import { belongsToGroups, managesOrganisation, worksWithClients } from './navigation.js';
import { paths } from './paths.js';

/** A short welcome and what the person can do in Regie today. */
export function HomePage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  return (
    <>
      <PageHeading documentTitle={t('home.documentTitle')}>{t('home.welcome', { name: me.name })}</PageHeading>
      {/* The signalling plan within reach first: it may be needed in a hurry. */}
      {me.role === 'client' && <PlanShortcuts for="own" />}
      {me.role === 'client' && me.clientId !== null && <GroupSummary clientId={me.clientId} clientName={me.name} for="own" />}
      {me.role === 'relative' && <RelativeOf me={me} />}
      {me.role === 'coordinator' && <MeetingAttention />}
      {/* Everyone who can be in a group; the list hides itself when there is no meeting to come. */}
      {belongsToGroups(me.role) && <MyMeetings />}
      {/* The questionnaires waiting for the person; hidden when there are none. */}
      {belongsToGroups(me.role) && <MyEvaluations />}
      {worksWithClients(me.role) && <PlanShortcuts for="team" />}
      {me.role === 'researcher' && <p>{t('home.researcher')}</p>}
      <h2>{t('home.whatYouCanDo')}</h2>
      <ul className="link-list">
        {worksWithClients(me.role) && (
          <li>
            <Link to={paths.clients}>{t('home.clients')}</Link>
          </li>
        )}
        <TeamHomeLinks />
        {managesOrganisation(me.role) && (
          <li>
            <Link to={paths.organisation}>{t(me.role === 'admin' ? 'home.organisationAdmin' : 'home.organisationTeamLead')}</Link>
          </li>
        )}
        {me.clientId !== null && (
          <li>
            <Link to={paths.client(me.clientId)}>{t('home.client.relatives')}</Link>
          </li>
        )}
        {me.clientId !== null && (
          <>
            <li>
              <Link to={paths.sharing}>{t('sharing.home.sharing')}</Link>
            </li>
            <li>
              <Link to={paths.direction}>{t('sharing.home.direction')}</Link>
            </li>
          </>
        )}
        {me.clientId !== null && (
          <li>
            <Link to={paths.whoLooked}>{t('auditLog.client.homeLink')}</Link>
          </li>
        )}
        <li>
          <Link to={paths.myDetails}>{t('home.myDetails')}</Link>
        </li>
      </ul>
    </>
  );
}

function RelativeOf({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [only] = me.relativeOf;
  return (
    <>
      {me.relativeOf.length === 0 && <p>{t('home.relative.none')}</p>}
      {me.relativeOf.length === 1 && only !== undefined && <p>{t('home.relative.one', { name: only.name })}</p>}
      {me.relativeOf.length > 1 && (
        <>
          <p>{t('home.relative.many')}</p>
          <ul>
            {me.relativeOf.map((client) => (
              <li key={client.id}>{client.name}</li>
            ))}
          </ul>
        </>
      )}
      {me.relativeOf.map((client) => (
        <Fragment key={client.id}>
          <ConversationRequestNotice clientId={client.id} />
          <GroupSummary clientId={client.id} clientName={client.name} for="relative" />
          <PlanShortcuts for="relative" clientId={client.id} />
          <SharedWithMeSection client={client} />
        </Fragment>
      ))}
    </>
  );
}
