import { FieldError, Label, Text, TextArea, TextField } from 'react-aria-components';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldId, useFieldIdPrefix } from '../../components/form-ids.js';
import { fieldErrorMessage } from '../../components/messages.js';

interface NotesFieldProps<T extends FieldValues, O> {
  control: Control<T, unknown, O>;
  name: Path<T>;
  label: string;
  description: string;
  maxLength: number;
}

/** A few lines of free text, optional: empty is sent as null. Like the shared text field, on several lines. */
export function NotesField<T extends FieldValues, O>({ control, name, label, description, maxLength }: NotesFieldProps<T, O>) {
  const { t } = useTranslation();
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ control, name });
  const id = fieldId(useFieldIdPrefix(), name);
  return (
    <TextField
      id={id}
      className="field"
      value={typeof value === 'string' ? value : ''}
      onChange={(next) => onChange(next.trim() === '' ? null : next)}
      onBlur={onBlur}
      isInvalid={fieldState.invalid}
      validationBehavior="aria"
    >
      <Label className="field__label">{label}</Label>
      <Text slot="description" className="field__description">
        {description}
      </Text>
      <FieldError className="field__error">{fieldErrorMessage(t, fieldState.error?.type)}</FieldError>
      <TextArea ref={ref} className="field__input field__input--notes" rows={3} maxLength={maxLength} />
    </TextField>
  );
}
