import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../shared/plans.js';
import { DetailList } from '../../components/DetailList.js';
import { ChangeGoalForm } from './GoalForm.js';
import { ActionPanel } from '../../components/ActionPanel.js';
import { Notice, useNotice } from '../../components/notice.js';
import { ProgressForm } from './ProgressForm.js';
import { TrendChart } from './TrendChart.js';
import { dimensionText, formatDay, goalStatusText, horizonText, type GoalView } from './words.js';

export type HeadingLevel = 3 | 4 | 5;

interface GoalCardProps {
  goal: GoalView;
  level: HeadingLevel;
  clientName: string;
  /** True when the client reads their own plan: the questions are in their words ("Hoe merk ik …"). */
  own: boolean;
  /** For who may change the plan: the plan now, to give scores and change the goal. */
  edit?: { clientId: string; plan: Plan; onMoved: (message: string) => void };
  /** The short-term goals under a long-term goal. */
  children?: ReactNode;
}

/**
 * One goal: the client's words, what kind of recovery it is about, how they will know they got
 * there, by when, where it stands and how it went. An achieved goal says so in words and with a
 * star: it stays in the plan as a success.
 */
export function GoalCard({ goal, level, clientName, own, edit, children }: GoalCardProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const { ref, message, announce } = useNotice();
  const Heading = level === 3 ? 'h3' : level === 4 ? 'h4' : 'h5';
  const inner = (level + 1) as HeadingLevel;
  const achieved = goal.status === 'achieved';
  const stopped = goal.status === 'stopped';

  return (
    <article
      aria-labelledby={headingId}
      className={`goal-card goal-card--${goal.horizon}${achieved ? ' goal-card--achieved' : ''}${stopped ? ' goal-card--stopped' : ''}`}
    >
      <Heading ref={ref} id={headingId} tabIndex={-1} className="goal-card__title">
        <span className="goal-card__horizon">{t('plans.goal.kind', { horizon: horizonText(t, goal.horizon) })}:</span>
        <span className="goal-card__text">{goal.text}</span>
      </Heading>
      {achieved && (
        <p className="goal-card__success">
          <span aria-hidden="true" className="goal-card__star">
            ★
          </span>{' '}
          {t('plans.goal.achieved')}
        </p>
      )}
      <DetailList
        details={[
          { term: t('plans.goal.status'), value: goalStatusText(t, goal.status) },
          { term: t('plans.goal.dimension'), value: dimensionText(t, goal.dimension) },
          {
            term: own ? t('plans.goal.measureOwn') : t('plans.goal.measureOf', { name: clientName }),
            value: goal.measure.trim() === '' ? t('plans.goal.noMeasure') : <span className="plan-text">{goal.measure}</span>,
          },
          {
            term: t('plans.goal.targetOn'),
            value: goal.targetOn === null ? t('plans.goal.noTarget') : formatDay(goal.targetOn, i18n.language),
          },
        ]}
      />
      <TrendChart trend={goal.progress} goalText={goal.text} />
      <Notice message={message} />
      {edit && (
        <div className="plan-actions">
          {/* A stopped goal is not worked on: it gets no scores until it is taken up again. */}
          {!stopped && (
            <ActionPanel
              label={t('plans.progress.button')}
              describedBy={headingId}
              title={t('plans.progress.title')}
              level={inner}
            >
              {(close) => (
                <ProgressForm
                  clientId={edit.clientId}
                  goal={goal}
                  onCancel={() => close()}
                  onSaved={(said) => {
                    close(false);
                    announce(said);
                  }}
                />
              )}
            </ActionPanel>
          )}
          <ActionPanel
            label={t('plans.goalForm.change')}
            describedBy={headingId}
            title={t('plans.goalForm.changeTitle')}
            level={inner}
          >
            {(close) => (
              <ChangeGoalForm
                clientId={edit.clientId}
                plan={edit.plan}
                goal={goal}
                own={own}
                onCancel={() => close()}
                onSaved={(saved, said) => {
                  close(false);
                  // A goal that stops, starts again or serves another goal moves elsewhere in the plan.
                  const moved =
                    (saved.status === 'stopped') !== (goal.status === 'stopped') || saved.servesGoalId !== goal.servesGoalId;
                  if (moved) edit.onMoved(said);
                  else announce(said);
                }}
              />
            )}
          </ActionPanel>
        </div>
      )}
      {children}
    </article>
  );
}
