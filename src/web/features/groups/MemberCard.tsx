import { useTranslation } from 'react-i18next';
import type { Group, Member } from '../../../shared/groups.js';
import { BusyButton } from '../../components/BusyButton.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useActivate, useInviteMember } from './api.js';
import { AnswerForm, ApproachForm } from './MemberForms.js';
import { LeaveForm } from './LeaveForm.js';
import { ActionPanel } from '../../components/ActionPanel.js';
import { formatMoment, memberKindText, memberStatusText } from './words.js';

interface MemberCardProps {
  member: Member;
  group: Group;
  /** Until when the invitation sent from this page works, if one was sent. */
  sentUntil: string | null;
  onSent: (expiresAt: string) => void;
  /** Called after a change, with what to say. */
  onDone: (message: string) => void;
}

/** One member: who they are, where they stand in words, and the steps the caller may take with them. */
export function MemberCard({ member, group, sentUntil, onSent, onDone }: MemberCardProps) {
  const { t, i18n } = useTranslation();
  const { abilities, name } = member;
  const clientId = group.client.id;
  const invite = useInviteMember(clientId);
  const activate = useActivate(clientId);
  const hasActions = Object.values(abilities).some(Boolean);

  // Awaited rather than given callbacks: the card may be gone by the time the answer is in (a member
  // who joined moves to the other list), and the section must still say what happened.
  const sendInvitation = async () => {
    activate.reset();
    try {
      const sent = await invite.mutateAsync(member.id);
      onSent(sent.expiresAt);
      onDone(t('groups.invite.sent', { name, date: formatMoment(sent.expiresAt, i18n.language) }));
    } catch {
      // Shown below the buttons, from the mutation's error.
    }
  };
  const makeActive = async () => {
    invite.reset();
    try {
      await activate.mutateAsync(member.id);
      onDone(t('groups.activate.done', { name }));
    } catch {
      // Shown below the buttons, from the mutation's error.
    }
  };

  return (
    <li className="card">
      <h4 className="card__title">{name}</h4>
      <p className="card__meta">{memberKindText(t, member)}</p>
      <p className="group-member__status">{memberStatusText(t, member, group.client.name, i18n.language)}</p>
      {sentUntil !== null && (
        <p className="card__meta">{t('groups.invite.sent', { name, date: formatMoment(sentUntil, i18n.language) })}</p>
      )}
      {hasActions && (
        <div className="group-actions">
          {abilities.approach && (
            <ActionPanel label={t('groups.approach.button', { name })} title={t('groups.approach.title', { name })} level={5}>
              {(close) => <ApproachForm member={member} group={group} onCancel={() => close()} onDone={done(close, onDone)} />}
            </ActionPanel>
          )}
          {abilities.invite && (
            <div className="group-invite">
              <p className="card__meta">{t('groups.invite.explain', { name })}</p>
              <BusyButton variant="quiet" isPending={invite.isPending} onPress={() => void sendInvitation()}>
                {t(sentUntil === null ? 'groups.invite.button' : 'groups.invite.again', { name })}
              </BusyButton>
            </div>
          )}
          {abilities.recordAnswer && (
            <ActionPanel label={t('groups.answer.button', { name })} title={t('groups.answer.title', { name })} level={5}>
              {(close) => (
                <AnswerForm member={member} clientId={clientId} onCancel={() => close()} onDone={done(close, onDone)} />
              )}
            </ActionPanel>
          )}
          {abilities.activate && (
            <BusyButton variant="primary" isPending={activate.isPending} onPress={() => void makeActive()}>
              {t('groups.activate.button', { name })}
            </BusyButton>
          )}
          {abilities.leave && <LeavePanel member={member} group={group} onDone={onDone} />}
        </div>
      )}
      {invite.isError && <ProblemAlert error={invite.error} />}
      {activate.isError && <ProblemAlert error={activate.error} />}
    </li>
  );
}

/** After a success the panel closes without taking focus back: the section's heading takes it. */
const done =
  (close: (returnFocus?: boolean) => void, onDone: (message: string) => void) =>
  (message: string): void => {
    close(false);
    onDone(message);
  };

function LeavePanel({ member, group, onDone }: { member: Member; group: Group; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const nominee = member.status === 'nominated';
  const name = member.name;
  return (
    <ActionPanel
      label={t(nominee ? 'groups.leave.buttonNominee' : 'groups.leave.button', { name })}
      title={t(nominee ? 'groups.leave.titleNominee' : 'groups.leave.title', { name })}
      level={5}
    >
      {(close) => <LeaveForm member={member} group={group} onCancel={() => close()} onDone={done(close, onDone)} />}
    </ActionPanel>
  );
}
