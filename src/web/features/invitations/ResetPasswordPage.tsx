import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import { completePasswordResetBodySchema } from '../../../shared/invitations.js';
import { paths } from '../../app/paths.js';
import { ApiForm } from '../../components/ApiForm.js';
import { PageHeading } from '../../components/PageHeading.js';
import { useFormFeedback, type FormField } from '../../components/use-form-feedback.js';
import { useCompletePasswordReset } from './api.js';
import { isInvalidLink } from './LinkProblem.js';
import { useLinkToken } from './link-token.js';
import { NewPasswordField } from './PasswordFields.js';
import './invitations.css';

const passwordFormSchema = completePasswordResetBodySchema.pick({ password: true });
type PasswordValues = z.input<typeof passwordFormSchema>;

type Outcome = 'form' | 'done' | 'invalid';

/**
 * Opened from the reset mail: a new password. It does not sign in; the person signs in as always,
 * with their second factor when they have one.
 */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const token = useLinkToken();
  const [outcome, setOutcome] = useState<Outcome>(token === null ? 'invalid' : 'form');

  return (
    <>
      <PageHeading>{t('passwordReset.reset.title')}</PageHeading>
      {outcome === 'form' && token !== null && <ResetForm token={token} onOutcome={setOutcome} />}
      {outcome === 'done' && (
        <>
          <p role="status" className="form-status form-status--success">
            {t('passwordReset.reset.done')}
          </p>
          <p className="public-links">
            <Link to={paths.signIn}>{t('passwordReset.reset.signIn')}</Link>
          </p>
        </>
      )}
      {outcome === 'invalid' && (
        <>
          <div role="alert" className="alert alert--error">
            <p>
              <span className="alert__label">{t('errors.label')} </span>
              {t(token === null ? 'passwordReset.reset.missing' : 'passwordReset.reset.invalid')}
            </p>
          </div>
          <p className="public-links">
            <Link to={paths.forgotPassword}>{t('passwordReset.reset.newLink')}</Link>
          </p>
        </>
      )}
    </>
  );
}

function ResetForm({ token, onOutcome }: { token: string; onOutcome: (outcome: Outcome) => void }) {
  const { t } = useTranslation();
  const complete = useCompletePasswordReset();
  const form = useForm({ resolver: zodResolver(passwordFormSchema), defaultValues: { password: '' }, shouldFocusError: false });
  const fields = useMemo<FormField<PasswordValues>[]>(
    () => [{ name: 'password', label: t('invitation.password.newLabel') }],
    [t],
  );
  const feedback = useFormFeedback(form, fields);

  const onSubmit = form.handleSubmit(async ({ password }) => {
    feedback.clear();
    try {
      await complete.mutateAsync({ token, password });
      onOutcome('done');
    } catch (error) {
      if (isInvalidLink(error)) onOutcome('invalid');
      else feedback.fail(error);
    }
  }, feedback.onInvalid);

  return (
    <ApiForm
      form={form}
      feedback={feedback}
      onSubmit={onSubmit}
      intro={t('passwordReset.reset.intro')}
      submitLabel={t('passwordReset.reset.submit')}
    >
      <NewPasswordField control={form.control} name="password" label={t('invitation.password.newLabel')} />
    </ApiForm>
  );
}
