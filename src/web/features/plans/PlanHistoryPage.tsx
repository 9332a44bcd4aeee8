import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { VersionList } from '../../../shared/plans.js';
import { useCurrentMe } from '../../app/me-context.js';
import { paths } from '../../app/paths.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { useVersions } from './api.js';
import { PlanLoadProblem } from './PlanPage.js';
import { VersionComparison } from './VersionComparison.js';
import { VersionView } from './VersionView.js';
import { versionLine } from './words.js';
import './plans.css';

/** How many versions the list shows at first; the rest on request (a plan in use gathers many). */
const pageSize = 20;

/**
 * The plan's history (PRODUCT.md §5): every change kept as a version, with who made it (and for whom)
 * and when; two versions compared in words, and any version read whole, such as the one agreed on.
 */
export function PlanHistoryPage() {
  const { t } = useTranslation();
  const { clientId = '' } = useParams();
  const me = useCurrentMe();
  const versions = useVersions(clientId);
  const own = me.clientId === clientId;
  const group = versions.data?.group.name;

  return (
    <div className="plan-page">
      <PageHeading {...(group === undefined ? {} : { documentTitle: t('plans.history.documentTitle', { group }) })}>
        {t('plans.history.title')}
      </PageHeading>
      {versions.isPending && <Loading />}
      {versions.isError && <PlanLoadProblem error={versions.error} own={own} />}
      {versions.data && <History clientId={clientId} list={versions.data} own={own} />}
      <p className="section">
        <Link to={paths.plan(clientId)}>{t('plans.history.toPlan')}</Link>
      </p>
    </div>
  );
}

function History({ clientId, list, own }: { clientId: string; list: VersionList; own: boolean }) {
  const { t } = useTranslation();
  const [viewing, setViewing] = useState<number | null>(null);
  // The version whose "Bekijk" button gets focus back when its view is closed.
  const [closed, setClosed] = useState<number | null>(null);

  return (
    <>
      <p className="plan-kicker">{list.group.name}</p>
      <p>{own ? t('plans.history.introOwn') : t('plans.history.introOf', { name: list.client.name })}</p>
      {list.versions.length === 0 ? (
        <p>{t('plans.history.empty')}</p>
      ) : (
        <>
          {list.versions.length > 1 && <VersionComparison clientId={clientId} list={list} own={own} />}
          {viewing !== null && (
            <VersionView
              clientId={clientId}
              number={viewing}
              clientName={list.client.name}
              own={own}
              onClose={() => {
                setClosed(viewing);
                setViewing(null);
              }}
            />
          )}
          <VersionListSection
            list={list}
            focusVersion={closed}
            onView={(number) => {
              setClosed(null);
              setViewing(number);
            }}
          />
        </>
      )}
    </>
  );
}

interface VersionListSectionProps {
  list: VersionList;
  /** A version whose button takes focus (its view was just closed). */
  focusVersion: number | null;
  onView: (number: number) => void;
}

function VersionListSection({ list, focusVersion, onView }: VersionListSectionProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const listRef = useRef<HTMLOListElement>(null);
  const [shown, setShown] = useState(pageSize);
  const lines = list.versions.slice(0, shown).map((version) => versionLine(t, version, i18n.language));

  useEffect(() => {
    if (focusVersion === null) return;
    listRef.current?.querySelector<HTMLButtonElement>(`button[data-version="${String(focusVersion)}"]`)?.focus();
  }, [focusVersion]);

  return (
    <section aria-labelledby={titleId} className="section plan-section">
      <h2 id={titleId}>{t('plans.history.listTitle')}</h2>
      <ol ref={listRef} className="version-list">
        {lines.map((line) => (
          <li key={line.number} className={`version-list__item${line.adopted.length > 0 ? ' version-list__item--adopted' : ''}`}>
            <p className="version-list__head">
              <strong>{t('plans.history.version', { number: line.number })}</strong>
              <span className="visually-hidden">, </span> <time dateTime={line.at}>{line.when}</time>
            </p>
            <p className="version-list__what plan-text">{line.what}</p>
            <p className="version-list__by">{line.by}</p>
            {line.adopted.map((adopted) => (
              <p key={adopted} className="version-list__adopted">
                <span aria-hidden="true" className="plan-status__mark">
                  ✓
                </span>{' '}
                {adopted}
              </p>
            ))}
            <button type="button" className="button button--quiet" data-version={line.number} onClick={() => onView(line.number)}>
              {t('plans.history.view', { number: line.number })}
            </button>
          </li>
        ))}
      </ol>
      {list.versions.length > shown && (
        <p>
          <button type="button" className="button button--quiet" onClick={() => setShown((before) => before + pageSize)}>
            {t('plans.history.more', { number: Math.min(pageSize, list.versions.length - shown) })}
          </button>
        </p>
      )}
    </section>
  );
}
