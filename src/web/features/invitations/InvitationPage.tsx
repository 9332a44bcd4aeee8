import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { z } from 'zod';
import { acceptInvitationBodySchema, type Invitation } from '../../../shared/invitations.js';
import { paths } from '../../app/paths.js';
import { ApiForm } from '../../components/ApiForm.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { useFormFeedback, type FormField } from '../../components/use-form-feedback.js';
import { useAcceptInvitation, useInvitation } from './api.js';
import { formatMoment } from './format.js';
import { Declined, DeclineGroup, GroupQuestion } from './GroupInvitation.js';
import { InvitationProblem, isInvalidLink } from './LinkProblem.js';
import { useLinkToken } from './link-token.js';
import { NewPasswordField } from './PasswordFields.js';
import './invitations.css';

const passwordFormSchema = acceptInvitationBodySchema.pick({ password: true });
type PasswordValues = z.input<typeof passwordFormSchema>;

/** Opened from the invitation mail: who it is for, then a password, then on to Regie. */
export function InvitationPage() {
  const { t } = useTranslation();
  const token = useLinkToken();
  const invitation = useInvitation(token);
  // Accepting can find the link gone (used in another tab meanwhile): then the page says so.
  const [gone, setGone] = useState(false);
  // Who asked, once the person said no to joining their group.
  const [declinedFor, setDeclinedFor] = useState<string | null>(null);

  if (token === null) return <LinkNotUsable title={t('invitation.page.missingTitle')} text={t('invitation.page.missingText')} />;
  if (declinedFor !== null) return <Declined clientName={declinedFor} />;
  if (gone || isInvalidLink(invitation.error)) {
    return <LinkNotUsable title={t('invitation.page.invalidTitle')} text={t('invitation.page.invalidText')} />;
  }
  const group = invitation.data?.group ?? null;
  return (
    <>
      <PageHeading documentTitle={t('invitation.page.documentTitle')}>
        {group === null ? t('invitation.page.title') : t('invitation.group.title', { client: group.clientName })}
      </PageHeading>
      {invitation.isPending && <Loading />}
      {invitation.isError && <InvitationProblem error={invitation.error} />}
      {invitation.data && <AcceptForm token={token} invitation={invitation.data} onGone={() => setGone(true)} />}
      {group !== null && (
        <DeclineGroup token={token} onDeclined={() => setDeclinedFor(group.clientName)} onGone={() => setGone(true)} />
      )}
    </>
  );
}

function LinkNotUsable({ title, text }: { title: string; text: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p>{text}</p>
      <p>
        <Link to={paths.signIn}>{t('invitation.page.signIn')}</Link>
      </p>
    </>
  );
}

function AcceptForm({ token, invitation, onGone }: { token: string; invitation: Invitation; onGone: () => void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const accept = useAcceptInvitation();
  const form = useForm({ resolver: zodResolver(passwordFormSchema), defaultValues: { password: '' }, shouldFocusError: false });
  const fields = useMemo<FormField<PasswordValues>[]>(() => [{ name: 'password', label: t('invitation.password.label') }], [t]);
  const feedback = useFormFeedback(form, fields);

  const onSubmit = form.handleSubmit(async ({ password }) => {
    feedback.clear();
    try {
      const result = await accept.mutateAsync({ token, password });
      // Signed in: home. A professional sets up the second step of signing in first (the sign-in
      // page carries on with the session this answer started).
      if (result.next === 'done') await navigate(paths.home, { replace: true });
      else await navigate(paths.signIn, { replace: true, state: { next: result.next } });
    } catch (error) {
      if (isInvalidLink(error)) onGone();
      else feedback.fail(error);
    }
  }, feedback.onInvalid);

  const { group } = invitation;
  return (
    <>
      {group !== null && <GroupQuestion clientName={group.clientName} groupName={group.groupName} />}
      <p>{t('invitation.page.forWhom', { name: invitation.name, email: invitation.email })}</p>
      {group === null && <p>{t('invitation.page.role', { role: t(`roles.${invitation.role}`) })}</p>}
      <p>{t('invitation.page.until', { date: formatMoment(invitation.expiresAt, i18n.language) })}</p>
      <ApiForm
        form={form}
        feedback={feedback}
        onSubmit={onSubmit}
        title={t(group === null ? 'invitation.page.formTitle' : 'invitation.group.yesTitle')}
        intro={t(group === null ? 'invitation.page.formIntro' : 'invitation.group.yesIntro')}
        submitLabel={t(group === null ? 'invitation.page.submit' : 'invitation.group.yesSubmit')}
      >
        <NewPasswordField
          control={form.control}
          name="password"
          label={t('invitation.password.label')}
          username={invitation.email}
        />
      </ApiForm>
    </>
  );
}
