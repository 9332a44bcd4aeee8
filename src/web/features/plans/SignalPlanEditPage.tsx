import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../app/http.js';
import { useCurrentMe } from '../../app/me-context.js';
import { paths } from '../../app/paths.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useSignalPlan } from './api.js';
import { SignalPlanForm } from './SignalPlanForm.js';
import './signal-plan.css';
import './signal-plan-edit.css';

/**
 * Making or changing the signalling plan: the client, or their coordinator for them. A plan not
 * started yet opens with the method's four phases.
 */
export function SignalPlanEditPage() {
  const { t } = useTranslation();
  const { clientId = '' } = useParams();
  const me = useCurrentMe();
  const query = useSignalPlan(clientId);
  const own = me.clientId === clientId;
  const view = query.data;

  const title = view?.signalPlan === null ? t('signalPlan.edit.titleNew') : t('signalPlan.edit.title');
  const documentTitle = view && !own ? t('signalPlan.edit.documentTitleOf', { name: view.client.name }) : title;

  return (
    <>
      <PageHeading documentTitle={documentTitle}>{title}</PageHeading>
      {query.isPending && <Loading />}
      {query.isError &&
        (isApiError(query.error) && query.error.status === 404 ? (
          <p>{t('signalPlan.page.notFound')}</p>
        ) : (
          <ProblemAlert error={query.error} />
        ))}
      {view && !view.abilities.edit && <p>{t('signalPlan.edit.notAllowed')}</p>}
      {view?.abilities.edit && <SignalPlanForm view={view} own={own} />}
      {(!view?.abilities.edit || query.isError) && (
        <p className="section">
          <Link to={paths.signalPlan(clientId)}>{t('signalPlan.edit.toView')}</Link>
        </p>
      )}
    </>
  );
}
