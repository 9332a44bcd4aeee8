import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { loginBodySchema } from '../../../shared/accounts.js';
import { ApiForm } from '../../components/ApiForm.js';
import { PageHeading } from '../../components/PageHeading.js';
import { TextFieldControl } from '../../components/TextFieldControl.js';
import { SignInLinks } from '../invitations/index.js';
import { useFormFeedback, type FormField } from '../../components/use-form-feedback.js';
import { useAbandonSignIn, useSignIn } from './api.js';
import { CodeStep } from './CodeStep.js';
import { EnrolmentStep } from './EnrolmentStep.js';
import { signInError } from './sign-in-errors.js';

type SignInValues = z.input<typeof loginBodySchema>;
type Step = 'password' | 'second_factor' | 'enrolment';

/**
 * Signing in, in steps at one address: the password; then the code from the app (professionals, and
 * anyone who turned it on) or, for a professional without one, setting up the app. Once signed in,
 * the layout takes the person to the home page.
 */
export function SignInPage() {
  // Accepting an invitation can leave a professional half signed in: the invitation page sends them
  // here with the step to continue at.
  const continueAt = (useLocation().state as { next?: unknown } | null)?.next;
  const [step, setStep] = useState<Step>(continueAt === 'second_factor' || continueAt === 'enrolment' ? continueAt : 'password');
  const abandon = useAbandonSignIn();
  // The pending session ends on the server too, so that it is not left waiting for a code.
  const startOver = () => {
    abandon.mutate();
    setStep('password');
  };
  if (step === 'second_factor') return <CodeStep onStartOver={startOver} />;
  if (step === 'enrolment') return <EnrolmentStep onStartOver={startOver} />;
  return <PasswordStep onNext={setStep} />;
}

function PasswordStep({ onNext }: { onNext: (step: Step) => void }) {
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
      const result = await signIn.mutateAsync(body);
      if (result.next !== 'done') onNext(result.next);
    } catch (error) {
      feedback.fail(signInError(error));
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
      <SignInLinks />
    </>
  );
}
