import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conversation, ConversationSharingBody } from '../../../shared/conversations.js';
import { useConversationSharing } from './api.js';
import { ChoiceButton } from './ChoiceButton.js';
import { ConversationProblem } from './ConversationProblem.js';

interface SharingControlsProps {
  clientId: string;
  clientName: string;
  memberId: string;
  memberName: string;
  conversation: Conversation;
  /** The member can answer in Regie (a relative with an account). */
  answersInRegie: boolean;
}

/**
 * Whether the client may read the record: the state in words, and the coordinator's ways to change
 * it: ask the member in Regie, or record the answer they gave in person.
 */
export function SharingControls({
  clientId,
  clientName,
  memberId,
  memberName,
  conversation,
  answersInRegie,
}: SharingControlsProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const update = useConversationSharing(clientId, memberId);
  const [saved, setSaved] = useState('');
  const names = { name: memberName, client: clientName };

  const choose = (sharing: ConversationSharingBody['sharing']) => {
    setSaved('');
    update.reset();
    update.mutate({ sharing }, { onSuccess: () => setSaved(t(`conversations.sharing.saved.${sharing}`, names)) });
  };
  const pending = update.isPending;

  return (
    <section aria-labelledby={titleId} className="conversation-sharing">
      <h3 id={titleId} className="conversation-sharing__title">
        {t('conversations.sharing.title', names)}
      </h3>
      <p>
        <strong>{t(`conversations.sharing.state.${conversation.sharing}`, names)}</strong>
      </p>
      <p>{t(answersInRegie ? 'conversations.sharing.howInRegie' : 'conversations.sharing.howInPerson', names)}</p>
      <div className="conversation-actions">
        {answersInRegie && (
          <ChoiceButton isChosen={conversation.sharing === 'asked'} isPending={pending} onPress={() => choose('asked')}>
            {t('conversations.sharing.ask', names)}
          </ChoiceButton>
        )}
        <ChoiceButton isChosen={conversation.sharing === 'agreed'} isPending={pending} onPress={() => choose('agreed')}>
          {t('conversations.sharing.agreed', names)}
        </ChoiceButton>
        <ChoiceButton isChosen={conversation.sharing === 'declined'} isPending={pending} onPress={() => choose('declined')}>
          {t('conversations.sharing.declined', names)}
        </ChoiceButton>
      </div>
      {/* Next to the buttons, so that it is seen on a phone as well as heard. */}
      <p role="status" className={saved === '' ? 'form-status' : 'form-status form-status--success'}>
        {saved}
      </p>
      {update.isError && <ConversationProblem error={update.error} />}
    </section>
  );
}
