import { useEffect, useId, useRef } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldId, useFieldIdPrefix } from './form-ids.js';
import { fieldErrorMessage } from './messages.js';
import type { FormFeedback } from './use-form-feedback.js';

interface ErrorSummaryProps<T extends FieldValues, O> {
  form: UseFormReturn<T, unknown, O>;
  feedback: FormFeedback<T>;
}

/**
 * After a failed submit: every field that needs attention, in form order, each a link to its field.
 * It takes focus so that the person hears what to fix before anything else.
 */
export function ErrorSummary<T extends FieldValues, O>({ form, feedback }: ErrorSummaryProps<T, O>) {
  const { t } = useTranslation();
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const idPrefix = useFieldIdPrefix();

  // Reading the state through formState keeps the summary in step as fields are corrected.
  const items = feedback.fields.flatMap((field) => {
    const error = form.getFieldState(field.name, form.formState).error;
    return error ? [{ field, message: fieldErrorMessage(t, error.type) }] : [];
  });
  const unplaced = feedback.unplaced.map((error) => ({
    key: error.field,
    label: feedback.fields.find((f) => f.name === error.field)?.label,
    message: fieldErrorMessage(t, error.code),
  }));
  const visible = items.length > 0 || unplaced.length > 0;

  // The request can arrive a render before the errors do; focus once both are there, once per request.
  const handledRequest = useRef(0);
  useEffect(() => {
    if (!visible || feedback.focusRequest <= handledRequest.current) return;
    handledRequest.current = feedback.focusRequest;
    ref.current?.focus();
  }, [feedback.focusRequest, visible]);

  if (!visible) return null;
  return (
    <div ref={ref} tabIndex={-1} className="error-summary" aria-labelledby={titleId}>
      <h2 id={titleId} className="error-summary__title">
        {t('errors.summaryTitle')}
      </h2>
      <ul className="error-summary__list">
        {items.map(({ field, message }) =>
          field.hasControl === false ? (
            <li key={field.name}>
              {field.label}: {message}
            </li>
          ) : (
            <li key={field.name}>
              <a
                href={`#${fieldId(idPrefix, field.name)}`}
                onClick={(event) => {
                  event.preventDefault();
                  form.setFocus(field.name);
                }}
              >
                {field.label}: {message}
              </a>
            </li>
          ),
        )}
        {unplaced.map(({ key, label, message }) => (
          <li key={key}>{label === undefined ? message : `${label}: ${message}`}</li>
        ))}
      </ul>
    </div>
  );
}
