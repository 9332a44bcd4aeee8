import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { changePasswordBodySchema } from '../../../shared/accounts.js';
import { ApiForm } from '../../components/ApiForm.js';
import { TextFieldControl } from '../../components/TextFieldControl.js';
import { useFormFeedback, type FormField } from '../../components/use-form-feedback.js';
import { useChangePassword } from './api.js';

type ChangePasswordValues = z.input<typeof changePasswordBodySchema>;

/** A new password; the server checks the current one and ends the sessions on other devices. */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const changePassword = useChangePassword();
  const form = useForm({
    resolver: zodResolver(changePasswordBodySchema),
    defaultValues: { currentPassword: '', newPassword: '' },
    shouldFocusError: false,
  });
  const fields = useMemo<FormField<ChangePasswordValues>[]>(
    () => [
      { name: 'currentPassword', label: t('myDetails.password.current') },
      { name: 'newPassword', label: t('myDetails.password.new') },
    ],
    [t],
  );
  const feedback = useFormFeedback(form, fields);

  const onSubmit = form.handleSubmit(async (body) => {
    feedback.clear();
    try {
      const { otherSessionsEnded } = await changePassword.mutateAsync(body);
      form.reset();
      feedback.succeed(otherSessionsEnded > 0 ? t('myDetails.password.changedElsewhere') : t('myDetails.password.changed'));
    } catch (error) {
      feedback.fail(error);
    }
  }, feedback.onInvalid);

  return (
    <ApiForm form={form} feedback={feedback} onSubmit={onSubmit} title={t('myDetails.password.title')} submitLabel={t('myDetails.password.submit')}>
      <TextFieldControl
        control={form.control}
        name="currentPassword"
        label={t('myDetails.password.current')}
        type="password"
        autoComplete="current-password"
        isRequired
      />
      <TextFieldControl
        control={form.control}
        name="newPassword"
        label={t('myDetails.password.new')}
        description={t('myDetails.password.newDescription')}
        type="password"
        autoComplete="new-password"
        isRequired
      />
    </ApiForm>
  );
}
