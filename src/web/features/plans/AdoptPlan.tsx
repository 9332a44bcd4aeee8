import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { amsterdamDay } from '../../../domain/amsterdam-time.js';
import type { Plan } from '../../../shared/plans.js';
import { isApiError } from '../../app/http.js';
import { ApiForm } from '../../components/ApiForm.js';
import { DateFieldControl } from '../../components/DateFieldControl.js';
import { Loading } from '../../components/Loading.js';
import { RadioFieldControl } from '../../components/RadioFieldControl.js';
import { useFormFeedback, type FormField } from '../../components/use-form-feedback.js';
import { useMeetings } from '../meetings/index.js';
import { adoptionBody, adoptionMeetings, meetingChoiceLabel, otherDay, type AdoptionMeeting } from './adoption-choices.js';
import { useAdoptPlan } from './api.js';
import { planResolver } from './form-resolver.js';
import { isPlanProblem, PlanProblem } from './PlanProblem.js';
import { formatDay } from './words.js';

// The day is checked only when it is typed: a chosen meeting brings its own day.
const adoptionFormSchema = z
  .object({ meeting: z.string(), meetingOn: z.string() })
  .superRefine(({ meeting, meetingOn }, context) => {
    if (meeting === '') context.addIssue({ code: 'custom', path: ['meeting'], message: 'required' });
    if (meeting !== otherDay) return;
    const day = meetingOn.trim();
    const problem =
      day === ''
        ? 'too_small'
        : !z.iso.date().safeParse(day).success
          ? 'generic'
          : day > amsterdamDay(new Date())
            ? 'in_future'
            : null;
    if (problem !== null) context.addIssue({ code: 'custom', path: ['meetingOn'], message: problem });
  });
type AdoptionValues = z.input<typeof adoptionFormSchema>;
type AdoptionOutput = z.output<typeof adoptionFormSchema>;

const resolver = planResolver(adoptionFormSchema);

// The server's reasons why the plan cannot have been agreed at the chosen meeting.
const meetingProblems = ['meeting_unknown', 'meeting_cancelled', 'meeting_not_held', 'meeting_other_day'] as const;
type MeetingProblem = (typeof meetingProblems)[number];
const meetingProblemOf = (error: unknown): MeetingProblem | null =>
  isApiError(error) && (meetingProblems as readonly string[]).includes(error.code) ? (error.code as MeetingProblem) : null;

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
          <AdoptionChoice clientId={clientId} version={plan.version} onAdopted={onAdopted} />
        </>
      )}
    </section>
  );
}

interface AdoptionChoiceProps {
  clientId: string;
  version: number;
  onAdopted: (message: string) => void;
}

/** Waits for the group's meetings, so that the form starts with the right choice; without them, a day. */
function AdoptionChoice({ clientId, version, onAdopted }: AdoptionChoiceProps) {
  const meetings = useMeetings(clientId);
  const offered = useMemo(() => adoptionMeetings(meetings.data?.meetings ?? []), [meetings.data]);
  if (meetings.isPending) return <Loading />;
  return (
    <AdoptionForm
      clientId={clientId}
      version={version}
      offered={offered}
      onAdopted={onAdopted}
      onMeetingRefused={() => void meetings.refetch()}
    />
  );
}

interface AdoptionFormProps extends AdoptionChoiceProps {
  /** Held meetings, the newest first; empty leaves only the day to fill in. */
  offered: readonly AdoptionMeeting[];
  /** The chosen meeting did not fit (cancelled meanwhile, say): the choices are read again. */
  onMeetingRefused: () => void;
}

function AdoptionForm({ clientId, version, offered, onAdopted, onMeetingRefused }: AdoptionFormProps) {
  const { t, i18n } = useTranslation();
  const adopt = useAdoptPlan(clientId);
  const form = useForm<AdoptionValues, unknown, AdoptionOutput>({
    resolver,
    // Most often the plan is agreed at the last meeting: that one is chosen to begin with.
    defaultValues: { meeting: offered[0]?.id ?? otherDay, meetingOn: amsterdamDay(new Date()) },
    shouldFocusError: false,
  });
  const choice = useWatch({ control: form.control, name: 'meeting' });
  // A meeting that is no longer offered (cancelled meanwhile) stays unchosen: the person chooses again,
  // or, with no meeting left to offer, fills in the day.
  const { setValue } = form;
  useEffect(() => {
    if (choice === otherDay || choice === '' || offered.some((meeting) => meeting.id === choice)) return;
    setValue('meeting', offered.length > 0 ? '' : otherDay);
  }, [choice, offered, setValue]);
  const fields = useMemo<FormField<AdoptionValues>[]>(
    () => [
      { name: 'meeting', label: t('plans.adopt.meeting'), hasControl: offered.length > 0 },
      { name: 'meetingOn', label: t('plans.adopt.meetingOn') },
    ],
    [t, offered.length],
  );
  const feedback = useFormFeedback(form, fields);
  const choices = useMemo(
    () => [
      ...offered.map((meeting) => ({ id: meeting.id, label: meetingChoiceLabel(t, meeting, offered, i18n.language) })),
      { id: otherDay, label: t('plans.adopt.otherDay') },
    ],
    [t, i18n.language, offered],
  );
  const [refusal, setRefusal] = useState<unknown>(null);
  const refusalRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refusal !== null) refusalRef.current?.focus();
  }, [refusal]);

  const onSubmit = form.handleSubmit(
    async ({ meeting, meetingOn }) => {
      feedback.clear();
      setRefusal(null);
      try {
        const adoption = await adopt.mutateAsync(adoptionBody(meeting, meetingOn, offered));
        onAdopted(t('plans.adopt.done', { version: adoption.version, date: formatDay(adoption.meetingOn, i18n.language) }));
      } catch (error) {
        if (meetingProblemOf(error) !== null) onMeetingRefused();
        if (isPlanProblem(error) || meetingProblemOf(error) !== null) setRefusal(error);
        else feedback.fail(error);
      }
    },
    () => {
      // An earlier refusal no longer applies to what is sent now.
      setRefusal(null);
      feedback.onInvalid();
    },
  );

  const refusedMeeting = meetingProblemOf(refusal);
  return (
    <>
      {refusal !== null && (
        <div ref={refusalRef} tabIndex={-1} className="plan-refusal">
          {refusedMeeting === null ? (
            <PlanProblem error={refusal} />
          ) : (
            <div role="alert" className="alert alert--error plan-problem">
              <p>
                <span className="alert__label">{t('errors.label')} </span>
                {t(`plans.adopt.problems.${refusedMeeting}`)}
              </p>
            </div>
          )}
        </div>
      )}
      <ApiForm form={form} feedback={feedback} onSubmit={onSubmit} submitLabel={t('plans.adopt.submit', { version })}>
        {offered.length > 0 && (
          <RadioFieldControl
            control={form.control}
            name="meeting"
            label={t('plans.adopt.meeting')}
            description={t('plans.adopt.meetingHelp')}
            choices={choices}
          />
        )}
        {choice === otherDay && (
          <DateFieldControl
            control={form.control}
            name="meetingOn"
            label={t('plans.adopt.meetingOn')}
            description={t('plans.adopt.meetingOnHelp')}
            max={amsterdamDay(new Date())}
          />
        )}
      </ApiForm>
    </>
  );
}
