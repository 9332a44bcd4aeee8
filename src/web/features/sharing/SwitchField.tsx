import { useId, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface SwitchFieldProps {
  /** The accessible name: exactly this text, so that people and tests can find the switch by it. */
  label: string;
  /** One line that says what switching it means. */
  description: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** A read-only view shows the state without a control. */
  readOnly?: boolean;
}

/**
 * A real checkbox with the switch role: screen readers say "on" or "off", the keyboard toggles it
 * with Space, and the state is written next to it as well, so that it never rests on colour alone.
 */
export function SwitchField({ label, description, checked, onChange, readOnly = false }: SwitchFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const descriptionId = `${id}-description`;
  const change = (event: ChangeEvent<HTMLInputElement>) => {
    onChange(event.currentTarget.checked);
  };
  return (
    <div className="switch-field">
      <div className="switch-field__control">
        <input
          id={id}
          type="checkbox"
          role="switch"
          className="switch-field__input"
          checked={checked}
          onChange={change}
          disabled={readOnly}
          aria-describedby={descriptionId}
        />
        <label htmlFor={id} className="switch-field__label">
          {label}
        </label>
        <span className="switch-field__state" aria-hidden="true">
          {checked ? t('sharing.switch.on') : t('sharing.switch.off')}
        </span>
      </div>
      <p id={descriptionId} className="switch-field__description">
        {description}
      </p>
    </div>
  );
}
