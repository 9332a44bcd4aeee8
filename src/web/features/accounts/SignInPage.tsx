import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { loginBodySchema } from '../../../shared/accounts.js';
import { ApiForm } from '../../components/ApiForm.js';
import { PageHeading } from '../../components/PageHeading.js';
import { TextFieldControl } from '../../components/TextFieldControl.js';
import { useFormFeedback, type FormField } from '../../components/use-form-feedback.js';
import { useSignIn } from './api.js';

type SignInValues = z.input<typeof loginBodySchema>;

/** After a successful sign-in the layout takes the person to the home page. */
export function SignInPage() {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const form = useForm({ resolver: zodResolver(loginBodySchema), defaultValues: { email: '', password: '' }, shouldFocusError: false });
  const fields = useMemo<FormField<SignInValues>[]>(
    () => [
      { name: 'email', label: t('signIn.email') },
      { name: 'password', label: t('signIn.password') },
    ],
    [t],
  );
  const feedback = useFormFeedback(form, fields);

  const onSubmit = form.handleSubmit(async (body) => {
    feedback.clear();
    try {
      await signIn.mutateAsync(body);
    } catch (error) {
      feedback.fail(error);
    }
  }, feedback.onInvalid);

  return (
    <>
      <PageHeading>{t('signIn.title')}</PageHeading>
      <ApiForm form={form} feedback={feedback} onSubmit={onSubmit} intro={t('signIn.intro')} submitLabel={t('signIn.submit')}>
        <TextFieldControl control={form.control} name="email" label={t('signIn.email')} type="email" autoComplete="username" isRequired />
        <TextFieldControl
          control={form.control}
          name="password"
          label={t('signIn.password')}
          type="password"
          autoComplete="current-password"
          isRequired
        />
      </ApiForm>
    </>
  );
}
