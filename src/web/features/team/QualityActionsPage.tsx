import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { qualityStages, type QualityStage } from '../../../domain/quality-cycle.js';
import type { QualityAction, QualityActionList } from '../../../shared/team.js';
import { paths } from '../../app/paths.js';
import { ActionPanel } from '../../components/ActionPanel.js';
import { DetailList, type Detail } from '../../components/DetailList.js';
import { Loading } from '../../components/Loading.js';
import { Notice, useNotice } from '../../components/notice.js';
import { PageHeading } from '../../components/PageHeading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useQualityActions } from './api.js';
import { scaleName } from './numbers.js';
import { ChangeQualityActionForm, NewQualityActionForm } from './QualityActionForm.js';
import { actionsByStage, stageNumber } from './quality-form.js';
import { formatDay, formatMomentDay } from './team-words.js';
import './team.css';

/**
 * The team's improvement actions (PRODUCT.md §7): the quality cycle of plan, do, check and act,
 * each action shown under the step it has reached. The team's care professionals add actions and
 * take them through their steps.
 */
export function QualityActionsPage() {
  const { t } = useTranslation();
  const { teamId = '' } = useParams();
  const list = useQualityActions(teamId);
  const data = list.data;
  return (
    <div className="team-page">
      <PageHeading {...(data ? { documentTitle: t('team.quality.documentTitle', { team: data.team.name }) } : {})}>
        {t('team.quality.title')}
      </PageHeading>
      {data && <p className="team-kicker">{t('team.quality.kicker', { team: data.team.name })}</p>}
      {list.isPending && <Loading />}
      {list.isError && <ProblemAlert error={list.error} />}
      {data && <QualityActions teamId={teamId} list={data} />}
      <p className="section">
        <Link to={paths.teamFigures(teamId)}>{t('team.quality.toFigures')}</Link>
      </p>
    </div>
  );
}

function QualityActions({ teamId, list }: { teamId: string; list: QualityActionList }) {
  const { t } = useTranslation();
  const { ref, message, announce } = useNotice();
  const titleId = useId();
  const grouped = actionsByStage(list.actions);
  return (
    <>
      <p>{t('team.quality.intro')}</p>
      <ol className="quality-steps">
        {qualityStages.map((stage) => (
          <li key={stage}>
            <strong>{t(`team.quality.stages.${stage}.name`)}</strong>: {t(`team.quality.stages.${stage}.about`)}
          </li>
        ))}
      </ol>
      <section aria-labelledby={titleId} className="section">
        <h2 ref={ref} id={titleId} tabIndex={-1}>
          {t('team.quality.actionsTitle', { count: list.actions.length })}
        </h2>
        <Notice message={message} />
        {list.abilities.write && (
          <div className="quality-actions">
            <ActionPanel label={t('team.quality.new')} title={t('team.quality.new')} level={3} variant="primary">
              {(close) => (
                <NewQualityActionForm
                  teamId={teamId}
                  list={list}
                  onSaved={(said) => {
                    close(false);
                    announce(said);
                  }}
                  onCancel={() => close()}
                />
              )}
            </ActionPanel>
          </div>
        )}
        {list.actions.length === 0 && <p>{t('team.quality.none')}</p>}
        {list.actions.length > 0 &&
          qualityStages.map((stage) => (
            <StageSection key={stage} stage={stage} actions={grouped[stage]} teamId={teamId} list={list} onSaved={announce} />
          ))}
      </section>
    </>
  );
}

interface StageSectionProps {
  stage: QualityStage;
  actions: readonly QualityAction[];
  teamId: string;
  list: QualityActionList;
  onSaved: (message: string) => void;
}

function StageSection({ stage, actions, teamId, list, onSaved }: StageSectionProps) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className={`quality-stage quality-stage--${stage}`}>
      <h3 id={titleId} className="quality-stage__title">
        {t('team.quality.stageTitle', {
          number: stageNumber(stage),
          stage: t(`team.quality.stages.${stage}.name`),
          count: actions.length,
        })}
      </h3>
      {actions.length === 0 ? (
        <p className="quality-stage__none">{t('team.quality.noneInStage')}</p>
      ) : (
        <ul className="quality-list">
          {actions.map((action) => (
            <li key={action.id}>
              <QualityActionCard action={action} teamId={teamId} list={list} onSaved={onSaved} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

interface QualityActionCardProps {
  action: QualityAction;
  teamId: string;
  list: QualityActionList;
  onSaved: (message: string) => void;
}

/** One action: its step in words and number, what and why, and what has been done with it so far. */
function QualityActionCard({ action, teamId, list, onSaved }: QualityActionCardProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const day = (value: string) => formatDay(value, i18n.language);
  const details: Detail[] = [
    { term: t('team.quality.form.why'), value: <span className="quality-text">{action.why}</span> },
    {
      term: t('team.quality.form.theme'),
      value: action.theme === null ? t('team.quality.form.noTheme') : scaleName(t, { id: action.theme, title: null }),
    },
    { term: t('team.quality.form.owner'), value: action.owner?.name ?? t('team.quality.card.nobody') },
    { term: t('team.quality.form.dueOn'), value: action.dueOn === null ? t('team.quality.card.noDate') : day(action.dueOn) },
    ...(action.checkResult === null
      ? []
      : [
          { term: t('team.quality.form.checkResult'), value: <span className="quality-text">{action.checkResult}</span> },
          ...(action.checkedOn === null ? [] : [{ term: t('team.quality.form.checkedOn'), value: day(action.checkedOn) }]),
        ]),
    ...(action.decision === null
      ? []
      : [
          { term: t('team.quality.form.decision'), value: t(`team.quality.decisions.${action.decision}`) },
          ...(action.decisionNote === null
            ? []
            : [
                { term: t('team.quality.form.decisionNote'), value: <span className="quality-text">{action.decisionNote}</span> },
              ]),
        ]),
  ];
  return (
    <article aria-labelledby={titleId} className={`quality-card quality-card--${action.stage}`}>
      <p className="quality-card__stage">
        {t('team.quality.card.stage', {
          number: stageNumber(action.stage),
          stage: t(`team.quality.stages.${action.stage}.name`),
        })}
      </p>
      <h4 id={titleId} className="quality-card__title quality-text">
        {action.what}
      </h4>
      <DetailList details={details} />
      <p className="quality-card__meta">
        {t('team.quality.card.changed', { name: action.updatedBy, date: formatMomentDay(action.updatedAt, i18n.language) })}
      </p>
      {list.abilities.write && (
        <ActionPanel
          label={t('team.quality.change')}
          describedBy={titleId}
          title={t('team.quality.changeTitle', { what: action.what })}
          level={5}
        >
          {(close) => (
            <ChangeQualityActionForm
              teamId={teamId}
              action={action}
              list={list}
              onSaved={(said) => {
                close(false);
                onSaved(said);
              }}
              onCancel={() => close()}
            />
          )}
        </ActionPanel>
      )}
    </article>
  );
}
