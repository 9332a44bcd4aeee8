import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { fieldId, useFieldIdPrefix } from './form-ids.js';

interface CheckboxFieldControlProps<T extends FieldValues, O> {
  control: Control<T, unknown, O>;
  name: Path<T>;
  label: string;
}

/** One box to tick, with its label beside it. */
export function CheckboxFieldControl<T extends FieldValues, O>({ control, name, label }: CheckboxFieldControlProps<T, O>) {
  const {
    field: { ref, value, onChange, onBlur },
  } = useController({ control, name });
  const id = fieldId(useFieldIdPrefix(), name);
  return (
    <div className="field">
      <label className="choice-field__option">
        <input
          ref={ref}
          id={id}
          type="checkbox"
          className="choice-field__input"
          checked={value === true}
          onChange={(event) => onChange(event.currentTarget.checked)}
          onBlur={onBlur}
        />
        <span>{label}</span>
      </label>
    </div>
  );
}
