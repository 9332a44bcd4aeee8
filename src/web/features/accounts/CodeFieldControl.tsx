import { FieldError, Input, Label, Text, TextField } from 'react-aria-components';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldId, useFieldIdPrefix } from '../../components/form-ids.js';
import { fieldErrorMessage } from '../../components/messages.js';

interface CodeFieldControlProps<T extends FieldValues, O> {
  control: Control<T, unknown, O>;
  name: Path<T>;
  label: string;
  description: string;
  /** `numeric`: the 6 digits from the app (a number keypad on phones); `text`: a recovery code. */
  kind: 'numeric' | 'text';
}

/**
 * A field for a one-time code. For the app's code, phones show a number keypad and may offer the
 * code themselves (autocomplete="one-time-code"); it is text, not a number, so leading zeros stay.
 */
export function CodeFieldControl<T extends FieldValues, O>({ control, name, label, description, kind }: CodeFieldControlProps<T, O>) {
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
      value={typeof value === 'string' ? value : ''}
      onChange={onChange}
      onBlur={onBlur}
      isInvalid={fieldState.invalid}
      isRequired
      validationBehavior="aria"
      autoComplete={kind === 'numeric' ? 'one-time-code' : 'off'}
    >
      <Label className="field__label">{label}</Label>
      <Text slot="description" className="field__description">
        {description}
      </Text>
      <FieldError className="field__error">{fieldErrorMessage(t, fieldState.error?.type)}</FieldError>
      <Input
        ref={ref}
        className="field__input"
        inputMode={kind}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        {...(kind === 'text' ? { maxLength: 32 } : {})}
      />
    </TextField>
  );
}
