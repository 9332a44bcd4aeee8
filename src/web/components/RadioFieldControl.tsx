import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldId, useFieldIdPrefix } from './form-ids.js';
import { fieldErrorMessage } from './messages.js';

/** One of the answers a radio field offers. */
export interface Choice {
  id: string;
  label: string;
}

interface RadioFieldControlProps<T extends FieldValues, O> {
  control: Control<T, unknown, O>;
  name: Path<T>;
  label: string;
}

/**
 * A few choices worth seeing at once (who asked, a ring, a wish): radio buttons in a fieldset, its
 * legend the question. The arrow keys move between them, as keyboard users expect.
 */
export function RadioFieldControl<T extends FieldValues, O>({
  control,
  name,
  label,
  choices,
  description,
}: RadioFieldControlProps<T, O> & { choices: readonly Choice[]; description?: string }) {
  const { t } = useTranslation();
  // Taken apart at once: the React compiler treats an object holding a ref as a ref as a whole.
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ control, name });
  const id = fieldId(useFieldIdPrefix(), name);
  const errorId = `${id}-error`;
  const descriptionId = `${id}-description`;
  // The error summary's link focuses the chosen radio button, or the first when none is chosen.
  const focusTarget = choices.some((choice) => choice.id === value) ? value : choices[0]?.id;
  const describedBy = [description !== undefined ? descriptionId : null, fieldState.invalid ? errorId : null]
    .filter(Boolean)
    .join(' ');

  return (
    <fieldset
      className="field choice-field"
      data-invalid={fieldState.invalid || undefined}
      aria-describedby={describedBy || undefined}
    >
      <legend className="field__label">{label}</legend>
      {description !== undefined && (
        <p id={descriptionId} className="field__description">
          {description}
        </p>
      )}
      {fieldState.invalid && (
        <p id={errorId} className="field__error">
          {fieldErrorMessage(t, fieldState.error?.type)}
        </p>
      )}
      {choices.map((choice) => (
        <label key={choice.id} className="choice-field__option">
          <input
            type="radio"
            className="choice-field__input"
            name={id}
            value={choice.id}
            checked={value === choice.id}
            onChange={() => onChange(choice.id)}
            onBlur={onBlur}
            {...(choice.id === focusTarget ? { ref, id } : {})}
          />
          <span>{choice.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
