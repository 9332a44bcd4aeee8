import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { respondentTypes } from '../../../domain/evaluations.js';
import type { InstrumentList, LoadedInstrument } from '../../../shared/evaluations.js';
import { paths } from '../../app/paths.js';
import { ActionPanel } from '../../components/ActionPanel.js';
import { BusyButton } from '../../components/BusyButton.js';
import { DetailList } from '../../components/DetailList.js';
import { Loading } from '../../components/Loading.js';
import { Notice, useNotice } from '../../components/notice.js';
import { PageHeading } from '../../components/PageHeading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useInstruments, useRetireInstrument } from './api.js';
import { LoadInstrumentForm } from './LoadInstrumentForm.js';
import { formatMomentDay, respondentTypeName } from './team-words.js';
import './team.css';

/**
 * The questionnaires new evaluation rounds ask (PRODUCT.md §7): per respondent type Regie's own on
 * the R-MET themes, or one the organisation loaded (the official R-MET, say). The organisation admin
 * loads one from a JSON file here, and stops using one.
 */
export function InstrumentsPage() {
  const { t } = useTranslation();
  const list = useInstruments();
  return (
    <div className="team-page">
      <PageHeading>{t('team.instruments.title')}</PageHeading>
      <p>{t('team.instruments.intro')}</p>
      {list.isPending && <Loading />}
      {list.isError && <ProblemAlert error={list.error} />}
      {list.data && <Instruments list={list.data} />}
      <p className="section">
        <Link to={paths.organisation}>{t('team.instruments.toOrganisation')}</Link>
      </p>
    </div>
  );
}

function Instruments({ list }: { list: InstrumentList }) {
  const { t } = useTranslation();
  const inUseId = useId();
  const loadedId = useId();
  const { ref, message, announce } = useNotice();
  return (
    <>
      <section aria-labelledby={inUseId} className="section">
        <h2 id={inUseId}>{t('team.instruments.inUse')}</h2>
        <ul className="card-list">
          {respondentTypes.map((type) => {
            const used = list.inUse.find((entry) => entry.respondentType === type);
            return (
              <li key={type} className="card">
                <h3 className="instrument-card__title">{respondentTypeName(t, type)}</h3>
                {used === undefined ? (
                  <p>{t('team.instruments.unknown')}</p>
                ) : (
                  <>
                    <p className="instrument-card__name">
                      {t('team.instruments.nameVersion', { title: used.title, version: used.version })}
                    </p>
                    <p className="card__meta">
                      {t(used.source === 'regie' ? 'team.instruments.sourceRegie' : 'team.instruments.sourceOrganisation')}
                    </p>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby={loadedId} className="section">
        <h2 ref={ref} id={loadedId} tabIndex={-1}>
          {t('team.instruments.loaded')}
        </h2>
        <Notice message={message} />
        {list.loaded.length === 0 ? (
          <p>{t('team.instruments.noneLoaded')}</p>
        ) : (
          <ul className="card-list">
            {list.loaded.map((instrument) => (
              <li key={instrument.id} className="card">
                <LoadedCard
                  instrument={instrument}
                  inUse={list.inUse.some((entry) => entry.instrumentId === instrument.id)}
                  canRetire={list.abilities.load}
                  onRetired={announce}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      {list.abilities.load && <LoadInstrumentForm />}
    </>
  );
}

interface LoadedCardProps {
  instrument: LoadedInstrument;
  inUse: boolean;
  canRetire: boolean;
  onRetired: (message: string) => void;
}

/** A loaded instrument: what it is, for whom, whether new rounds use it; and stopping its use after a question. */
function LoadedCard({ instrument, inUse, canRetire, onRetired }: LoadedCardProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const retire = useRetireInstrument();
  const status =
    instrument.retiredAt !== null
      ? t('team.instruments.retiredOn', { date: formatMomentDay(instrument.retiredAt, i18n.language) })
      : inUse
        ? t('team.instruments.statusInUse')
        : t('team.instruments.statusReplaced');
  return (
    <article aria-labelledby={titleId}>
      <h3 id={titleId} className="instrument-card__title">
        {t('team.instruments.nameVersion', { title: instrument.title, version: instrument.version })}
      </h3>
      <DetailList
        details={[
          { term: t('team.instruments.forWhom'), value: respondentTypeName(t, instrument.respondentType) },
          { term: t('team.instruments.status'), value: status },
          { term: t('team.instruments.url'), value: <span className="instrument-card__url">{instrument.url}</span> },
          {
            term: t('team.instruments.loadedBy'),
            value: t('team.instruments.loadedByValue', {
              name: instrument.loadedBy,
              date: formatMomentDay(instrument.loadedAt, i18n.language),
            }),
          },
        ]}
      />
      {canRetire && instrument.retiredAt === null && (
        <div className="instrument-card__actions">
          <ActionPanel
            label={t('team.instruments.retire.open')}
            describedBy={titleId}
            title={t('team.instruments.retire.title', { title: instrument.title })}
            level={4}
          >
            {(close) => (
              <>
                <p>{t('team.instruments.retire.question', { type: respondentTypeName(t, instrument.respondentType) })}</p>
                <p>{t('team.instruments.retire.consequence')}</p>
                {retire.isError && <ProblemAlert error={retire.error} />}
                <p className="instrument-card__buttons">
                  <BusyButton
                    variant="primary"
                    isPending={retire.isPending}
                    onPress={() =>
                      // A promise rather than mutate's callbacks: the list is refetched and this card
                      // changes (the button goes) before those would run.
                      void retire.mutateAsync(instrument.id).then(
                        (retired) => {
                          close(false);
                          onRetired(t('team.instruments.retire.done', { title: retired.title }));
                        },
                        () => undefined,
                      )
                    }
                  >
                    {t('team.instruments.retire.confirm')}
                  </BusyButton>
                  <button
                    type="button"
                    className="button button--quiet"
                    onClick={() => {
                      retire.reset();
                      close();
                    }}
                  >
                    {t('team.instruments.retire.keep')}
                  </button>
                </p>
              </>
            )}
          </ActionPanel>
        </div>
      )}
    </article>
  );
}
