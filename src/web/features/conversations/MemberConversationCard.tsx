import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationOverview } from '../../../shared/conversations.js';
import { ConversationForm } from './ConversationForm.js';
import { formatDay } from './format.js';
import { RecordView } from './RecordView.js';
import { SharingControls } from './SharingControls.js';

type OverviewMember = ConversationOverview['members'][number];
const knownStatuses = ['approached', 'conversation_held', 'active'] as const;
type KnownStatus = (typeof knownStatuses)[number];
const isKnownStatus = (status: string): status is KnownStatus => (knownStatuses as readonly string[]).includes(status);

interface MemberConversationCardProps {
  clientId: string;
  clientName: string;
  member: OverviewMember;
  /** The coordinator: records, corrects and asks about sharing. Everyone else reads. */
  canRecord: boolean;
  /** The client sees neither the member's status nor whether a conversation was held. */
  showStatus: boolean;
}

/** One member: their name, where they are, whether their conversation was held, and the record. */
export function MemberConversationCard({ clientId, clientName, member, canRecord, showStatus }: MemberConversationCardProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState('');
  const savedRef = useRef<HTMLParagraphElement>(null);
  const { conversation } = member;

  const onSaved = (message: string) => {
    setOpen(false);
    setSaved(message);
    // The form is gone, and focus with it: the message takes it, and is read out.
    savedRef.current?.focus();
  };

  return (
    <article className="conversation-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="conversation-card__name">
        {member.name}
      </h2>
      {showStatus && (
        <ul className="conversation-card__meta">
          {isKnownStatus(member.status) && (
            <li>{t('conversations.member.statusLabel', { status: t(`conversations.member.status.${member.status}`) })}</li>
          )}
          <li>
            {conversation
              ? t('conversations.member.held', { date: formatDay(conversation.heldOn, i18n.language) })
              : t('conversations.member.notHeld')}
          </li>
        </ul>
      )}
      {conversation && <RecordView conversation={conversation} />}
      <p ref={savedRef} tabIndex={-1} role="status" className={saved === '' ? 'form-status' : 'form-status form-status--success'}>
        {saved}
      </p>
      {canRecord && (
        <>
          <button
            type="button"
            className="button"
            aria-expanded={open}
            aria-controls={formId}
            onClick={() => {
              setSaved('');
              setOpen(!open);
            }}
          >
            {t(conversation ? 'conversations.form.edit' : 'conversations.form.open', { name: member.name })}
          </button>
          <div id={formId}>
            {open && (
              <ConversationForm
                clientId={clientId}
                memberId={member.memberId}
                memberName={member.name}
                clientName={clientName}
                conversation={conversation}
                onSaved={onSaved}
              />
            )}
          </div>
          {conversation && (
            <SharingControls
              clientId={clientId}
              clientName={clientName}
              memberId={member.memberId}
              memberName={member.name}
              conversation={conversation}
              answersInRegie={member.answersInRegie}
            />
          )}
        </>
      )}
    </article>
  );
}
