import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { defaultGoalLimits } from '../../../domain/phases.js';
import type { GoalLimits } from '../../../shared/plans.js';
import { ApiForm } from '../../components/ApiForm.js';
import { Loading } from '../../components/Loading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { SelectControl, type SelectOption } from '../../components/SelectControl.js';
import { useFormFeedback, type FormField } from '../../components/use-form-feedback.js';
import { useChangeGoalLimits, useGoalLimits } from './api.js';

// The API takes whole numbers from 1 to 10 (goalLimitsBodySchema): offered as a choice, so none other can be typed.
const choices = Array.from({ length: 10 }, (_, index) => String(index + 1));
const choiceSchema = z.enum(choices as [string, ...string[]]).transform(Number);
const formSchema = z.object({ long: choiceSchema, short: choiceSchema });
type LimitValues = z.input<typeof formSchema>;

/**
 * The organisation's limits on goals per plan. The method's are 2 long-term and 3 short-term goals; an
 * organisation may choose others. For the organisation admin.
 */
export function GoalLimitsForm() {
  const limits = useGoalLimits();
  if (limits.isPending) return <Loading />;
  if (limits.isError) return <ProblemAlert error={limits.error} />;
  return <LimitsForm limits={limits.data} />;
}

function LimitsForm({ limits }: { limits: GoalLimits }) {
  const { t } = useTranslation();
  const change = useChangeGoalLimits();
  const options = useMemo<SelectOption[]>(() => choices.map((id) => ({ id, label: id })), []);
  const form = useForm({
    resolver: zodResolver(formSchema),
    defaultValues: { long: String(limits.long), short: String(limits.short) },
    shouldFocusError: false,
  });
  const fields = useMemo<FormField<LimitValues>[]>(
    () => [
      { name: 'long', label: t('organisation.goalLimits.long') },
      { name: 'short', label: t('organisation.goalLimits.short') },
    ],
    [t],
  );
  const feedback = useFormFeedback(form, fields);

  const onSubmit = form.handleSubmit(async (body) => {
    feedback.clear();
    try {
      const saved = await change.mutateAsync(body);
      form.reset({ long: String(saved.long), short: String(saved.short) });
      feedback.succeed(t('organisation.goalLimits.saved', { long: saved.long, short: saved.short }));
    } catch (error) {
      feedback.fail(error);
    }
  }, feedback.onInvalid);

  const now = limits.methodDefault
    ? t('organisation.goalLimits.nowDefault', { long: limits.long, short: limits.short })
    : t('organisation.goalLimits.nowOwn', {
        long: limits.long,
        short: limits.short,
        defaultLong: defaultGoalLimits.long,
        defaultShort: defaultGoalLimits.short,
      });

  return (
    <ApiForm
      form={form}
      feedback={feedback}
      onSubmit={onSubmit}
      title={t('organisation.goalLimits.title')}
      intro={t('organisation.goalLimits.why')}
      submitLabel={t('organisation.goalLimits.submit')}
    >
      <p>{now}</p>
      <SelectControl
        control={form.control}
        name="long"
        label={t('organisation.goalLimits.long')}
        placeholder={t('organisation.goalLimits.placeholder')}
        options={options}
        isRequired
      />
      <SelectControl
        control={form.control}
        name="short"
        label={t('organisation.goalLimits.short')}
        placeholder={t('organisation.goalLimits.placeholder')}
        options={options}
        isRequired
      />
    </ApiForm>
  );
}
