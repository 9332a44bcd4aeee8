import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '../../components/BusyButton.js';
import { PageHeading } from '../../components/PageHeading.js';
import { useDeclineInvitation } from './api.js';
import { InvitationProblem, isInvalidLink } from './LinkProblem.js';

/** Who asks the person to join which group, and what that means, before they say yes or no. */
export function GroupQuestion({ clientName, groupName }: { clientName: string; groupName: string }) {
  const { t } = useTranslation();
  return (
    <>
      <p>
        <strong>{t('invitation.group.asks', { client: clientName, group: groupName })}</strong>
      </p>
      <p>{t('invitation.group.what', { client: clientName })}</p>
      <p>{t('invitation.group.choice')}</p>
    </>
  );
}

interface DeclineGroupProps {
  token: string;
  onDeclined: () => void;
  /** The link was used or withdrawn meanwhile. */
  onGone: () => void;
}

/** "Nee, liever niet": one press, no reason asked, no account made. */
export function DeclineGroup({ token, onDeclined, onGone }: DeclineGroupProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const decline = useDeclineInvitation();
  const say = () =>
    decline.mutate(token, {
      onSuccess: onDeclined,
      onError: (error) => {
        if (isInvalidLink(error)) onGone();
      },
    });
  return (
    <section aria-labelledby={titleId} className="section">
      <h2 id={titleId}>{t('invitation.group.noTitle')}</h2>
      <p>{t('invitation.group.noText')}</p>
      {decline.isError && !isInvalidLink(decline.error) && <InvitationProblem error={decline.error} />}
      <BusyButton isPending={decline.isPending} onPress={say}>
        {t('invitation.group.decline')}
      </BusyButton>
    </section>
  );
}

/** After a no: thanks, and that nothing more is needed. No sign-in: they have no account to use. */
export function Declined({ clientName }: { clientName: string }) {
  const { t } = useTranslation();
  const textRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    // The button that was pressed is gone; the answer is read from here.
    textRef.current?.focus();
  }, []);
  return (
    <>
      <PageHeading>{t('invitation.group.declinedTitle')}</PageHeading>
      <p ref={textRef} tabIndex={-1}>
        {t('invitation.group.declinedText')}
      </p>
      <p>{t('invitation.group.declinedChange', { client: clientName })}</p>
    </>
  );
}
