import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationState } from '../../../shared/invitations.js';
import {
  clientInvitationPath,
  professionalInvitationPath,
  relativeInvitationPath,
  useClientInvitations,
  useSendInvitation,
} from './api.js';
import { formatMoment } from './format.js';
import { InvitationProblem } from './LinkProblem.js';
import './invitations.css';
import { BusyButton } from '../../components/BusyButton.js';

interface InviteActionProps {
  /** Null when the caller only sends (the admin's list says itself who can sign in). */
  state: InvitationState | null;
  path: string;
  clientId: string | null;
  labels: { first: string; again: string };
  /** Who the button is for, in its accessible name: several of these buttons can be on one page. */
  name: string;
}

/** Whether the person can sign in or has a link out, and (when the caller may) the button that sends one. */
function InviteAction({ state, path, clientId, labels, name }: InviteActionProps) {
  const { t, i18n } = useTranslation();
  const send = useSendInvitation(path, clientId);
  const [sentUntil, setSentUntil] = useState<string | null>(null);
  const pendingUntil = sentUntil ?? state?.pendingUntil ?? null;
  const mayInvite = state === null || state.abilities.invite;

  const invite = () => {
    setSentUntil(null);
    send.mutate(undefined, { onSuccess: (sent) => setSentUntil(sent.expiresAt) });
  };

  let situation: string | null = null;
  if (state?.canSignIn) situation = t('invitation.invite.canSignIn');
  else if (state !== null && pendingUntil !== null && sentUntil === null)
    situation = t('invitation.invite.pending', { date: formatMoment(pendingUntil, i18n.language) });
  else if (state !== null && pendingUntil === null) situation = t('invitation.invite.notInvited');

  if (!mayInvite && situation === null) return null;
  const label = pendingUntil === null ? labels.first : labels.again;
  return (
    <div className="invitation-state">
      {situation !== null && <p className="card__meta">{situation}</p>}
      {mayInvite && (
        <BusyButton variant="quiet" aria-label={`${label}: ${name}`} isPending={send.isPending} onPress={invite}>
          {label}
        </BusyButton>
      )}
      <p role="status" className={sentUntil === null ? 'form-status' : 'form-status form-status--success'}>
        {sentUntil === null ? '' : t('invitation.invite.sent', { date: formatMoment(sentUntil, i18n.language) })}
      </p>
      {send.isError && <InvitationProblem error={send.error} />}
    </div>
  );
}

/** On a relative's card: can they sign in, and may the caller (the client, or their coordinator for them) invite them. */
export function RelativeInvitation({ clientId, relativeId, name }: { clientId: string; relativeId: string; name: string }) {
  const { t } = useTranslation();
  const invitations = useClientInvitations(clientId);
  const state = invitations.data?.relatives.find((relative) => relative.relativeId === relativeId);
  if (state === undefined || state.ended || !state.hasAccount) return null;
  return (
    <InviteAction
      state={state}
      path={relativeInvitationPath(clientId, relativeId)}
      clientId={clientId}
      labels={{ first: t('invitation.invite.first'), again: t('invitation.invite.again') }}
      name={name}
    />
  );
}

/** On the client's page, for the team that registered them: invite the client to their own account. */
export function ClientInvitation({ clientId, name }: { clientId: string; name: string }) {
  const { t } = useTranslation();
  const invitations = useClientInvitations(clientId);
  const state = invitations.data?.client;
  if (state === undefined || !state.abilities.invite) return null;
  return (
    <InviteAction
      state={state}
      path={clientInvitationPath(clientId)}
      clientId={clientId}
      labels={{ first: t('invitation.invite.client'), again: t('invitation.invite.clientAgain') }}
      name={name}
    />
  );
}

/**
 * For the organisation admin's list of professionals, next to one who cannot sign in yet. The
 * server refuses anyone but the admin of their organisation; show it where the page's abilities
 * say the caller manages professionals.
 */
export function ProfessionalInvitation({ professionalId, name }: { professionalId: string; name: string }) {
  const { t } = useTranslation();
  return (
    <InviteAction
      state={null}
      path={professionalInvitationPath(professionalId)}
      clientId={null}
      labels={{ first: t('invitation.invite.first'), again: t('invitation.invite.again') }}
      name={name}
    />
  );
}
