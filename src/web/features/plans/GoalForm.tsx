import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { DateFieldControl } from '../../components/DateFieldControl.js';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { canLinkGoals, goalHorizons, goalStatuses, recoveryDimensions, type GoalHorizon } from '../../../domain/plan.js';
import {
  goalBodySchema,
  goalHorizonSchema,
  goalStatusSchema,
  recoveryDimensionSchema,
  type Goal,
  type GoalBody,
  type Plan,
} from '../../../shared/plans.js';
import { isApiError } from '../../app/http.js';
import { ApiForm } from '../../components/ApiForm.js';
import { RadioFieldControl } from '../../components/RadioFieldControl.js';
import { useFormFeedback, type FormField } from '../../components/use-form-feedback.js';
import { useAddGoal, useChangeGoal } from './api.js';
import { planResolver } from './form-resolver.js';
import { CancelButton } from '../../components/ActionPanel.js';
import { isPlanProblem, PlanProblem } from './PlanProblem.js';
import { TextAreaControl } from '../../components/TextAreaControl.js';
import { fullHorizons, goalStatusText, type GoalView } from './words.js';

/** "Serves none of the long-term goals": a radio button needs a value, the API wants null. */
const servesNone = 'none';

const goalFormSchema = z.object({
  horizon: goalHorizonSchema,
  text: goalBodySchema.shape.text,
  dimension: recoveryDimensionSchema,
  measure: goalBodySchema.shape.measure,
  targetOn: z.iso.date().nullable(),
  status: goalStatusSchema,
  servesGoalId: z.string(),
});
type GoalValues = z.input<typeof goalFormSchema>;
type GoalOutput = z.output<typeof goalFormSchema>;

const resolver = planResolver(goalFormSchema);

interface GoalFormProps {
  plan: Plan;
  /** The goal being changed; none for a new goal. */
  goal?: GoalView;
  own: boolean;
  save: (body: GoalBody) => Promise<Goal>;
  onSaved: (goal: Goal, message: string) => void;
  onCancel: () => void;
}

/** The kind a new goal most likely is: a direction first, then steps; never one that is full, if another is not. */
function suggestedHorizon(plan: Plan): GoalHorizon {
  const full = fullHorizons(plan.goals, plan.limits);
  const hasLong = plan.goals.some((goal) => goal.horizon === 'long' && goal.status !== 'stopped');
  const preferred: GoalHorizon = hasLong ? 'short' : 'long';
  if (!full.includes(preferred)) return preferred;
  return goalHorizons.find((horizon) => !full.includes(horizon)) ?? preferred;
}

/**
 * A goal in the client's own words, with what kind of recovery it serves, how they will know they
 * got there and by when; a step (short term) may serve a long-term goal. When the plan has no place
 * left for the kind chosen, the form says so at once and why, but the server decides.
 */
function GoalForm({ plan, goal, own, save, onSaved, onCancel }: GoalFormProps) {
  const { t } = useTranslation();
  const isNew = goal === undefined;
  const clientName = plan.client.name;
  const form = useForm<GoalValues, unknown, GoalOutput>({
    resolver,
    defaultValues: goal
      ? {
          horizon: goal.horizon,
          text: goal.text,
          dimension: goal.dimension,
          measure: goal.measure,
          targetOn: goal.targetOn,
          status: goal.status,
          servesGoalId: goal.servesGoalId ?? servesNone,
        }
      : {
          horizon: suggestedHorizon(plan),
          text: '',
          measure: '',
          targetOn: null,
          status: 'not_started',
          servesGoalId: servesNone,
        },
    shouldFocusError: false,
  });
  const textLabel = own ? t('plans.goalForm.textOwn') : t('plans.goalForm.textOf', { name: clientName });
  const measureLabel = own ? t('plans.goal.measureOwn') : t('plans.goal.measureOf', { name: clientName });
  const fields = useMemo<FormField<GoalValues>[]>(
    () => [
      { name: 'horizon', label: t('plans.goalForm.horizon') },
      { name: 'text', label: textLabel },
      { name: 'dimension', label: t('plans.goalForm.dimension') },
      { name: 'measure', label: measureLabel },
      { name: 'targetOn', label: t('plans.goalForm.targetOn') },
      { name: 'status', label: t('plans.goalForm.status') },
      { name: 'servesGoalId', label: t('plans.goalForm.serves') },
    ],
    [t, textLabel, measureLabel],
  );
  const feedback = useFormFeedback(form, fields);
  const [refusal, setRefusal] = useState<{ error: unknown; horizon: GoalHorizon } | null>(null);
  const refusalRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refusal !== null) refusalRef.current?.focus();
  }, [refusal]);

  const horizon = useWatch({ control: form.control, name: 'horizon' });
  const full = isNew ? fullHorizons(plan.goals, plan.limits) : [];
  // Once the server has refused this kind, its alert says the same: the note makes way for it.
  const horizonFull = full.includes(horizon) && refusal?.horizon !== horizon;
  const longGoals = plan.goals.filter(
    (candidate) =>
      candidate.horizon === 'long' &&
      (candidate.id === goal?.servesGoalId ||
        canLinkGoals({ id: goal?.id ?? '', horizon: 'short', status: 'not_started' }, candidate)),
  );

  const onSubmit = form.handleSubmit(async (values) => {
    feedback.clear();
    setRefusal(null);
    const body: GoalBody = {
      horizon: values.horizon,
      text: values.text,
      dimension: values.dimension,
      measure: values.measure,
      targetOn: values.targetOn,
      servesGoalId: values.horizon === 'short' && values.servesGoalId !== servesNone ? values.servesGoalId : null,
      // A new goal starts as "not started" (the server's default); its status is changed later.
      ...(isNew ? {} : { status: values.status }),
    };
    try {
      const saved = await save(body);
      onSaved(saved, isNew ? t('plans.goalForm.added', { text: saved.text }) : t('plans.goalForm.saved', { text: saved.text }));
    } catch (error) {
      if (isPlanProblem(error)) setRefusal({ error, horizon: values.horizon });
      else feedback.fail(error);
    }
  }, feedback.onInvalid);

  const choices = <T extends string>(values: readonly T[], label: (value: T) => string) =>
    values.map((id) => ({ id, label: label(id) }));

  return (
    <>
      {refusal !== null && (
        <div ref={refusalRef} tabIndex={-1} className="plan-refusal">
          <PlanProblem
            error={refusal.error}
            {...(isApiError(refusal.error) && refusal.error.code === 'goal_limit_reached'
              ? { limit: { horizon: refusal.horizon, count: plan.limits[refusal.horizon] } }
              : {})}
          />
        </div>
      )}
      <ApiForm
        form={form}
        feedback={feedback}
        onSubmit={onSubmit}
        submitLabel={isNew ? t('plans.goalForm.submitNew') : t('plans.goalForm.submitChange')}
      >
        {isNew ? (
          <RadioFieldControl
            control={form.control}
            name="horizon"
            label={t('plans.goalForm.horizon')}
            choices={choices(goalHorizons, (value) => t(`plans.goalForm.horizonChoices.${value}`))}
          />
        ) : (
          <p>{t('plans.goalForm.horizonFixed', { horizon: t(`plans.horizons.${goal.horizon}`) })}</p>
        )}
        {isNew && (
          <div role="status" className={horizonFull ? 'plan-limit-note' : 'form-status'}>
            {horizonFull && (
              <>
                <p>
                  {t(horizon === 'long' ? 'plans.limits.fullLong' : 'plans.limits.fullShort', { count: plan.limits[horizon] })}
                </p>
                <p>{t('plans.limits.why')}</p>
                <p>{t('plans.limits.whatNow')}</p>
              </>
            )}
          </div>
        )}
        <TextAreaControl
          control={form.control}
          name="text"
          label={textLabel}
          description={t('plans.goalForm.textHelp')}
          maxLength={500}
          isRequired
        />
        <RadioFieldControl
          control={form.control}
          name="dimension"
          label={t('plans.goalForm.dimension')}
          choices={choices(recoveryDimensions, (value) => t(`plans.dimensionChoices.${value}`))}
        />
        <TextAreaControl
          control={form.control}
          name="measure"
          label={measureLabel}
          description={t('plans.goalForm.measureHelp')}
          maxLength={500}
        />
        <DateFieldControl
          optional
          control={form.control}
          name="targetOn"
          label={t('plans.goalForm.targetOn')}
          description={t('plans.goalForm.targetOnHelp')}
        />
        {horizon === 'short' && longGoals.length > 0 && (
          <RadioFieldControl
            control={form.control}
            name="servesGoalId"
            label={t('plans.goalForm.serves')}
            description={t('plans.goalForm.servesHelp')}
            choices={[
              ...longGoals.map((long) => ({ id: long.id, label: long.text })),
              { id: servesNone, label: t('plans.goalForm.servesNone') },
            ]}
          />
        )}
        {!isNew && (
          <RadioFieldControl
            control={form.control}
            name="status"
            label={t('plans.goalForm.status')}
            description={t('plans.goalForm.statusHelp')}
            choices={choices(goalStatuses, (value) => goalStatusText(t, value))}
          />
        )}
      </ApiForm>
      <CancelButton label={t('plans.form.cancel')} onCancel={onCancel} />
    </>
  );
}

interface NewGoalFormProps {
  clientId: string;
  plan: Plan;
  own: boolean;
  onSaved: (goal: Goal, message: string) => void;
  onCancel: () => void;
}

export function NewGoalForm({ clientId, ...props }: NewGoalFormProps) {
  const add = useAddGoal(clientId);
  return <GoalForm {...props} save={(body) => add.mutateAsync(body)} />;
}

export function ChangeGoalForm({ clientId, goal, ...props }: NewGoalFormProps & { goal: GoalView }) {
  const change = useChangeGoal(clientId, goal.id);
  return <GoalForm {...props} goal={goal} save={(body) => change.mutateAsync(body)} />;
}
