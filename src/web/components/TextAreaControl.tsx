import { FieldError, Label, Text, TextArea, TextField } from 'react-aria-components';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldId, useFieldIdPrefix } from './form-ids.js';
import { fieldErrorMessage } from './messages.js';

interface TextAreaControlProps<T extends FieldValues, O> {
  control: Control<T, unknown, O>;
  name: Path<T>;
  label: string;
  description?: string;
  maxLength: number;
  isRequired?: boolean;
  rows?: number;
}

/**
 * A few lines in the client's own words (a goal, an agreement): the shared text field on several
 * lines. Empty stays an empty string, as the plan's API takes it.
 */
export function TextAreaControl<T extends FieldValues, O>({
  control,
  name,
  label,
  description,
  maxLength,
  isRequired = false,
  rows = 3,
}: TextAreaControlProps<T, O>) {
  const { t } = useTranslation();
  // Taken apart at once: the React compiler treats an object holding a ref as a ref as a whole.
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
      value={typeof value === 'string' ? value : ''}
      onChange={onChange}
      onBlur={onBlur}
      isInvalid={fieldState.invalid}
      isRequired={isRequired}
      validationBehavior="aria"
    >
      <Label className="field__label">{label}</Label>
      {description !== undefined && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <FieldError className="field__error">{fieldErrorMessage(t, fieldState.error?.type)}</FieldError>
      <TextArea ref={ref} className="field__input plan-textarea" rows={rows} maxLength={maxLength} />
    </TextField>
  );
}
