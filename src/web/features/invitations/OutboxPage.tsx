import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outbox } from '../../../shared/invitations.js';
import { isApiError } from '../../app/http.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useOutbox, useOutboxStatus } from './api.js';
import { formatMoment } from './format.js';
import './invitations.css';

/** The mail Regie kept instead of sending it (demo, no SMTP server), so that demo users can open their links. */
export function OutboxPage() {
  const { t } = useTranslation();
  const status = useOutboxStatus();
  const enabled = status.data?.enabled === true;
  const outbox = useOutbox(enabled);
  const off = status.data?.enabled === false || (isApiError(outbox.error) && outbox.error.status === 404);

  return (
    <>
      <PageHeading>{t('outbox.title')}</PageHeading>
      {(status.isPending || (enabled && outbox.isPending)) && <Loading />}
      {status.isError && <ProblemAlert error={status.error} />}
      {off && <p>{t('outbox.off')}</p>}
      {!off && outbox.isError && <ProblemAlert error={outbox.error} />}
      {!off && outbox.data && (
        <>
          <p>{t('outbox.intro')}</p>
          <button type="button" className="button button--quiet" onClick={() => void outbox.refetch()}>
            {t('outbox.refresh')}
          </button>
          <Messages messages={outbox.data.messages} />
        </>
      )}
    </>
  );
}

function Messages({ messages }: { messages: Outbox['messages'] }) {
  const { t } = useTranslation();
  if (messages.length === 0) return <p className="outbox-message">{t('outbox.empty')}</p>;
  return (
    <ul className="card-list outbox-message">
      {messages.map((message) => (
        <Message key={message.id} message={message} />
      ))}
    </ul>
  );
}

function Message({ message }: { message: Outbox['messages'][number] }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  return (
    <li className="card">
      <article aria-labelledby={titleId}>
        <h2 id={titleId} className="outbox-message__title">
          {message.subject}
        </h2>
        <p className="card__meta">{t('outbox.to', { to: message.to })}</p>
        <p className="card__meta">{t('outbox.sentAt', { date: formatMoment(message.createdAt, i18n.language) })}</p>
        <p className="outbox-message__text">{withLinks(message.text)}</p>
      </article>
    </li>
  );
}

const webAddress = /(https?:\/\/[^\s<>"']+)/g;

/** The mail's text as text, with its web addresses made into links (never rendered as HTML). */
function withLinks(text: string): ReactNode[] {
  return text.split(webAddress).map((part, index) =>
    index % 2 === 1 ? (
      <a key={index} href={part}>
        {part}
      </a>
    ) : (
      part
    ),
  );
}
