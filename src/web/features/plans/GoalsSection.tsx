import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../shared/plans.js';
import { GoalCard, type HeadingLevel } from './GoalCard.js';
import { NewGoalForm } from './GoalForm.js';
import { ActionPanel } from '../../components/ActionPanel.js';
import { Notice, useNotice } from '../../components/notice.js';
import { arrangeGoals, fullHorizons, openGoalCounts, type GoalView } from './words.js';

interface GoalsSectionProps {
  clientId: string;
  plan: Plan;
  own: boolean;
}

/** The plan's goals: each long-term goal with the steps that serve it, the other steps, and the stopped goals. */
export function GoalsSection({ clientId, plan, own }: GoalsSectionProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const { ref, message, announce } = useNotice();
  const canEdit = plan.abilities.edit;
  const open = openGoalCounts(plan.goals);
  const full = fullHorizons(plan.goals, plan.limits);

  return (
    <section aria-labelledby={titleId} className="section plan-section">
      <h2 ref={ref} id={titleId} tabIndex={-1}>
        {t('plans.goals.title')}
      </h2>
      <Notice message={message} />
      <p>{own ? t('plans.goals.introOwn') : t('plans.goals.introOf', { name: plan.client.name })}</p>
      <ul className="plan-limits">
        <li>{t('plans.goals.countLong', { number: open.long, limit: plan.limits.long })}</li>
        <li>{t('plans.goals.countShort', { number: open.short, limit: plan.limits.short })}</li>
      </ul>
      {canEdit && full.length === 2 && <p className="plan-limit-note">{t('plans.limits.allFull')}</p>}
      {canEdit && (
        <div className="plan-actions plan-actions--add">
          <ActionPanel label={t('plans.goalForm.add')} title={t('plans.goalForm.addTitle')} level={3} variant="primary">
            {(close) => (
              <NewGoalForm
                clientId={clientId}
                plan={plan}
                own={own}
                onCancel={() => close()}
                onSaved={(_goal, said) => {
                  close(false);
                  announce(said);
                }}
              />
            )}
          </ActionPanel>
        </div>
      )}
      {plan.goals.length === 0 ? (
        <p>{canEdit && own ? t('plans.goals.noneOwn') : t('plans.goals.none')}</p>
      ) : (
        <GoalTree
          goals={plan.goals}
          level={3}
          clientName={plan.client.name}
          own={own}
          {...(canEdit ? { edit: { clientId, plan, onMoved: (said: string) => announce(said) } } : {})}
        />
      )}
    </section>
  );
}

interface GoalTreeProps {
  goals: readonly GoalView[];
  /** The heading level of a long-term goal; its steps are one deeper. */
  level: 3 | 4;
  clientName: string;
  own: boolean;
  edit?: { clientId: string; plan: Plan; onMoved: (message: string) => void };
}

/** The goals arranged as the method talks about them; read-only without `edit` (a version read whole). */
export function GoalTree({ goals, level, clientName, own, edit }: GoalTreeProps) {
  const { t } = useTranslation();
  const arranged = arrangeGoals(goals);
  const step = (level + 1) as HeadingLevel;
  const SubHeading = level === 3 ? 'h3' : 'h4';
  const card = (goal: GoalView, headingLevel: HeadingLevel, children?: ReactNode) => (
    <li key={goal.id}>
      <GoalCard goal={goal} level={headingLevel} clientName={clientName} own={own} {...(edit ? { edit } : {})}>
        {children}
      </GoalCard>
    </li>
  );

  return (
    <>
      {arranged.long.length > 0 && (
        <ul className="goal-list">
          {arranged.long.map(({ goal, steps }) =>
            card(
              goal,
              level,
              steps.length > 0 ? (
                <div className="goal-steps">
                  <p className="goal-steps__title">{t('plans.goals.stepsOf')}</p>
                  <ul className="goal-list">{steps.map((short) => card(short, step))}</ul>
                </div>
              ) : undefined,
            ),
          )}
        </ul>
      )}
      {arranged.loose.length > 0 && (
        <>
          <SubHeading className="goal-list__title">
            {arranged.long.length > 0 ? t('plans.goals.otherShort') : t('plans.goals.short')}
          </SubHeading>
          <ul className="goal-list">{arranged.loose.map((short) => card(short, step))}</ul>
        </>
      )}
      {arranged.stopped.length > 0 && (
        <>
          <SubHeading className="goal-list__title">{t('plans.goals.stopped')}</SubHeading>
          <details className="goal-stopped">
            <summary>{t('plans.goals.showStopped', { number: arranged.stopped.length })}</summary>
            <ul className="goal-list">{arranged.stopped.map((goal) => card(goal, step))}</ul>
          </details>
        </>
      )}
    </>
  );
}
