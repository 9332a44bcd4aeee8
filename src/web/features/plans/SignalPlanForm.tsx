import type { TFunction } from 'i18next';
import { useId, useMemo, type SubmitEvent } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { SignalPlanView } from '../../../shared/plans.js';
import { paths } from '../../app/paths.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { FieldIdPrefixContext } from '../../components/form-ids.js';
import type { SelectOption } from '../../components/SelectControl.js';
import { SubmitButton } from '../../components/SubmitButton.js';
import { useFormFeedback } from '../../components/use-form-feedback.js';
import { useSaveSignalPlan } from './api.js';
import { CrisisContactsFields } from './CrisisContactsFields.js';
import { useAnnouncer, useFocusLater } from './edit-helpers.js';
import { formFields, initialValues, signalPlanResolver, withFormCodes } from './signal-plan-form.js';
import { SignalPhasesFields } from './SignalPhaseFields.js';
import { SignalPlanProblem } from './SignalPlanProblem.js';
import { boxLabels, phaseName } from './signal-words.js';
import { memberLabel } from './words.js';
import { TextAreaControl } from '../../components/TextAreaControl.js';

/** How the page tells the view that it comes from a save, so that the view can say so. */
export interface SignalPlanSavedState {
  signalPlanSaved: true;
}

interface SignalPlanFormProps {
  view: SignalPlanView;
  /** True when the client edits their own plan (it speaks as "I"). */
  own: boolean;
}

/**
 * The whole signalling plan in one form, saved at once (PUT): crisis contacts, the phases with their
 * five boxes, what helps and what does not. Mistakes are told next to their field and in a summary
 * that takes focus; after saving, the plan is shown with a confirmation.
 */
export function SignalPlanForm({ view, own }: SignalPlanFormProps) {
  const { t } = useTranslation();
  const prefix = useId();
  const navigate = useNavigate();
  const clientId = view.client.id;
  const save = useSaveSignalPlan(clientId);
  const form = useForm({
    resolver: signalPlanResolver,
    defaultValues: initialValues(t, view.signalPlan),
    shouldFocusError: false,
  });
  const { control, getValues, setFocus } = form;
  const boxes = useMemo(() => boxLabels(t, own, view.client.name), [t, own, view.client.name]);
  const memberOptions = useMemo(() => optionsFor(t, view), [t, view]);

  // The summary names every field by where it is: which contact, which phase.
  const [phases, crisisContacts] = useWatch({ control, name: ['phases', 'crisisContacts'] });
  const fields = useMemo(
    () =>
      formFields(
        t,
        { phases, crisisContacts },
        { boxes, phaseName: (index) => (phases[index] ? phaseName(t, phases[index], index) : '') },
      ),
    [t, phases, crisisContacts, boxes],
  );
  const feedback = useFormFeedback(form, fields);
  const focusLater = useFocusLater(setFocus);
  const { message, announce } = useAnnouncer();

  const onSubmit = form.handleSubmit(async (body) => {
    feedback.clear();
    try {
      await save.mutateAsync(body);
      const state: SignalPlanSavedState = { signalPlanSaved: true };
      await navigate(paths.signalPlan(clientId), { state });
    } catch (error) {
      feedback.fail(withFormCodes(error));
    }
  }, feedback.onInvalid);

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    // A second press while the first is on its way would save twice.
    if (form.formState.isSubmitting) event.preventDefault();
    else void onSubmit(event);
  };

  return (
    <FieldIdPrefixContext value={prefix}>
      <form noValidate onSubmit={submit} className="form signal-edit">
        <p className="form__intro">
          {own ? t('signalPlan.edit.introOwn') : t('signalPlan.edit.introOf', { name: view.client.name })}
        </p>
        <ErrorSummary form={form} feedback={feedback} />
        {feedback.problem !== null && <SignalPlanProblem error={feedback.problem} />}
        <CrisisContactsFields control={control} focusLater={focusLater} announce={announce} />
        <SignalPhasesFields
          control={control}
          getValues={getValues}
          boxes={boxes}
          memberOptions={memberOptions}
          focusLater={focusLater}
          announce={announce}
        />
        <TextAreaControl
          control={control}
          name="helps"
          label={t('signalPlan.edit.helps')}
          description={t('signalPlan.edit.helpsHelp')}
          rows={4}
          maxLength={1000}
        />
        <TextAreaControl
          control={control}
          name="doesNotHelp"
          label={t('signalPlan.edit.doesNotHelp')}
          description={t('signalPlan.edit.doesNotHelpHelp')}
          rows={4}
          maxLength={1000}
        />
        <p role="status" className="visually-hidden">
          {message}
        </p>
        <div className="signal-edit__submit">
          <SubmitButton isPending={form.formState.isSubmitting}>{t('signalPlan.edit.save')}</SubmitButton>
          <Link to={paths.signalPlan(clientId)}>{t('signalPlan.edit.cancel')}</Link>
        </div>
      </form>
    </FieldIdPrefixContext>
  );
}

/** The group's members to choose from, and anyone the plan names who has left (so the choice shows). */
function optionsFor(t: TFunction, view: SignalPlanView): SelectOption[] {
  const active = view.members.map((member): SelectOption => ({ id: member.id, label: memberLabel(t, member) }));
  const known = new Set(active.map((option) => option.id));
  const left = new Map<string, string>();
  for (const phase of view.signalPlan?.phases ?? []) {
    for (const task of phase.membersDo) if (!known.has(task.memberId)) left.set(task.memberId, task.name);
  }
  const gone = [...left].map(([id, name]): SelectOption => ({ id, label: t('signalPlan.edit.members.left', { name }) }));
  return [...active, ...gone];
}
