import { useId, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { startEvaluationAnswerMaxLength, startEvaluationQuestions } from '../../../domain/meetings.js';
import {
  startEvaluationBodySchema,
  type Meeting,
  type StartEvaluation,
  type StartEvaluationBody,
} from '../../../shared/meetings.js';
import { useCurrentMe } from '../../app/me-context.js';
import { paths } from '../../app/paths.js';
import { ActionPanel, CancelButton } from '../../components/ActionPanel.js';
import { DetailList } from '../../components/DetailList.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { FieldIdPrefixContext } from '../../components/form-ids.js';
import { Notice, useNotice } from '../../components/notice.js';
import { SubmitButton } from '../../components/SubmitButton.js';
import { TextAreaControl } from '../../components/TextAreaControl.js';
import { useFormFeedback, type FormField } from '../../components/use-form-feedback.js';
import { useSaveStartEvaluation } from './api.js';
import { MeetingProblem } from './MeetingProblem.js';
import { formatMomentDay } from './meeting-words.js';
import { codedResolver, submitOnce } from './minutes-form.js';
import './meetings.css';
import './minutes.css';

/** Each question and the field of the API's body that holds its answer. */
export const evaluationFields = {
  how_did_it_go: 'howDidItGo',
  what_to_keep: 'whatToKeep',
  what_to_change: 'whatToChange',
} as const satisfies Record<(typeof startEvaluationQuestions)[number], keyof StartEvaluationBody>;

const resolver = codedResolver(startEvaluationBodySchema);

/**
 * After the start meeting, client and coordinator look back on it together: how it went, what to
 * keep, what to change. Recording that ticks the phase 4 item, and the group page then offers the
 * move to phase 5. Shown to client and coordinator only (the answer's abilities say so), once the
 * start meeting was held.
 */
export function StartEvaluationSection({ meeting }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const me = useCurrentMe();
  const { ref, message, announce } = useNotice();
  const evaluation = meeting.startEvaluation;
  if (meeting.kind !== 'start' || (!meeting.abilities.evaluate && evaluation === null)) return null;

  const own = me.clientId === meeting.client.id;
  const clientId = meeting.client.id;
  const onSaved = () => announce(t('minutes.evaluation.saved'));

  return (
    <section aria-labelledby={titleId} className="section minutes-evaluation">
      <h2 ref={ref} id={titleId} tabIndex={-1}>
        {t('minutes.evaluation.title')}
      </h2>
      <Notice message={message} />
      {evaluation === null ? (
        <>
          <p>{own ? t('minutes.evaluation.introOwn') : t('minutes.evaluation.introOf', { name: meeting.client.name })}</p>
          <EvaluationForm meeting={meeting} evaluation={null} onSaved={onSaved} />
        </>
      ) : (
        <>
          <p>{t('minutes.evaluation.recordedOn', { date: formatMomentDay(evaluation.recordedAt, i18n.language) })}</p>
          <DetailList
            details={startEvaluationQuestions.map((question) => ({
              term: t(`minutes.evaluation.questions.${question}`),
              value: <span className="meeting-text">{evaluation[evaluationFields[question]]}</span>,
            }))}
          />
          <p className="minutes-evaluation__next">
            <Link to={paths.group(clientId)}>{t('minutes.evaluation.toGroup')}</Link>
          </p>
          {meeting.abilities.evaluate && (
            <div className="meetings-actions">
              <ActionPanel
                label={t('minutes.evaluation.change')}
                describedBy={titleId}
                title={t('minutes.evaluation.change')}
                level={3}
              >
                {(close) => (
                  <>
                    <EvaluationForm
                      meeting={meeting}
                      evaluation={evaluation}
                      onSaved={() => {
                        close(false);
                        onSaved();
                      }}
                    />
                    <CancelButton label={t('meetings.form.cancelChange')} onCancel={() => close()} />
                  </>
                )}
              </ActionPanel>
            </div>
          )}
        </>
      )}
    </section>
  );
}

interface EvaluationFormProps {
  meeting: Meeting;
  evaluation: StartEvaluation | null;
  onSaved: () => void;
}

function EvaluationForm({ meeting, evaluation, onSaved }: EvaluationFormProps) {
  const { t } = useTranslation();
  const prefix = useId();
  const save = useSaveStartEvaluation(meeting.client.id, meeting.id);
  const form = useForm<StartEvaluationBody>({
    resolver,
    defaultValues: {
      howDidItGo: evaluation?.howDidItGo ?? '',
      whatToKeep: evaluation?.whatToKeep ?? '',
      whatToChange: evaluation?.whatToChange ?? '',
    },
    shouldFocusError: false,
  });
  const fields = useMemo<FormField<StartEvaluationBody>[]>(
    () =>
      startEvaluationQuestions.map((question) => ({
        name: evaluationFields[question],
        label: t(`minutes.evaluation.questions.${question}`),
      })),
    [t],
  );
  const feedback = useFormFeedback(form, fields);

  const onSubmit = form.handleSubmit(async (body) => {
    feedback.clear();
    try {
      await save.mutateAsync(body);
      onSaved();
    } catch (error) {
      feedback.fail(error);
    }
  }, feedback.onInvalid);

  return (
    <FieldIdPrefixContext value={prefix}>
      <form noValidate onSubmit={submitOnce(form, onSubmit)} className="form">
        <ErrorSummary form={form} feedback={feedback} />
        {feedback.problem !== null && <MeetingProblem error={feedback.problem} action="minutes" />}
        {startEvaluationQuestions.map((question) => (
          <TextAreaControl
            key={question}
            control={form.control}
            name={evaluationFields[question]}
            label={t(`minutes.evaluation.questions.${question}`)}
            description={t('minutes.evaluation.answerHelp')}
            maxLength={startEvaluationAnswerMaxLength}
            rows={4}
            isRequired
          />
        ))}
        <SubmitButton isPending={form.formState.isSubmitting}>{t('minutes.evaluation.submit')}</SubmitButton>
      </form>
    </FieldIdPrefixContext>
  );
}
