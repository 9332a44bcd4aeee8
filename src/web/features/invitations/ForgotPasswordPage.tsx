import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import { passwordResetRequestBodySchema } from '../../../shared/invitations.js';
import { paths } from '../../app/paths.js';
import { ApiForm } from '../../components/ApiForm.js';
import { PageHeading } from '../../components/PageHeading.js';
import { TextFieldControl } from '../../components/TextFieldControl.js';
import { useFormFeedback, type FormField } from '../../components/use-form-feedback.js';
import { useRequestPasswordReset } from './api.js';

type ForgotValues = z.input<typeof passwordResetRequestBodySchema>;

/** Asks for a reset link. The answer is the same for every address: it never says whether one has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const requestReset = useRequestPasswordReset();
  const form = useForm({
    resolver: zodResolver(passwordResetRequestBodySchema),
    defaultValues: { email: '' },
    shouldFocusError: false,
  });
  const fields = useMemo<FormField<ForgotValues>[]>(() => [{ name: 'email', label: t('passwordReset.forgot.email') }], [t]);
  const feedback = useFormFeedback(form, fields);

  const onSubmit = form.handleSubmit(async (body) => {
    feedback.clear();
    try {
      await requestReset.mutateAsync(body);
      feedback.succeed(t('passwordReset.forgot.sent'));
    } catch (error) {
      feedback.fail(error);
    }
  }, feedback.onInvalid);

  return (
    <>
      <PageHeading>{t('passwordReset.forgot.title')}</PageHeading>
      <ApiForm
        form={form}
        feedback={feedback}
        onSubmit={onSubmit}
        intro={t('passwordReset.forgot.intro')}
        submitLabel={t('passwordReset.forgot.submit')}
      >
        <TextFieldControl
          control={form.control}
          name="email"
          label={t('passwordReset.forgot.email')}
          type="email"
          autoComplete="username"
          isRequired
        />
      </ApiForm>
      <p className="public-links">
        <Link to={paths.signIn}>{t('passwordReset.forgot.back')}</Link>
      </p>
    </>
  );
}
