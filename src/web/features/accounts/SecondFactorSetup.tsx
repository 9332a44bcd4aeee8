import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { RecoveryCodes, SecondFactorEnrolment } from '../../../shared/accounts.js';
import { ApiForm } from '../../components/ApiForm.js';
import { useFormFeedback, type FormField } from '../../components/use-form-feedback.js';
import { useConfirmSecondFactor } from './api.js';
import { CodeFieldControl } from './CodeFieldControl.js';
import { signInError } from './sign-in-errors.js';

const codeFormSchema = z.object({ code: z.string().trim().min(1) });
type CodeValues = z.input<typeof codeFormSchema>;

/** Groups of four are easier to copy into an app by hand than 32 letters in a row. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

interface SecondFactorSetupProps {
  enrolment: SecondFactorEnrolment;
  /** The level of the step headings, under the heading of the page or section around it. */
  level: 2 | 3;
  onConfirmed: (result: RecoveryCodes) => void;
}

/** The three steps of adding Regie to an authenticator app: install, scan (or type the key), confirm. */
export function SecondFactorSetup({ enrolment, level, onConfirmed }: SecondFactorSetupProps) {
  const { t } = useTranslation();
  const Heading = level === 2 ? 'h2' : 'h3';
  const confirm = useConfirmSecondFactor();
  const form = useForm({ resolver: zodResolver(codeFormSchema), defaultValues: { code: '' }, shouldFocusError: false });
  const fields = useMemo<FormField<CodeValues>[]>(() => [{ name: 'code', label: t('signIn.enrolment.codeLabel') }], [t]);
  const feedback = useFormFeedback(form, fields);

  const onSubmit = form.handleSubmit(async ({ code }) => {
    feedback.clear();
    try {
      onConfirmed(await confirm.mutateAsync(code.replaceAll(/\s/g, '')));
    } catch (error) {
      feedback.fail(signInError(error, { name: 'code', code: 'invalid_code' }));
    }
  }, feedback.onInvalid);

  return (
    <>
      <Heading>{t('signIn.enrolment.step1Title')}</Heading>
      <p>{t('signIn.enrolment.step1')}</p>
      <Heading>{t('signIn.enrolment.step2Title')}</Heading>
      <p>{t('signIn.enrolment.step2')}</p>
      {/* A data: image: the CSP allows those, and an image carries its own text alternative. */}
      <img src={enrolment.qrCodeDataUrl} alt={t('signIn.enrolment.qrAlt')} width={220} height={220} />
      <p>{t('signIn.enrolment.secretIntro')}</p>
      <p>
        <code className="secret" data-secret={enrolment.secret}>
          {grouped(enrolment.secret)}
        </code>
      </p>
      <Heading>{t('signIn.enrolment.step3Title')}</Heading>
      <ApiForm form={form} feedback={feedback} onSubmit={onSubmit} intro={t('signIn.enrolment.codeIntro')} submitLabel={t('signIn.enrolment.submit')}>
        <CodeFieldControl
          control={form.control}
          name="code"
          label={t('signIn.enrolment.codeLabel')}
          description={t('signIn.code.description')}
          kind="numeric"
        />
      </ApiForm>
    </>
  );
}
