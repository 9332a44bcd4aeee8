import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Group } from '../../../shared/groups.js';
import { useCurrentMe } from '../../app/me-context.js';
import { paths } from '../../app/paths.js';
import { DetailList } from '../../components/DetailList.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useEvaluationsVisible } from '../evaluations/index.js';
import { RhythmCard } from '../meetings/index.js';
import { usePlanVisible } from '../plans/index.js';
import { useGroupState } from './api.js';
import { CoordinatorSection } from './CoordinatorSection.js';
import { HistorySection } from './HistorySection.js';
import { MembersSection } from './MembersSection.js';
import { MissingRoles } from './MissingRoles.js';
import { MovePhase } from './MovePhase.js';
import { NextStep } from './NextStep.js';
import { Notice, useNotice } from '../../components/notice.js';
import { PhaseTimeline } from './PhaseTimeline.js';
import { RenameGroup } from './RenameGroup.js';
import { StartGroup } from './StartGroup.js';
import { asPhase, phaseName } from './words.js';
import './groups.css';

/**
 * The client's resource group: where it stands in the method, the next step, who is in it and how it
 * got there. It speaks to the client first (they direct the group); their team sees it with them, a
 * relative sees its name, phase and members only. What anyone may do comes from the answer's abilities.
 */
export function GroupPage() {
  const { t } = useTranslation();
  const { clientId = '' } = useParams();
  const me = useCurrentMe();
  const state = useGroupState(clientId);
  const { ref: noticeRef, message: noticeMessage, announce } = useNotice<HTMLDivElement>();
  const own = me.clientId === clientId;

  let title = t('groups.page.fallbackTitle');
  if (state.data?.group) title = state.data.group.name;
  else if (state.data) title = own ? t('groups.page.titleOwn') : t('groups.page.titleOf', { name: state.data.client.name });

  return (
    <>
      <PageHeading>{title}</PageHeading>
      <div ref={noticeRef} tabIndex={-1}>
        <Notice message={noticeMessage} />
      </div>
      {state.isPending && <Loading />}
      {state.isError && <ProblemAlert error={state.error} />}
      {state.data?.group === null && (
        <StartGroup state={state.data} own={own} isRelative={me.role === 'relative'} onStarted={announce} />
      )}
      {state.data?.group && (
        <GroupView group={state.data.group} own={own} isRelative={me.role === 'relative'} announce={announce} />
      )}
      <WayBack clientId={clientId} clientName={state.data?.client.name ?? null} />
    </>
  );
}

interface GroupViewProps {
  group: Group;
  own: boolean;
  isRelative: boolean;
  announce: (message: string) => void;
}

function GroupView({ group, own, isRelative, announce }: GroupViewProps) {
  const { t } = useTranslation();
  const clientName = group.client.name;
  const phase = asPhase(group.phase);
  const phaseValue = t('groups.phases.value', { number: phase, name: phaseName(t, phase) });

  if (isRelative) {
    return (
      <>
        <p>{t('groups.page.introRelative', { name: clientName })}</p>
        <RhythmCard clientId={group.client.id} />
        <PhaseTimeline group={group} isRelative />
        <MembersSection group={group} isRelative />
        <GroupLinks group={group} isRelative />
      </>
    );
  }
  return (
    <>
      <p>{own ? t('groups.page.introOwn') : t('groups.page.intro', { name: clientName })}</p>
      <DetailList
        details={[
          ...(own ? [] : [{ term: t('groups.page.client'), value: clientName }]),
          { term: t('groups.page.phase'), value: phaseValue },
          { term: t('groups.page.coordinator'), value: group.coordinator.name },
        ]}
      />
      {group.abilities.rename && <RenameGroup group={group} onRenamed={announce} />}
      <NextStep group={group} />
      <GroupLinks group={group} isRelative={false} />
      <RhythmCard clientId={group.client.id} />
      {group.missingRoles.length > 0 && <MissingRoles roles={group.missingRoles} canAdd={group.abilities.addProfessional} />}
      <PhaseTimeline group={group} isRelative={false} />
      {group.abilities.movePhase && <MovePhase group={group} />}
      <MembersSection group={group} isRelative={false} />
      <CoordinatorSection group={group} own={own} />
      <HistorySection clientId={group.client.id} />
    </>
  );
}

/** The plan, the network map, the conversations and the evaluation, for those who may open them. */
function GroupLinks({ group, isRelative }: { group: Group; isRelative: boolean }) {
  const { t } = useTranslation();
  const plan = usePlanVisible(group.client.id, isRelative);
  const evaluations = useEvaluationsVisible(group.client.id, isRelative);
  if (!plan && !group.abilities.networkMap && !group.abilities.conversations && !evaluations) return null;
  return (
    <ul className="link-list group-links">
      {plan && (
        <li>
          <Link to={paths.plan(group.client.id)}>{t('plans.links.toPlan')}</Link>
        </li>
      )}
      {group.abilities.networkMap && (
        <li>
          <Link to={paths.networkMap(group.client.id)}>{t('groups.links.networkMap')}</Link>
        </li>
      )}
      {group.abilities.conversations && (
        <li>
          <Link to={paths.conversations(group.client.id)}>{t('groups.links.conversations')}</Link>
        </li>
      )}
      {evaluations && (
        <li>
          <Link to={paths.evaluations(group.client.id)}>{t('evaluations.links.group')}</Link>
        </li>
      )}
    </ul>
  );
}

/** Back to where people come from: the client's page for their team, home for the client and relatives. */
function WayBack({ clientId, clientName }: { clientId: string; clientName: string | null }) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const fromClientPage = me.clientId === null && me.role !== 'relative' && clientName !== null;
  return (
    <p className="section">
      {fromClientPage ? (
        <Link to={paths.client(clientId)}>{t('groups.page.toClient', { name: clientName })}</Link>
      ) : (
        <Link to={paths.home}>{t('groups.page.home')}</Link>
      )}
    </p>
  );
}
