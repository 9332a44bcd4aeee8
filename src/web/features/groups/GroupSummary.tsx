import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GroupState } from '../../../shared/groups.js';
import { paths } from '../../app/paths.js';
import { Loading } from '../../components/Loading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useGroupState } from './api.js';
import { asPhase, nextStepText, phaseName } from './words.js';
import './groups.css';

/** Whose home or page the summary is on: the client's own home, a client's page, a relative's home. */
export type SummaryFor = 'own' | 'client' | 'relative';

interface GroupSummaryProps {
  clientId: string;
  clientName: string;
  for: SummaryFor;
}

/**
 * The group at a glance, where people start: its name, its phase and (for client and team) the next
 * step, with the way to the group's page. The client's home shows it first: the group is theirs.
 */
export function GroupSummary({ clientId, clientName, for: viewer }: GroupSummaryProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const state = useGroupState(clientId);
  const title =
    viewer === 'own'
      ? t('groups.summary.own')
      : viewer === 'relative'
        ? t('groups.summary.ofRelative', { name: clientName })
        : t('groups.summary.of');
  return (
    <section aria-labelledby={titleId} className="section group-summary">
      <h2 id={titleId}>{title}</h2>
      {state.isPending && <Loading />}
      {state.isError && <ProblemAlert error={state.error} />}
      {state.data && <SummaryBody state={state.data} viewer={viewer} />}
    </section>
  );
}

function SummaryBody({ state, viewer }: { state: GroupState; viewer: SummaryFor }) {
  const { t } = useTranslation();
  const { client, group } = state;
  const toGroup = paths.group(client.id);
  const open = viewer === 'own' ? t('groups.summary.openOwn') : t('groups.summary.openOf', { name: client.name });

  if (group === null) {
    const startText = viewer === 'own' ? t('groups.summary.start') : t('groups.summary.startOf', { name: client.name });
    return (
      <>
        <p>{viewer === 'own' ? t('groups.summary.noneOwn') : t('groups.summary.noneOf', { name: client.name })}</p>
        {viewer !== 'relative' && (
          <ul className="link-list">
            <li>
              <Link to={toGroup}>{state.abilities.create ? startText : open}</Link>
            </li>
            {/* Who may start the group (the client and their coordinator) makes the network map with it. */}
            {viewer === 'client' && state.abilities.create && (
              <li>
                <Link to={paths.networkMap(client.id)}>{t('groups.links.networkMap')}</Link>
              </li>
            )}
          </ul>
        )}
      </>
    );
  }
  const phase = asPhase(group.phase);
  return (
    <>
      <p className="group-summary__name">{group.name}</p>
      <p>{t('groups.phases.value', { number: phase, name: phaseName(t, phase) })}</p>
      {viewer !== 'relative' && <p>{t('groups.next.line', { step: nextStepText(t, group.nextStep, phase) })}</p>}
      <ul className="link-list">
        <li>
          <Link to={toGroup}>{open}</Link>
        </li>
        {/* The client's home and a relative's home have the plan among their shortcuts already. */}
        {viewer === 'client' && (
          <li>
            <Link to={paths.plan(client.id)}>{t('plans.links.toPlanOf', { name: client.name })}</Link>
          </li>
        )}
        {viewer === 'client' && group.abilities.networkMap && (
          <li>
            <Link to={paths.networkMap(client.id)}>{t('groups.links.networkMap')}</Link>
          </li>
        )}
      </ul>
    </>
  );
}
