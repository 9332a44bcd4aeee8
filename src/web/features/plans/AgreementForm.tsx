import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { DateFieldControl } from '../../components/DateFieldControl.js';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { agreementStatuses } from '../../../domain/plan.js';
import {
  agreementBodySchema,
  agreementStatusSchema,
  type Agreement,
  type AgreementBody,
  type Plan,
} from '../../../shared/plans.js';
import { ApiForm } from '../../components/ApiForm.js';
import { RadioFieldControl } from '../../components/RadioFieldControl.js';
import { SelectControl } from '../../components/SelectControl.js';
import { useFormFeedback, type FormField } from '../../components/use-form-feedback.js';
import { useAddAgreement, useChangeAgreement } from './api.js';
import { planResolver } from './form-resolver.js';
import { CancelButton } from '../../components/ActionPanel.js';
import { isPlanProblem, PlanProblem } from './PlanProblem.js';
import { TextAreaControl } from '../../components/TextAreaControl.js';
import { agreementStatusText, horizonText, memberLabel, type AgreementView } from './words.js';

/** "The client does it": a radio button needs a value, the API wants null. */
const byClient = 'client';
/** "Serves no goal" in the list of goals. */
const noGoal = 'none';

const agreementFormSchema = z.object({
  what: agreementBodySchema.shape.what,
  memberId: z.string().min(1),
  dueOn: z.iso.date().nullable(),
  goalId: z.string().nullable(),
  status: agreementStatusSchema,
});
type AgreementValues = z.input<typeof agreementFormSchema>;
type AgreementOutput = z.output<typeof agreementFormSchema>;

const resolver = planResolver(agreementFormSchema);

interface AgreementFormProps {
  plan: Plan;
  agreement?: AgreementView;
  own: boolean;
  save: (body: AgreementBody) => Promise<Agreement>;
  onSaved: (message: string, agreement: Agreement) => void;
  onCancel: () => void;
}

/** A working agreement: what, who does it (the client or a member of the group), by when, for which goal. */
function AgreementForm({ plan, agreement, own, save, onSaved, onCancel }: AgreementFormProps) {
  const { t } = useTranslation();
  const isNew = agreement === undefined;
  const clientName = plan.client.name;
  const form = useForm<AgreementValues, unknown, AgreementOutput>({
    resolver,
    defaultValues: agreement
      ? {
          what: agreement.what,
          memberId: agreement.assignee.kind === 'member' ? agreement.assignee.memberId : byClient,
          dueOn: agreement.dueOn,
          goalId: agreement.goalId,
          status: agreement.status,
        }
      : { what: '', dueOn: null, goalId: null, status: 'open' },
    shouldFocusError: false,
  });
  const fields = useMemo<FormField<AgreementValues>[]>(
    () => [
      { name: 'what', label: t('plans.agreementForm.what') },
      { name: 'memberId', label: t('plans.agreementForm.who') },
      { name: 'dueOn', label: t('plans.agreementForm.dueOn') },
      { name: 'goalId', label: t('plans.agreementForm.goal') },
      { name: 'status', label: t('plans.agreementForm.status') },
    ],
    [t],
  );
  const feedback = useFormFeedback(form, fields);
  const [refusal, setRefusal] = useState<unknown>(null);
  const refusalRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refusal !== null) refusalRef.current?.focus();
  }, [refusal]);

  const assignee = agreement?.assignee;
  // Who can do it: the client, and the group's active members; someone who left stays choosable on
  // their own agreement, so that the form shows who it was.
  const whoChoices = [
    { id: byClient, label: own ? t('plans.assignee.ownChoice') : t('plans.assignee.client', { name: clientName }) },
    ...plan.members.map((member) => ({ id: member.id, label: memberLabel(t, member) })),
    ...(assignee?.kind === 'member' && !plan.members.some((member) => member.id === assignee.memberId)
      ? [{ id: assignee.memberId, label: assignee.name }]
      : []),
  ];
  const goalOptions = plan.goals
    .filter((goal) => goal.status !== 'stopped' || goal.id === agreement?.goalId)
    .map((goal) => ({
      id: goal.id,
      label: t('plans.agreementForm.goalOption', { horizon: horizonText(t, goal.horizon), text: goal.text }),
    }));

  const onSubmit = form.handleSubmit(async (values) => {
    feedback.clear();
    setRefusal(null);
    const body: AgreementBody = {
      what: values.what,
      memberId: values.memberId === byClient ? null : values.memberId,
      dueOn: values.dueOn,
      goalId: values.goalId,
      ...(isNew ? {} : { status: values.status }),
    };
    try {
      const saved = await save(body);
      onSaved(
        isNew ? t('plans.agreementForm.added', { what: saved.what }) : t('plans.agreementForm.saved', { what: saved.what }),
        saved,
      );
    } catch (error) {
      if (isPlanProblem(error)) setRefusal(error);
      else feedback.fail(error);
    }
  }, feedback.onInvalid);

  return (
    <>
      {refusal !== null && (
        <div ref={refusalRef} tabIndex={-1} className="plan-refusal">
          <PlanProblem error={refusal} />
        </div>
      )}
      <ApiForm
        form={form}
        feedback={feedback}
        onSubmit={onSubmit}
        submitLabel={isNew ? t('plans.agreementForm.submitNew') : t('plans.agreementForm.submitChange')}
      >
        <TextAreaControl
          control={form.control}
          name="what"
          label={t('plans.agreementForm.what')}
          description={t('plans.agreementForm.whatHelp')}
          maxLength={500}
          isRequired
        />
        <RadioFieldControl control={form.control} name="memberId" label={t('plans.agreementForm.who')} choices={whoChoices} />
        <DateFieldControl
          optional
          control={form.control}
          name="dueOn"
          label={t('plans.agreementForm.dueOn')}
          description={t('plans.agreementForm.dueOnHelp')}
        />
        {goalOptions.length > 0 && (
          <SelectControl
            control={form.control}
            name="goalId"
            label={t('plans.agreementForm.goal')}
            placeholder={t('plans.agreementForm.noGoal')}
            options={[{ id: noGoal, label: t('plans.agreementForm.noGoal') }, ...goalOptions]}
            nullOption={noGoal}
          />
        )}
        {!isNew && (
          <RadioFieldControl
            control={form.control}
            name="status"
            label={t('plans.agreementForm.status')}
            choices={agreementStatuses.map((status) => ({ id: status, label: agreementStatusText(t, status) }))}
          />
        )}
      </ApiForm>
      <CancelButton label={t('plans.form.cancel')} onCancel={onCancel} />
    </>
  );
}

interface NewAgreementFormProps {
  clientId: string;
  plan: Plan;
  own: boolean;
  onSaved: (message: string, agreement: Agreement) => void;
  onCancel: () => void;
}

export function NewAgreementForm({ clientId, ...props }: NewAgreementFormProps) {
  const add = useAddAgreement(clientId);
  return <AgreementForm {...props} save={(body) => add.mutateAsync(body)} />;
}

export function ChangeAgreementForm({ clientId, agreement, ...props }: NewAgreementFormProps & { agreement: AgreementView }) {
  const change = useChangeAgreement(clientId, agreement.id);
  return <AgreementForm {...props} agreement={agreement} save={(body) => change.mutateAsync(body)} />;
}
