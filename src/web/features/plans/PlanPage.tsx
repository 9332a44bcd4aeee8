import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Plan } from '../../../shared/plans.js';
import { isApiError } from '../../app/http.js';
import { useCurrentMe } from '../../app/me-context.js';
import { paths } from '../../app/paths.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { AdoptPlan } from './AdoptPlan.js';
import { AgreementsSection } from './AgreementsSection.js';
import { usePlan } from './api.js';
import { GoalsSection } from './GoalsSection.js';
import { Notice, useNotice } from '../../components/notice.js';
import { PlanDownloads } from './PlanDownloads.js';
import { adoptionState, formatDay } from './words.js';
import './plans.css';

/**
 * The resource group plan (PRODUCT.md §5): the client's goals in their own words with their progress,
 * the working agreements, and whether the group agreed on it at a meeting. It speaks to the client
 * first; their coordinator may write for them; the others who may read it read it.
 */
export function PlanPage() {
  const { t } = useTranslation();
  const { clientId = '' } = useParams();
  const me = useCurrentMe();
  const plan = usePlan(clientId);
  const own = me.clientId === clientId;
  const title = plan.data?.group.name ?? t('plans.page.fallbackTitle');

  return (
    <div className="plan-page">
      <PageHeading documentTitle={plan.data ? t('plans.page.documentTitle', { group: plan.data.group.name }) : title}>
        {title}
      </PageHeading>
      {plan.isPending && <Loading />}
      {plan.isError && <PlanLoadProblem error={plan.error} own={own} />}
      {plan.data && <PlanView clientId={clientId} plan={plan.data} own={own} />}
      <p className="section plan-no-print">
        <Link to={paths.group(clientId)}>{t('plans.page.toGroup')}</Link>
      </p>
    </div>
  );
}

/** Not there (no group yet, or not shared with the reader) and not theirs are told apart where it helps. */
export function PlanLoadProblem({ error, own }: { error: unknown; own: boolean }) {
  const { t } = useTranslation();
  if (isApiError(error) && error.status === 404) return <p>{own ? t('plans.page.notFoundOwn') : t('plans.page.notFound')}</p>;
  if (isApiError(error) && error.status === 403) return <p>{t('plans.page.forbidden')}</p>;
  return <ProblemAlert error={error} />;
}

function PlanView({ clientId, plan, own }: { clientId: string; plan: Plan; own: boolean }) {
  const { t } = useTranslation();
  const { ref, message, announce } = useNotice<HTMLDivElement>();
  const name = plan.client.name;
  let intro: string;
  if (own) intro = plan.abilities.edit ? t('plans.page.introOwn') : t('plans.page.introOwnReadOnly');
  else if (plan.abilities.edit) intro = t('plans.page.introFor', { name });
  else intro = t('plans.page.introOf', { name });
  const hasMine = plan.agreements.some((agreement) => agreement.mine);

  return (
    <>
      <p className="plan-kicker">{own ? t('plans.page.kickerOwn') : t('plans.page.kickerOf', { name })}</p>
      <div ref={ref} tabIndex={-1} className="plan-status">
        <AdoptionLine plan={plan} />
        <Notice message={message} />
      </div>
      <p className="plan-no-print">{intro}</p>
      {!own && hasMine && !plan.abilities.edit && <p className="plan-no-print">{t('plans.page.introMine')}</p>}
      <PlanLinks clientId={clientId} plan={plan} />
      <GoalsSection clientId={clientId} plan={plan} own={own} />
      <AgreementsSection clientId={clientId} plan={plan} own={own} />
      {plan.abilities.edit && <AdoptPlan clientId={clientId} plan={plan} onAdopted={announce} />}
      <PlanDownloads clientId={clientId} />
    </>
  );
}

/** "Vastgesteld in de bijeenkomst van 12 maart 2026 (versie 7)", and whether it changed since. */
function AdoptionLine({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation();
  const state = adoptionState(plan);
  if (state.kind === 'empty') return <p className="plan-status__line">{t('plans.status.empty')}</p>;
  if (state.kind === 'not_adopted')
    return <p className="plan-status__line">{t('plans.status.notAdopted', { version: plan.version })}</p>;
  return (
    <>
      <p className="plan-status__line">
        <span aria-hidden="true" className="plan-status__mark">
          ✓
        </span>{' '}
        {t('plans.status.adopted', { date: formatDay(state.meetingOn, i18n.language), version: state.version })}
      </p>
      {state.changedSince && <p className="plan-status__changed">{t('plans.status.changedSince', { version: plan.version })}</p>}
    </>
  );
}

/** The signalling plan and the history, for those who may open them. */
function PlanLinks({ clientId, plan }: { clientId: string; plan: Plan }) {
  const { t } = useTranslation();
  if (!plan.abilities.signalPlan && !plan.abilities.history) return null;
  return (
    <ul className="link-list plan-links plan-no-print">
      {plan.abilities.signalPlan && (
        <li>
          <Link to={paths.signalPlan(clientId)}>{t('plans.links.signalPlan')}</Link>
        </li>
      )}
      {plan.abilities.history && (
        <li>
          <Link to={paths.planHistory(clientId)}>
            {plan.adoption !== null && plan.version > plan.adoption.version
              ? t('plans.links.historySinceAdoption')
              : t('plans.links.history')}
          </Link>
        </li>
      )}
    </ul>
  );
}
