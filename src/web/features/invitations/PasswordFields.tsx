import type { Control, FieldValues, Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextFieldControl } from '../../components/TextFieldControl.js';

interface NewPasswordFieldProps<T extends FieldValues, O> {
  control: Control<T, unknown, O>;
  name: Path<T>;
  label: string;
  /** For password managers: the account the password is for. */
  username?: string;
}

/** A field for choosing a password, with the rules said up front rather than only after a refusal. */
export function NewPasswordField<T extends FieldValues, O>({ control, name, label, username }: NewPasswordFieldProps<T, O>) {
  const { t } = useTranslation();
  return (
    <>
      <div className="password-rules">
        <p className="password-rules__title">{t('invitation.password.rulesTitle')}</p>
        <ul>
          <li>{t('invitation.password.ruleLength')}</li>
          <li>{t('invitation.password.ruleCommon')}</li>
          <li>{t('invitation.password.rulePersonal')}</li>
          <li>{t('invitation.password.rulePhrase')}</li>
        </ul>
      </div>
      {username !== undefined && <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />}
      <TextFieldControl control={control} name={name} label={label} type="password" autoComplete="new-password" isRequired />
    </>
  );
}
