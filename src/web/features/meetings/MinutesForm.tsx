import { useId, useMemo, useState, type ReactNode } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { agendaItemPlanParts } from '../../../domain/meetings.js';
import type { Minutes } from '../../../shared/meetings.js';
import { isApiError } from '../../app/http.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { FieldIdPrefixContext } from '../../components/form-ids.js';
import { Notice, useNotice } from '../../components/notice.js';
import { SubmitButton } from '../../components/SubmitButton.js';
import { TextAreaControl } from '../../components/TextAreaControl.js';
import { useFormFeedback } from '../../components/use-form-feedback.js';
import { useSaveMinutes } from './api.js';
import { agendaTitle } from './meeting-words.js';
import { FormSection } from './FormSection.js';
import { MeetingProblem } from './MeetingProblem.js';
import { MinutesAgreements } from './MinutesAgreements.js';
import {
  initialMinutesValues,
  minutesFields,
  minutesResolver,
  planAgreementId,
  submitOnce,
  toMinutesBody,
  withFormFields,
  type MinutesControl,
  type MinutesValues,
} from './minutes-form.js';
import { MinutesScores } from './MinutesScores.js';

interface MinutesFormProps {
  clientId: string;
  meetingId: string;
  minutes: Minutes;
  own: boolean;
  /** What follows the form: the approval, which needs to know whether all that was typed is saved. */
  approval: (isDirty: boolean) => ReactNode;
}

/**
 * The draft minutes in one form, saved whole: notes and decisions per agenda item, a score for each
 * open goal that was scored, new agreements and changes to the plan's open ones. Mistakes are told
 * next to their field and in a summary that takes focus; a save is confirmed next to the button.
 */
export function MinutesForm({ clientId, meetingId, minutes, own, approval }: MinutesFormProps) {
  const { t } = useTranslation();
  const prefix = useId();
  const save = useSaveMinutes(clientId, meetingId);
  const form = useForm<MinutesValues, unknown, MinutesValues>({
    resolver: minutesResolver,
    defaultValues: initialMinutesValues(minutes),
    shouldFocusError: false,
  });
  const { control, reset, setFocus } = form;
  const { message, announce } = useNotice();

  const [scores, newAgreements, changes] = useWatch({ control, name: ['scores', 'newAgreements', 'changes'] });
  const fields = useMemo(
    () =>
      minutesFields(
        t,
        minutes,
        { scores, newAgreements, changes },
        {
          goalText: (goalId) => minutes.goals.find((goal) => goal.id === goalId)?.text ?? '',
          agreementWhat: (id) => minutes.planAgreements.find((agreement) => planAgreementId(agreement) === id)?.what ?? '',
        },
      ),
    [t, minutes, scores, newAgreements, changes],
  );
  const feedback = useFormFeedback(form, fields);

  // A draft that does not fit the plan or the group has its parts marked, and the reason said once above.
  const [unfit, setUnfit] = useState<unknown>(null);

  const onSubmit = form.handleSubmit(async (values) => {
    feedback.clear();
    setUnfit(null);
    const { body, layout } = toMinutesBody(values, minutes);
    try {
      const saved = await save.mutateAsync(body);
      reset(initialMinutesValues(saved));
      // Focus stays on the button: the confirmation is next to it, and the form is long.
      announce(t('minutes.form.saved'), false);
    } catch (error) {
      if (isApiError(error) && (error.problem.errors ?? []).length > 0 && error.code === 'minutes_unfit') setUnfit(error);
      feedback.fail(withFormFields(error, layout));
    }
  }, feedback.onInvalid);

  return (
    <>
      <FieldIdPrefixContext value={prefix}>
        <form noValidate onSubmit={submitOnce(form, onSubmit)} className="form minutes-form">
          <p className="form__intro">{t('minutes.form.intro')}</p>
          <ErrorSummary form={form} feedback={feedback} />
          {feedback.problem !== null && <MeetingProblem error={feedback.problem} action="minutes" />}
          {unfit !== null && <MeetingProblem error={unfit} action="minutes" />}
          <ItemsFields control={control} minutes={minutes} />
          <MinutesScores control={control} rows={scores} goals={minutes.goals} />
          <MinutesAgreements
            control={control}
            minutes={minutes}
            rows={{ newAgreements, changes }}
            own={own}
            setFocus={setFocus}
          />
          <Notice message={message} />
          <SubmitButton isPending={form.formState.isSubmitting}>{t('minutes.form.save')}</SubmitButton>
        </form>
      </FieldIdPrefixContext>
      {approval(form.formState.isDirty)}
    </>
  );
}

/** Per agenda item, in the agenda's order: what was said, and what was decided. */
function ItemsFields({ control, minutes }: { control: MinutesControl; minutes: Minutes }) {
  const { t } = useTranslation();
  return (
    <FormSection title={t('minutes.items.title')}>
      {minutes.items.length === 0 ? (
        <p>{t('minutes.items.none')}</p>
      ) : (
        <ol className="minutes-form__rows">
          {minutes.items.map((item, index) => {
            // Items about the plan's scores or agreements point to where those are written.
            const part = item.code === 'custom' ? undefined : agendaItemPlanParts[item.code];
            const hint =
              part === 'goal_scores'
                ? t('minutes.form.scoresHint')
                : part === 'agreements'
                  ? t('minutes.form.agreementsHint')
                  : undefined;
            return (
              <li key={item.id}>
                <fieldset className="minutes-form__group">
                  <legend className="minutes-form__legend meeting-text">{agendaTitle(t, item)}</legend>
                  {hint !== undefined && <p className="field__description">{hint}</p>}
                  <TextAreaControl
                    control={control}
                    name={`items.${index}.notes`}
                    label={t('minutes.items.notes')}
                    description={t('minutes.form.notesHelp')}
                    maxLength={4000}
                    rows={4}
                  />
                  <TextAreaControl
                    control={control}
                    name={`items.${index}.decisions`}
                    label={t('minutes.items.decisions')}
                    description={t('minutes.form.decisionsHelp')}
                    maxLength={4000}
                    rows={3}
                  />
                </fieldset>
              </li>
            );
          })}
        </ol>
      )}
    </FormSection>
  );
}
