import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { amsterdamDay } from '../../../domain/amsterdam-time.js';
import { progressScoreRange } from '../../../domain/plan.js';
import { progressBodySchema } from '../../../shared/plans.js';
import { ApiForm } from '../../components/ApiForm.js';
import { DateFieldControl } from '../../components/DateFieldControl.js';
import { RadioFieldControl } from '../../components/RadioFieldControl.js';
import { useFormFeedback, type FormField } from '../../components/use-form-feedback.js';
import { useRecordProgress } from './api.js';
import { planResolver } from './form-resolver.js';
import { CancelButton } from '../../components/ActionPanel.js';
import { TextAreaControl } from '../../components/TextAreaControl.js';
import { formatDay, type GoalView } from './words.js';

/** The scores as radio buttons: whole steps from 0 to 10, each a target for a thumb and the arrow keys. */
const scores = Array.from({ length: progressScoreRange.max - progressScoreRange.min + 1 }, (_, index) =>
  String(progressScoreRange.min + index),
) as [string, ...string[]];

const progressFormSchema = z.object({
  date: z
    .string()
    .trim()
    .min(1)
    .pipe(z.iso.date())
    .refine((day) => day <= amsterdamDay(new Date()), { message: 'in_future' }),
  score: z.enum(scores),
  note: progressBodySchema.shape.note.unwrap(),
});
type ProgressValues = z.input<typeof progressFormSchema>;
type ProgressOutput = z.output<typeof progressFormSchema>;

const resolver = planResolver(progressFormSchema);

interface ProgressFormProps {
  clientId: string;
  goal: GoalView;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** "Score geven": how far the goal is now, from 0 to 10, on a day (today unless told otherwise), with a note if wanted. */
export function ProgressForm({ clientId, goal, onSaved, onCancel }: ProgressFormProps) {
  const { t, i18n } = useTranslation();
  const record = useRecordProgress(clientId, goal.id);
  const form = useForm<ProgressValues, unknown, ProgressOutput>({
    resolver,
    defaultValues: { date: amsterdamDay(new Date()), note: '' } as ProgressValues,
    shouldFocusError: false,
  });
  const fields = useMemo<FormField<ProgressValues>[]>(
    () => [
      { name: 'date', label: t('plans.progress.date') },
      { name: 'score', label: t('plans.progress.score') },
      { name: 'note', label: t('plans.progress.note') },
    ],
    [t],
  );
  const feedback = useFormFeedback(form, fields);
  const last = goal.progress.at(-1);

  const onSubmit = form.handleSubmit(async (values) => {
    feedback.clear();
    try {
      await record.mutateAsync({ date: values.date, score: Number(values.score), note: values.note });
      onSaved(t('plans.progress.saved', { score: values.score, date: formatDay(values.date, i18n.language) }));
    } catch (error) {
      feedback.fail(error);
    }
  }, feedback.onInvalid);

  return (
    <>
      <ApiForm
        form={form}
        feedback={feedback}
        onSubmit={onSubmit}
        intro={
          last === undefined
            ? t('plans.progress.intro')
            : `${t('plans.progress.intro')} ${t('plans.progress.previous', { score: last.score, date: formatDay(last.date, i18n.language) })}`
        }
        submitLabel={t('plans.progress.submit')}
      >
        <DateFieldControl control={form.control} name="date" label={t('plans.progress.date')} max={amsterdamDay(new Date())} />
        <div className="plan-score-field">
          <RadioFieldControl
            control={form.control}
            name="score"
            label={t('plans.progress.score')}
            description={t('plans.progress.scoreHelp')}
            choices={scores.map((score) => ({ id: score, label: score }))}
          />
        </div>
        <TextAreaControl
          control={form.control}
          name="note"
          label={t('plans.progress.note')}
          description={t('plans.progress.noteHelp')}
          maxLength={500}
          rows={2}
        />
      </ApiForm>
      <CancelButton label={t('plans.form.cancel')} onCancel={onCancel} />
    </>
  );
}
