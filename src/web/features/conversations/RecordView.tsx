import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../../shared/conversations.js';
import { DetailList } from '../../components/DetailList.js';
import { formatDay, formatMomentDay } from './format.js';

/** A record, read only: the date, the themes in words, the notes as plain text, who wrote it. */
export function RecordView({ conversation }: { conversation: Conversation }) {
  const { t, i18n } = useTranslation();
  return (
    <DetailList
      details={[
        { term: t('conversations.record.heldOn'), value: formatDay(conversation.heldOn, i18n.language) },
        {
          term: t('conversations.record.themes'),
          value:
            conversation.themes.length === 0 ? (
              t('conversations.record.noThemes')
            ) : (
              <ul className="conversation-record__themes">
                {conversation.themes.map((theme) => (
                  <li key={theme}>{t(`conversations.themes.${theme}`)}</li>
                ))}
              </ul>
            ),
        },
        {
          term: t('conversations.record.notes'),
          // Free text: rendered as text, never as markup; line breaks kept.
          value:
            conversation.notes === '' ? (
              t('conversations.record.noNotes')
            ) : (
              <span className="conversation-record__notes">{conversation.notes}</span>
            ),
        },
        ...(conversation.recordedBy === null
          ? []
          : [
              {
                term: t('conversations.record.recordedBy'),
                value: `${conversation.recordedBy}. ${t('conversations.record.updatedAt', { date: formatMomentDay(conversation.updatedAt, i18n.language) })}`,
              },
            ]),
      ]}
    />
  );
}
