import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ApiForm } from '../../components/ApiForm.js';
import { useFormFeedback, type FormField } from '../../components/use-form-feedback.js';
import { useSecondFactor } from './api.js';
import { CodeFieldControl } from './CodeFieldControl.js';
import { signInError } from './sign-in-errors.js';
import { StepHeading } from './StepHeading.js';

// Only "not empty" is checked here; whether a code is right only the server can say.
const codeFormSchema = z.object({ code: z.string().trim().min(1) });
type CodeValues = z.input<typeof codeFormSchema>;

/** The second step of signing in: the 6 digits from the app, or (phone lost) a recovery code. */
export function CodeStep({ onStartOver }: { onStartOver: () => void }) {
  const { t } = useTranslation();
  const secondFactor = useSecondFactor();
  const [useRecoveryCode, setUseRecoveryCode] = useState(false);
  const form = useForm({ resolver: zodResolver(codeFormSchema), defaultValues: { code: '' }, shouldFocusError: false });
  const label = useRecoveryCode ? t('signIn.code.recoveryLabel') : t('signIn.code.label');
  const fields = useMemo<FormField<CodeValues>[]>(() => [{ name: 'code', label }], [label]);
  const feedback = useFormFeedback(form, fields);

  const onSubmit = form.handleSubmit(async ({ code }) => {
    feedback.clear();
    try {
      // Digits are often typed or pasted as "123 456".
      await secondFactor.mutateAsync(useRecoveryCode ? code : code.replaceAll(/\s/g, ''));
    } catch (error) {
      feedback.fail(signInError(error, { name: 'code', code: useRecoveryCode ? 'invalid_recovery_code' : 'invalid_code' }));
    }
  }, feedback.onInvalid);

  const switchKind = () => {
    setUseRecoveryCode((current) => !current);
    form.reset({ code: '' });
    feedback.clear();
    // The field's label changes with it; put the person in the field to type.
    setTimeout(() => form.setFocus('code'), 0);
  };

  return (
    <>
      <StepHeading focus>{t('signIn.code.title')}</StepHeading>
      <ApiForm
        form={form}
        feedback={feedback}
        onSubmit={onSubmit}
        intro={useRecoveryCode ? t('signIn.code.recoveryIntro') : t('signIn.code.intro')}
        submitLabel={t('signIn.code.submit')}
      >
        <CodeFieldControl
          key={useRecoveryCode ? 'recovery' : 'app'}
          control={form.control}
          name="code"
          label={label}
          description={useRecoveryCode ? t('signIn.code.recoveryDescription') : t('signIn.code.description')}
          kind={useRecoveryCode ? 'text' : 'numeric'}
        />
      </ApiForm>
      <p>
        <button type="button" className="button button--quiet" onClick={switchKind}>
          {useRecoveryCode ? t('signIn.code.useAppCode') : t('signIn.code.useRecoveryCode')}
        </button>
      </p>
      <p>
        <button type="button" className="button button--quiet" onClick={onStartOver}>
          {t('signIn.code.startOver')}
        </button>
      </p>
    </>
  );
}
