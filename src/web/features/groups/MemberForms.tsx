import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { amsterdamDay } from '../../../domain/amsterdam-time.js';
import { answerBodySchema, approachBodySchema, type Group, type Member } from '../../../shared/groups.js';
import { CancelButton } from '../../components/ActionPanel.js';
import { ApiForm } from '../../components/ApiForm.js';
import { DateFieldControl } from '../../components/DateFieldControl.js';
import { RadioFieldControl } from '../../components/RadioFieldControl.js';
import { useFormFeedback, type FormField } from '../../components/use-form-feedback.js';
import { useAnswer, useApproach } from './api.js';

interface FormProps {
  member: Member;
  onCancel: () => void;
  onDone: (message: string) => void;
}

// An empty date field says "fill it in" rather than "not a date": the browser's field gives either
// nothing or a whole date.
const approachFormSchema = z.object({
  approachedBy: approachBodySchema.shape.approachedBy,
  approachedOn: z.string().min(1).pipe(approachBodySchema.shape.approachedOn),
});
type ApproachValues = z.input<typeof approachFormSchema>;

/** Who asked the nominee (the client or the coordinator) and on which day; today unless changed. */
export function ApproachForm({ member, group, onCancel, onDone }: FormProps & { group: Group }) {
  const { t } = useTranslation();
  const approach = useApproach(group.client.id);
  const form = useForm({
    resolver: zodResolver(approachFormSchema),
    defaultValues: { approachedOn: amsterdamDay(new Date()) },
    shouldFocusError: false,
  });
  const fields = useMemo<FormField<ApproachValues>[]>(
    () => [
      { name: 'approachedBy', label: t('groups.approach.who') },
      { name: 'approachedOn', label: t('groups.approach.date') },
    ],
    [t],
  );
  const feedback = useFormFeedback(form, fields);
  const name = member.name;

  const onSubmit = form.handleSubmit(async (body) => {
    feedback.clear();
    if (body.approachedOn > amsterdamDay(new Date())) {
      form.setError('approachedOn', { type: 'in_future' });
      feedback.onInvalid();
      return;
    }
    try {
      await approach.mutateAsync({ memberId: member.id, ...body });
      onDone(t('groups.approach.done', { name }));
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
        intro={t('groups.approach.intro', { name })}
        submitLabel={t('groups.approach.submit')}
      >
        <RadioFieldControl
          control={form.control}
          name="approachedBy"
          label={t('groups.approach.who')}
          choices={[
            { id: 'client', label: t('groups.approach.client', { name: group.client.name }) },
            { id: 'coordinator', label: t('groups.approach.coordinator', { name: group.coordinator.name }) },
          ]}
        />
        <DateFieldControl
          control={form.control}
          name="approachedOn"
          label={t('groups.approach.date')}
          description={t('groups.approach.dateHelp', { name })}
        />
      </ApiForm>
      <CancelButton label={t('groups.approach.cancel')} onCancel={onCancel} />
    </>
  );
}

type AnswerValues = z.input<typeof answerBodySchema>;

/** The answer of the person who was asked: yes (they join after their conversation) or no. */
export function AnswerForm({ member, clientId, onCancel, onDone }: FormProps & { clientId: string }) {
  const { t } = useTranslation();
  const answer = useAnswer(clientId);
  const form = useForm({ resolver: zodResolver(answerBodySchema), shouldFocusError: false });
  const name = member.name;
  const fields = useMemo<FormField<AnswerValues>[]>(
    () => [{ name: 'answer', label: t('groups.answer.label', { name }) }],
    [t, name],
  );
  const feedback = useFormFeedback(form, fields);

  const onSubmit = form.handleSubmit(async (body) => {
    feedback.clear();
    try {
      await answer.mutateAsync({ memberId: member.id, ...body });
      onDone(t(body.answer === 'yes' ? 'groups.answer.doneYes' : 'groups.answer.doneNo', { name }));
    } catch (error) {
      feedback.fail(error);
    }
  }, feedback.onInvalid);

  return (
    <>
      <ApiForm form={form} feedback={feedback} onSubmit={onSubmit} submitLabel={t('groups.answer.submit')}>
        <RadioFieldControl
          control={form.control}
          name="answer"
          label={t('groups.answer.label', { name })}
          description={t('groups.answer.noHelp', { name })}
          choices={[
            { id: 'yes', label: t('groups.answer.yes', { name }) },
            { id: 'no', label: t('groups.answer.no', { name }) },
          ]}
        />
      </ApiForm>
      <CancelButton label={t('groups.answer.cancel')} onCancel={onCancel} />
    </>
  );
}
