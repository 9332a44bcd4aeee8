import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Conversation } from '../../../shared/conversations.js';
import { isApiError } from '../../app/http.js';
import { paths } from '../../app/paths.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useAnswerMyConversation, useMyConversation } from './api.js';
import { ChoiceButton } from './ChoiceButton.js';
import { ConversationProblem } from './ConversationProblem.js';
import { RecordView } from './RecordView.js';
import './conversations.css';

/** For a member: the record of their own conversation, once the coordinator asked whether the client may read it. */
export function MyConversationPage() {
  const { t } = useTranslation();
  const { clientId = '' } = useParams();
  const mine = useMyConversation(clientId);
  const client = mine.data?.client.name ?? '';
  return (
    <>
      <PageHeading>{t('conversations.mine.title')}</PageHeading>
      {mine.isPending && <Loading />}
      {mine.isError &&
        (isApiError(mine.error) && mine.error.status === 404 ? (
          <p>{t('conversations.mine.notMember')}</p>
        ) : (
          <ProblemAlert error={mine.error} />
        ))}
      {mine.data?.conversation === null && <p>{t('conversations.mine.nothing', { client })}</p>}
      {mine.data?.conversation && <OwnRecord clientId={clientId} client={client} conversation={mine.data.conversation} />}
      <p className="section">
        <Link to={paths.home}>{t('conversations.mine.home')}</Link>
      </p>
    </>
  );
}

function OwnRecord({ clientId, client, conversation }: { clientId: string; client: string; conversation: Conversation }) {
  const { t } = useTranslation();
  const questionId = useId();
  const answer = useAnswerMyConversation(clientId);
  const [saved, setSaved] = useState('');

  const choose = (agree: boolean) => {
    setSaved('');
    answer.reset();
    answer.mutate(agree, {
      onSuccess: () => setSaved(t(agree ? 'conversations.mine.saved.agreed' : 'conversations.mine.saved.declined', { client })),
    });
  };
  const state = conversation.sharing === 'agreed' || conversation.sharing === 'declined' ? conversation.sharing : 'asked';

  return (
    <>
      <p>{t('conversations.mine.intro', { client })}</p>
      <RecordView conversation={conversation} />
      <section aria-labelledby={questionId} className="conversation-sharing">
        <h2 id={questionId} className="conversation-sharing__title">
          {t('conversations.mine.question', { client })}
        </h2>
        <p>{t('conversations.mine.questionHelp')}</p>
        <ul>
          <li>{t('conversations.mine.yesMeans', { client })}</li>
          <li>{t('conversations.mine.noMeans', { client })}</li>
        </ul>
        <p>
          <strong>{t(`conversations.mine.answer.${state}`, { client })}</strong>
        </p>
        <div className="conversation-actions">
          <ChoiceButton isChosen={state === 'agreed'} isPending={answer.isPending} onPress={() => choose(true)}>
            {t('conversations.mine.yes', { client })}
          </ChoiceButton>
          <ChoiceButton isChosen={state === 'declined'} isPending={answer.isPending} onPress={() => choose(false)}>
            {t('conversations.mine.no')}
          </ChoiceButton>
        </div>
        <p role="status" className={saved === '' ? 'form-status' : 'form-status form-status--success'}>
          {saved}
        </p>
        {answer.isError && <ConversationProblem error={answer.error} />}
      </section>
    </>
  );
}
