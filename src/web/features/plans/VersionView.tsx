import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { AgreementList } from './AgreementsSection.js';
import { useVersion } from './api.js';
import { GoalTree } from './GoalsSection.js';
import { formatDay, formatMoment, versionLine } from './words.js';

interface VersionViewProps {
  clientId: string;
  number: number;
  clientName: string;
  own: boolean;
  onClose: () => void;
}

/** One version read whole, as it was: its goals and agreements, and whether it held a signalling plan. */
export function VersionView({ clientId, number, clientName, own, onClose }: VersionViewProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const version = useVersion(clientId, number);

  useEffect(() => {
    headingRef.current?.focus();
  }, [number]);

  const content = version.data?.content;
  const line = version.data ? versionLine(t, version.data, i18n.language) : null;
  return (
    <section aria-labelledby={titleId} className="section plan-section plan-version">
      <h2 ref={headingRef} id={titleId} tabIndex={-1}>
        {t('plans.version.title', { number })}
      </h2>
      {version.isPending && <Loading />}
      {version.isError && <ProblemAlert error={version.error} />}
      {version.data && line && content && (
        <>
          <p>{t('plans.version.intro', { when: formatMoment(version.data.changedAt, i18n.language) })}</p>
          {version.data.adoptedOn.map((day) => (
            <p key={day} className="plan-status__line">
              <span aria-hidden="true" className="plan-status__mark">
                ✓
              </span>{' '}
              {t('plans.history.adoptedOn', { date: formatDay(day, i18n.language) })}
            </p>
          ))}
          <h3>{t('plans.goals.title')}</h3>
          {content.goals.length === 0 ? (
            <p>{t('plans.goals.none')}</p>
          ) : (
            <GoalTree goals={content.goals} level={4} clientName={clientName} own={own} />
          )}
          <h3>{t('plans.agreements.title')}</h3>
          {content.agreements.length === 0 ? (
            <p>{t('plans.agreements.none')}</p>
          ) : (
            <AgreementList agreements={content.agreements} goals={content.goals} level={4} clientName={clientName} own={own} />
          )}
          <h3>{t('plans.version.signalPlan')}</h3>
          <p>
            {content.signalPlan === null
              ? t('plans.version.noSignalPlan')
              : t('plans.version.signalPlanPhases', { number: content.signalPlan.phases.length })}
          </p>
        </>
      )}
      <p>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('plans.version.close', { number })}
        </button>
      </p>
    </section>
  );
}
