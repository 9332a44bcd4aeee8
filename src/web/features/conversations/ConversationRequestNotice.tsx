import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths.js';
import { useMyConversation } from './api.js';
import './conversations.css';

/**
 * For a relative's home page: says so when the coordinator asked whether the client may read the
 * record of the relative's conversation, and leads to it. Shows nothing otherwise, nor on a failure
 * (the page it sits on has its own work to do).
 */
export function ConversationRequestNotice({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const mine = useMyConversation(clientId);
  if (mine.data?.conversation?.sharing !== 'asked') return null;
  return (
    <section aria-labelledby={titleId} className="conversation-notice">
      <h2 id={titleId} className="conversation-notice__title">
        {t('conversations.notice.title')}
      </h2>
      <p>{t('conversations.notice.text', { client: mine.data.client.name })}</p>
      <p>
        <Link to={paths.myConversation(clientId)}>{t('conversations.notice.link')}</Link>
      </p>
    </section>
  );
}
