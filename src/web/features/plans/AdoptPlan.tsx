import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { amsterdamDay } from '../../../domain/amsterdam-time.js';
import type { Plan } from '../../../shared/plans.js';
import { ApiForm } from '../../components/ApiForm.js';
import { DateFieldControl } from '../../components/DateFieldControl.js';
import { useFormFeedback, type FormField } from '../../components/use-form-feedback.js';
import { useAdoptPlan } from './api.js';
import { planResolver } from './form-resolver.js';
import { isPlanProblem, PlanProblem } from './PlanProblem.js';
import { formatDay } from './words.js';

const adoptionFormSchema = z.object({
  meetingOn: z
    .string()
    .trim()
    .min(1)
    .pipe(z.iso.date())
    .refine((day) => day <= amsterdamDay(new Date()), { message: 'in_future' }),
});
type AdoptionValues = z.input<typeof adoptionFormSchema>;
type AdoptionOutput = z.output<typeof adoptionFormSchema>;

const resolver = planResolver(adoptionFormSchema);

interface AdoptPlanProps {
  clientId: string;
  plan: Plan;
  onAdopted: (message: string) => void;
}

/**
 * "Vastgesteld in de bijeenkomst van …": the group agreed on the plan as it is now. That version
 * stays retrievable, and the plan's page says when it has changed since.
 */
export function AdoptPlan({ clientId, plan, onAdopted }: AdoptPlanProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const adopt = useAdoptPlan(clientId);
  const form = useForm<AdoptionValues, unknown, AdoptionOutput>({
    resolver,
    defaultValues: { meetingOn: amsterdamDay(new Date()) },
    shouldFocusError: false,
  });
  const fields = useMemo<FormField<AdoptionValues>[]>(() => [{ name: 'meetingOn', label: t('plans.adopt.meetingOn') }], [t]);
  const feedback = useFormFeedback(form, fields);
  const [refusal, setRefusal] = useState<unknown>(null);
  const refusalRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refusal !== null) refusalRef.current?.focus();
  }, [refusal]);

  const onSubmit = form.handleSubmit(async ({ meetingOn }) => {
    feedback.clear();
    setRefusal(null);
    try {
      const adoption = await adopt.mutateAsync({ meetingOn });
      onAdopted(t('plans.adopt.done', { version: adoption.version, date: formatDay(adoption.meetingOn, i18n.language) }));
    } catch (error) {
      if (isPlanProblem(error)) setRefusal(error);
      else feedback.fail(error);
    }
  }, feedback.onInvalid);

  const current = plan.adoption !== null && plan.adoption.version === plan.version;
  return (
    <section aria-labelledby={titleId} className="section plan-section plan-adopt">
      <h2 id={titleId}>{t('plans.adopt.title')}</h2>
      <p>{t('plans.adopt.intro')}</p>
      {plan.version === 0 ? (
        <p>{t('plans.adopt.empty')}</p>
      ) : (
        <>
          {current && plan.adoption !== null && (
            <p>{t('plans.adopt.already', { date: formatDay(plan.adoption.meetingOn, i18n.language), version: plan.version })}</p>
          )}
          {refusal !== null && (
            <div ref={refusalRef} tabIndex={-1} className="plan-refusal">
              <PlanProblem error={refusal} />
            </div>
          )}
          <ApiForm
            form={form}
            feedback={feedback}
            onSubmit={onSubmit}
            submitLabel={t('plans.adopt.submit', { version: plan.version })}
          >
            <DateFieldControl
              control={form.control}
              name="meetingOn"
              label={t('plans.adopt.meetingOn')}
              description={t('plans.adopt.meetingOnHelp')}
              max={amsterdamDay(new Date())}
            />
          </ApiForm>
        </>
      )}
    </section>
  );
}
