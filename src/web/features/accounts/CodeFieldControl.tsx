import type { Control, FieldValues, Path } from 'react-hook-form';
import { TextFieldControl } from '../../components/TextFieldControl.js';

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
export function CodeFieldControl<T extends FieldValues, O>({
  control,
  name,
  label,
  description,
  kind,
}: CodeFieldControlProps<T, O>) {
  return (
    <TextFieldControl
      control={control}
      name={name}
      label={label}
      description={description}
      autoComplete={kind === 'numeric' ? 'one-time-code' : 'off'}
      isRequired
      inputMode={kind}
      literal
      {...(kind === 'text' ? { maxLength: 32 } : {})}
    />
  );
}
