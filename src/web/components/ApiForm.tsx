import { useId, type BaseSyntheticEvent, type ReactNode, type SubmitEvent } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { ErrorSummary } from './ErrorSummary.js';
import { FieldIdPrefixContext } from './form-ids.js';
import { FormProblem, FormSuccess } from './FormStatus.js';
import { SubmitButton } from './SubmitButton.js';
import type { FormFeedback } from './use-form-feedback.js';

interface ApiFormProps<T extends FieldValues, O> {
  form: UseFormReturn<T, unknown, O>;
  feedback: FormFeedback<T>;
  /** As made by react-hook-form's handleSubmit. */
  onSubmit: (event?: BaseSyntheticEvent) => Promise<void>;
  /** Names the form (its h2) unless the page heading already does. */
  title?: string;
  /** Text above the fields. */
  intro?: string;
  submitLabel: string;
  children: ReactNode;
}

/** A form that sends to the API: its title, error summary, fields, outcome and submit button. */
export function ApiForm<T extends FieldValues, O>({ form, feedback, onSubmit, title, intro, submitLabel, children }: ApiFormProps<T, O>) {
  const prefix = useId();
  const titleId = `${prefix}-title`;
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    // A second press while the first is on its way would send the same thing twice.
    if (form.formState.isSubmitting) event.preventDefault();
    else void onSubmit(event);
  };
  return (
    <FieldIdPrefixContext value={prefix}>
      <form noValidate onSubmit={submit} className="form" {...(title !== undefined ? { 'aria-labelledby': titleId } : {})}>
        {title !== undefined && (
          <h2 id={titleId} className="form__title">
            {title}
          </h2>
        )}
        {intro !== undefined && <p className="form__intro">{intro}</p>}
        <ErrorSummary form={form} feedback={feedback} />
        <FormProblem feedback={feedback} />
        {children}
        <FormSuccess feedback={feedback} />
        <SubmitButton isPending={form.formState.isSubmitting}>{submitLabel}</SubmitButton>
      </form>
    </FieldIdPrefixContext>
  );
}
