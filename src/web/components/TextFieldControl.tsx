import { FieldError, Input, Label, Text, TextField } from 'react-aria-components';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldId, useFieldIdPrefix } from './form-ids.js';
import { fieldErrorMessage } from './messages.js';

interface TextFieldControlProps<T extends FieldValues, O> {
  control: Control<T, unknown, O>;
  name: Path<T>;
  label: string;
  description?: string;
  type?: 'text' | 'email' | 'password';
  autoComplete?: string;
  isRequired?: boolean;
  /** For optional fields the API wants null, not an empty string. */
  emptyAsNull?: boolean;
  /** The keyboard phones show, e.g. `numeric` for a code of digits (still text: leading zeros stay). */
  inputMode?: 'numeric' | 'text';
  maxLength?: number;
  /** Typed exactly as shown (a code): no spelling check, capitals or corrections by the phone. */
  literal?: boolean;
}

/** A labelled text field bound to a form; its error is tied to the input (aria-describedby). */
export function TextFieldControl<T extends FieldValues, O>({
  control,
  name,
  label,
  description,
  type = 'text',
  autoComplete,
  isRequired = false,
  emptyAsNull = false,
  inputMode,
  maxLength,
  literal = false,
}: TextFieldControlProps<T, O>) {
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
      type={type}
      value={typeof value === 'string' ? value : ''}
      onChange={(next) => onChange(emptyAsNull && next.trim() === '' ? null : next)}
      onBlur={onBlur}
      isInvalid={fieldState.invalid}
      isRequired={isRequired}
      validationBehavior="aria"
      {...(autoComplete !== undefined ? { autoComplete } : {})}
    >
      <Label className="field__label">{label}</Label>
      {description !== undefined && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <FieldError className="field__error">{fieldErrorMessage(t, fieldState.error?.type)}</FieldError>
      <Input
        ref={ref}
        className="field__input"
        spellCheck={type === 'text' && !literal ? undefined : false}
        {...(inputMode !== undefined ? { inputMode } : {})}
        {...(maxLength !== undefined ? { maxLength } : {})}
        {...(literal ? { autoCapitalize: 'off', autoCorrect: 'off' } : {})}
      />
    </TextField>
  );
}
