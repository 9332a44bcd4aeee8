import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { SignalPlanView as SignalPlanViewData } from '../../../shared/plans.js';
import { isApiError } from '../../app/http.js';
import { useCurrentMe } from '../../app/me-context.js';
import { paths } from '../../app/paths.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { planPdfUrl, useSignalPlan } from './api.js';
import type { SignalPlanSavedState } from './SignalPlanForm.js';
import { SignalPlanView } from './SignalPlanView.js';
import { firstName } from './signal-words.js';
import './signal-plan.css';

const cameFromSave = (state: unknown): boolean =>
  typeof state === 'object' && state !== null && (state as Partial<SignalPlanSavedState>).signalPlanSaved === true;

/**
 * The client's signalling plan, to read on a phone (perhaps in a crisis), print on one page or
 * download as PDF. The client and whoever they share it with read it; the client (or their
 * coordinator for them) changes it.
 */
export function SignalPlanPage() {
  const { t } = useTranslation();
  const { clientId = '' } = useParams();
  const me = useCurrentMe();
  const query = useSignalPlan(clientId);
  const own = me.clientId === clientId;
  const view = query.data;

  let title = t('signalPlan.page.fallbackTitle');
  if (own) title = t('signalPlan.page.titleOwn');
  else if (view) title = t('signalPlan.page.titleOf', { name: view.client.name });

  return (
    <div className="signal-plan">
      <PageHeading>{title}</PageHeading>
      {view && <p className="signal-plan__group">{t('signalPlan.page.group', { group: view.group.name })}</p>}
      <SavedNotice />
      {query.isPending && <Loading />}
      {query.isError &&
        (isApiError(query.error) && query.error.status === 404 ? (
          <p>{t('signalPlan.page.notFound')}</p>
        ) : (
          <ProblemAlert error={query.error} />
        ))}
      {view?.signalPlan === null && <NotStarted view={view} own={own} />}
      {view?.signalPlan && (
        <>
          <SignalPlanView plan={view.signalPlan} clientName={view.client.name} own={own} />
          <Actions view={view} />
        </>
      )}
      <WayBack clientId={clientId} />
    </div>
  );
}

/** After a save: the confirmation, read first (it takes focus after the heading did). */
function SavedNotice() {
  const { t } = useTranslation();
  const saved = cameFromSave(useLocation().state);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (saved) ref.current?.focus();
  }, [saved]);
  if (!saved) return null;
  return (
    <div ref={ref} tabIndex={-1} className="signal-plan__saved">
      <p role="status" className="form-status form-status--success">
        {t('signalPlan.page.saved')}
      </p>
    </div>
  );
}

function NotStarted({ view, own }: { view: SignalPlanViewData; own: boolean }) {
  const { t } = useTranslation();
  const name = firstName(view.client.name);
  if (!view.abilities.edit) {
    return <p>{own ? t('signalPlan.page.notStartedOwn') : t('signalPlan.page.notStartedOf', { name: view.client.name })}</p>;
  }
  return (
    <div className="signal-plan__start">
      <p>{own ? t('signalPlan.page.notStartedOwn') : t('signalPlan.page.notStartedOf', { name: view.client.name })}</p>
      <p>{own ? t('signalPlan.page.startAboutOwn') : t('signalPlan.page.startAboutOf', { name })}</p>
      <Link to={paths.signalPlanEdit(view.client.id)} className="button button--primary signal-plan__start-link">
        {t('signalPlan.page.start')}
      </Link>
    </div>
  );
}

/** Change it (who may), print it, or download it as PDF in Dutch or English. Left out of the print. */
function Actions({ view }: { view: SignalPlanViewData }) {
  const { t } = useTranslation();
  const titleId = useId();
  const clientId = view.client.id;
  return (
    <section aria-labelledby={titleId} className="section signal-plan__actions">
      <h2 id={titleId}>{t('signalPlan.actions.title')}</h2>
      <ul className="signal-plan__action-list">
        {view.abilities.edit && (
          <li>
            <Link to={paths.signalPlanEdit(clientId)} className="button button--primary">
              {t('signalPlan.actions.edit')}
            </Link>
          </li>
        )}
        <li>
          <button type="button" className="button" onClick={() => window.print()}>
            {t('signalPlan.actions.print')}
          </button>
        </li>
        <li>
          <a href={planPdfUrl(clientId, { part: 'signal_plan', lang: 'nl' })} hrefLang="nl" className="signal-plan__pdf">
            {t('signalPlan.actions.pdfNl')}
          </a>
        </li>
        <li>
          <a href={planPdfUrl(clientId, { part: 'signal_plan', lang: 'en' })} hrefLang="en" className="signal-plan__pdf">
            {t('signalPlan.actions.pdfEn')}
          </a>
        </li>
      </ul>
    </section>
  );
}

/** Home for the client and relatives (where the shortcut is); the group's page for the team. */
function WayBack({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const toHome = me.role === 'client' || me.role === 'relative';
  return (
    <p className="section signal-plan__back">
      {toHome ? (
        <Link to={paths.home}>{t('signalPlan.page.home')}</Link>
      ) : (
        <Link to={paths.group(clientId)}>{t('signalPlan.page.toGroup')}</Link>
      )}
    </p>
  );
}
