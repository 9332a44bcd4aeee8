import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { amsterdamDay } from '../../../domain/amsterdam-time.js';
import type { EvaluationList } from '../../../shared/evaluations.js';
import { ApiForm } from '../../components/ApiForm.js';
import { DateFieldControl } from '../../components/DateFieldControl.js';
import { fieldErrorMessage } from '../../components/messages.js';
import { SelectControl } from '../../components/SelectControl.js';
import { useFormFeedback, type FormField } from '../../components/use-form-feedback.js';
import { useOpenRound } from './api.js';
import { evaluationProblemKey } from './evaluation-problem.js';
import { EvaluationProblem } from './EvaluationProblem.js';
import { formatDay, meetingLine } from './evaluation-words.js';
import { closesOnProblem, noMeeting, openRoundBody, type OpenRoundValues } from './open-round-form.js';

interface OpenRoundSectionProps {
  clientId: string;
  list: EvaluationList;
  onOpened: (message: string) => void;
}

/**
 * Starting a round, for the client and their coordinator (the answer's abilities say who): the last
 * day to answer and the meeting the results are for. When a round cannot be started now, it says why.
 */
export function OpenRoundSection({ clientId, list, onOpened }: OpenRoundSectionProps) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="section">
      <h2 id={titleId}>{t('evaluations.open.title')}</h2>
      {list.openBlocked !== null ? (
        <p className="evaluation-box">{t(`evaluations.open.blocked.${list.openBlocked}`)}</p>
      ) : (
        <OpenRoundForm clientId={clientId} list={list} onOpened={onOpened} />
      )}
    </section>
  );
}

function OpenRoundForm({ clientId, list, onOpened }: OpenRoundSectionProps) {
  const { t, i18n } = useTranslation();
  const open = useOpenRound(clientId);
  const max = formatDay(list.maxClosesOn, i18n.language);
  const form = useForm<OpenRoundValues>({
    defaultValues: { closesOn: list.defaultClosesOn, meetingId: null },
    shouldFocusError: false,
  });
  const fields = useMemo<FormField<OpenRoundValues>[]>(
    () => [
      { name: 'closesOn', label: t('evaluations.open.closesOn') },
      { name: 'meetingId', label: t('evaluations.open.meeting'), hasControl: list.plannedMeetings.length > 0 },
    ],
    [t, list.plannedMeetings.length],
  );
  const feedback = useFormFeedback(form, fields);
  // The evaluations' own refusals (a round already open, too early a phase) in their own words, above the form.
  const [refusal, setRefusal] = useState<unknown>(null);
  const refusalRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refusal !== null) refusalRef.current?.focus();
  }, [refusal]);

  const onSubmit = form.handleSubmit(async (values) => {
    feedback.clear();
    setRefusal(null);
    const problem = closesOnProblem(values.closesOn, amsterdamDay(new Date()), list.maxClosesOn);
    if (problem !== null) {
      form.setError('closesOn', { type: problem });
      feedback.onInvalid();
      return;
    }
    try {
      await open.mutateAsync(openRoundBody(values));
      onOpened(t('evaluations.open.started'));
    } catch (error) {
      if (evaluationProblemKey(error, 'open') !== null) setRefusal(error);
      else feedback.fail(error);
    }
  }, feedback.onInvalid);

  return (
    <>
      {refusal !== null && (
        <div ref={refusalRef} tabIndex={-1}>
          <EvaluationProblem error={refusal} action="open" />
        </div>
      )}
      <ApiForm
        form={form}
        feedback={feedback}
        onSubmit={onSubmit}
        intro={t('evaluations.open.intro')}
        submitLabel={t('evaluations.open.submit')}
      >
        <DateFieldControl
          control={form.control}
          name="closesOn"
          label={t('evaluations.open.closesOn')}
          description={t('evaluations.open.closesOnHelp', { max })}
          max={list.maxClosesOn}
          describeError={(type) =>
            type === 'required' ? fieldErrorMessage(t, type) : t('evaluations.open.closesOnError', { max })
          }
        />
        {list.plannedMeetings.length > 0 ? (
          <SelectControl
            control={form.control}
            name="meetingId"
            label={t('evaluations.open.meeting')}
            placeholder={t('evaluations.open.choose')}
            nullOption={noMeeting}
            options={[
              { id: noMeeting, label: t('evaluations.open.noMeeting') },
              ...list.plannedMeetings.map((meeting) => ({
                id: meeting.id,
                label: t('meetings.whatOnDay', meetingLine(t, meeting, i18n.language)),
              })),
            ]}
          />
        ) : (
          <p>{t('evaluations.open.noPlanned')}</p>
        )}
      </ApiForm>
    </>
  );
}
