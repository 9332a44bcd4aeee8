import { FieldError, Input, Label, Text, TextField } from 'react-aria-components';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldId, useFieldIdPrefix } from './form-ids.js';
import { fieldErrorMessage } from './messages.js';

interface DateFieldControlProps<T extends FieldValues, O> {
  control: Control<T, unknown, O>;
  name: Path<T>;
  label: string;
  description?: string;
  /** The last date that may be chosen (YYYY-MM-DD), e.g. today for something that happened. */
  max?: string;
  /** Words for an error where the general ones are too vague for this date. */
  describeError?: (type: string | undefined) => string;
  /** A date that may stay empty (a goal's target date, say): empty is then null, not ''. */
  optional?: boolean;
}

/** The browser's own date field: a calendar on phones, typing on computers; its value is YYYY-MM-DD. */
export function DateFieldControl<T extends FieldValues, O>({
  control,
  name,
  label,
  description,
  max,
  describeError,
  optional = false,
}: DateFieldControlProps<T, O>) {
  const { t } = useTranslation();
  const {
    field: { ref, name: fieldName, value, onChange, onBlur },
    fieldState,
  } = useController({ control, name });
  const id = fieldId(useFieldIdPrefix(), name);
  return (
    <TextField
      id={id}
      className="field"
      name={fieldName}
      type="date"
      value={typeof value === 'string' ? value : ''}
      onChange={optional ? (next) => onChange(next === '' ? null : next) : onChange}
      onBlur={onBlur}
      isInvalid={fieldState.invalid}
      isRequired={!optional}
      validationBehavior="aria"
    >
      <Label className="field__label">{label}</Label>
      {description !== undefined && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <FieldError className="field__error">
        {describeError ? describeError(fieldState.error?.type) : fieldErrorMessage(t, fieldState.error?.type)}
      </FieldError>
      <Input ref={ref} className="field__input field__input--date" {...(max !== undefined ? { max } : {})} />
    </TextField>
  );
}
