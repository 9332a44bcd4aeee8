import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useRef, useState } from 'react';
import { FieldError, Input, Label, TextField } from 'react-aria-components';
import { useController, useForm, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { SubmitButton } from '../../components/SubmitButton.js';
import type { Period } from './audit-days.js';

// The API's rules for from/to (src/shared/audit.ts), checked before asking: a date, and `to` not
// before `from`. Empty first, so that an empty field is told to be filled rather than to be a date.
const day = z.string().trim().min(1).pipe(z.iso.date());
const periodSchema = z
  .object({ from: day, to: day })
  .refine((period) => period.from <= period.to, { path: ['to'], params: { reason: 'before_from' } });

type FieldName = keyof Period;
const fieldNames: readonly FieldName[] = ['from', 'to'];

// By the error codes Zod gives for the checks above; anything else is a date that does not parse.
const errorTexts = {
  too_small: 'auditLog.period.errors.empty',
  custom: 'auditLog.period.errors.toBeforeFrom',
  invalid_format: 'auditLog.period.errors.invalid',
} as const;
const errorText = (type: string | undefined) =>
  type !== undefined && Object.hasOwn(errorTexts, type) ? errorTexts[type as keyof typeof errorTexts] : errorTexts.invalid_format;

interface AuditPeriodFormProps {
  period: Period;
  onChoose: (period: Period) => void;
}

/**
 * The period a log view shows. Mistakes are told next to their field and in a summary that takes
 * focus, as in the app's other forms (whose messages are the API's field codes; these are about dates).
 */
export function AuditPeriodForm({ period, onChoose }: AuditPeriodFormProps) {
  const { t } = useTranslation();
  const prefix = useId();
  const form = useForm({ resolver: zodResolver(periodSchema), defaultValues: period, shouldFocusError: false });
  const [focusRequest, setFocusRequest] = useState(0);

  const onSubmit = form.handleSubmit(
    (chosen) => onChoose(chosen),
    () => setFocusRequest((n) => n + 1),
  );

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className="form" aria-labelledby={`${prefix}-title`}>
      <h2 id={`${prefix}-title`} className="form__title">
        {t('auditLog.period.title')}
      </h2>
      <PeriodErrorSummary form={form} prefix={prefix} focusRequest={focusRequest} />
      <div className="audit-period__fields">
        {fieldNames.map((name) => (
          <DateField key={name} control={form.control} name={name} id={`${prefix}-${name}`} label={t(`auditLog.period.${name}`)} />
        ))}
      </div>
      <SubmitButton isPending={false}>{t('auditLog.period.submit')}</SubmitButton>
    </form>
  );
}

type PeriodForm = ReturnType<typeof useForm<z.input<typeof periodSchema>, unknown, Period>>;

function PeriodErrorSummary({ form, prefix, focusRequest }: { form: PeriodForm; prefix: string; focusRequest: number }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const items = fieldNames.flatMap((name) => {
    const error = form.getFieldState(name, form.formState).error;
    return error ? [{ name, message: t(errorText(error.type)) }] : [];
  });
  const visible = items.length > 0;

  // Once per failed submit, when the errors are there to read.
  const handledRequest = useRef(0);
  useEffect(() => {
    if (!visible || focusRequest <= handledRequest.current) return;
    handledRequest.current = focusRequest;
    ref.current?.focus();
  }, [focusRequest, visible]);

  if (!visible) return null;
  return (
    <div ref={ref} tabIndex={-1} className="error-summary" aria-labelledby={`${prefix}-summary`}>
      <h2 id={`${prefix}-summary`} className="error-summary__title">
        {t('errors.summaryTitle')}
      </h2>
      <ul className="error-summary__list">
        {items.map(({ name, message }) => (
          <li key={name}>
            <a
              href={`#${prefix}-${name}`}
              onClick={(event) => {
                event.preventDefault();
                form.setFocus(name);
              }}
            >
              {t(`auditLog.period.${name}`)}: {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface DateFieldProps {
  control: Control<z.input<typeof periodSchema>, unknown, Period>;
  name: FieldName;
  id: string;
  label: string;
}

/** The browser's own date input: a calendar on phones, typing on computers; its value is YYYY-MM-DD. */
function DateField({ control, name, id, label }: DateFieldProps) {
  const { t } = useTranslation();
  // Taken apart at once: the React compiler treats an object holding a ref as a ref as a whole.
  const {
    field: { ref, name: fieldName, value, onChange, onBlur },
    fieldState,
  } = useController({ control, name });
  return (
    <TextField
      id={id}
      className="field"
      name={fieldName}
      type="date"
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      isInvalid={fieldState.invalid}
      isRequired
      validationBehavior="aria"
    >
      <Label className="field__label">{label}</Label>
      <FieldError className="field__error">{t(errorText(fieldState.error?.type))}</FieldError>
      <Input ref={ref} className="field__input" />
    </TextField>
  );
}
