import { Button, FieldError, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldId, useFieldIdPrefix } from './form-ids.js';
import { fieldErrorMessage } from './messages.js';

export interface SelectOption {
  id: string;
  label: string;
}

interface SelectControlProps<T extends FieldValues, O> {
  control: Control<T, unknown, O>;
  name: Path<T>;
  label: string;
  placeholder: string;
  options: readonly SelectOption[];
  isRequired?: boolean;
  /** The option that stands for "nothing chosen on purpose" (null in the API), such as "no team". */
  nullOption?: string;
}

/** A labelled select bound to a form; the list opens in a popover that works with keyboard and touch. */
export function SelectControl<T extends FieldValues, O>({
  control,
  name,
  label,
  placeholder,
  options,
  isRequired = false,
  nullOption,
}: SelectControlProps<T, O>) {
  const { t } = useTranslation();
  // Taken apart at once: the React compiler treats an object holding a ref as a ref as a whole.
  const {
    field: { ref, value: current, onChange, onBlur },
    fieldState,
  } = useController({ control, name });
  const id = fieldId(useFieldIdPrefix(), name);
  const value = typeof current === 'string' ? current : current === null && nullOption !== undefined ? nullOption : null;

  return (
    <Select
      id={id}
      className="field"
      value={value}
      onChange={(key) => onChange(key === null ? undefined : key === nullOption ? null : String(key))}
      onBlur={onBlur}
      isInvalid={fieldState.invalid}
      isRequired={isRequired}
      validationBehavior="aria"
      placeholder={placeholder}
    >
      <Label className="field__label">{label}</Label>
      <FieldError className="field__error">{fieldErrorMessage(t, fieldState.error?.type)}</FieldError>
      <Button ref={ref} className="select__button">
        <SelectValue className="select__value" />
        <span aria-hidden="true" className="select__arrow">
          ▾
        </span>
      </Button>
      <Popover className="select__popover">
        <ListBox className="select__list" items={options}>
          {(option) => (
            <ListBoxItem id={option.id} className="select__option" textValue={option.label}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
