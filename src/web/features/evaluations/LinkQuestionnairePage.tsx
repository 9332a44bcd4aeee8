import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseBody } from '../../../shared/evaluations.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useLinkToken } from '../invitations/index.js';
import { useLinkQuestionnaire, useSendLinkResponse } from './api.js';
import { formatDay, formatMomentDay } from './evaluation-words.js';
import { isInvalidEvaluationLink, linkLocale, linkPageView } from './link-questionnaire.js';
import { QuestionnaireForm, type ResponseSender } from './QuestionnaireForm.js';
import './evaluations.css';

/**
 * Opened from the personal link mailed to a group member without an account: the secret in the
 * address's #fragment is read once and removed from the address bar at once, then sent in a body.
 * The same questionnaire form as signed in; after sending a thank-you, and no way into Regie's own
 * pages (the person has no account). The language switch asks the questionnaire again in that language.
 */
export function LinkQuestionnairePage() {
  const { t, i18n } = useTranslation();
  const token = useLinkToken();
  const query = useLinkQuestionnaire(token, linkLocale(i18n.language));
  const [sent, setSent] = useState(false);
  const [gone, setGone] = useState(false);
  const questionnaire = query.data;
  const view = linkPageView({ hasToken: token !== null, error: query.error, gone, sent, questionnaire });

  if (view === 'missing' || view === 'invalid')
    return (
      <div className="questionnaire-page">
        <PageHeading documentTitle={t('evaluations.link.invalidTitle')}>{t('evaluations.link.invalidTitle')}</PageHeading>
        <p>{t(view === 'missing' ? 'evaluations.link.missing' : 'evaluations.link.invalid')}</p>
        <p>{t('evaluations.link.askInviter')}</p>
      </div>
    );

  return (
    <div className="questionnaire-page">
      <PageHeading documentTitle={t('evaluations.questionnaire.title')}>
        {questionnaire?.instrument.title ?? t('evaluations.questionnaire.title')}
      </PageHeading>
      {questionnaire && (
        <p className="evaluations-kicker">{t('evaluations.questionnaire.kickerOf', { name: questionnaire.client.name })}</p>
      )}
      {view === 'loading' && <Loading />}
      {view === 'problem' && <ProblemAlert error={query.error} />}
      {view === 'thanks' && questionnaire && <LinkThanks closesOn={questionnaire.round.closesOn} />}
      {view === 'answered' && questionnaire?.answeredAt && (
        <p className="evaluation-box">
          {t('evaluations.questionnaire.alreadyAnswered', { date: formatMomentDay(questionnaire.answeredAt, i18n.language) })}
        </p>
      )}
      {view === 'closed' && <p className="evaluation-box">{t('evaluations.questionnaire.closed')}</p>}
      {view === 'form' && questionnaire && token !== null && (
        <>
          <div className="questionnaire-intro">
            <p>{t('evaluations.questionnaire.until', { date: formatDay(questionnaire.round.closesOn, i18n.language) })}</p>
            <p>{t('evaluations.questionnaire.private')}</p>
            <p>{t('evaluations.link.once')}</p>
          </div>
          <LinkForm token={token} questionnaire={questionnaire} onSent={() => setSent(true)} onGone={() => setGone(true)} />
        </>
      )}
    </div>
  );
}

interface LinkFormProps {
  token: string;
  questionnaire: NonNullable<ReturnType<typeof useLinkQuestionnaire>['data']>;
  onSent: () => void;
  onGone: () => void;
}

/** The shared form, sending with the link; a link found gone on sending turns the page into its explanation. */
function LinkForm({ token, questionnaire, onSent, onGone }: LinkFormProps) {
  const send = useSendLinkResponse(token);
  const sender: ResponseSender = {
    isPending: send.isPending,
    mutateAsync: async (body: ResponseBody) => {
      try {
        return await send.mutateAsync(body);
      } catch (error) {
        if (isInvalidEvaluationLink(error)) onGone();
        throw error;
      }
    },
  };
  return <QuestionnaireForm questionnaire={questionnaire} send={sender} onSent={onSent} />;
}

/** After sending: thanks and when the group sees the results; focus moves here from the gone form. */
function LinkThanks({ closesOn }: { closesOn: string }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <section aria-labelledby={titleId} className="section questionnaire-thanks evaluation-box evaluation-box--brand">
      <h2 ref={ref} id={titleId} tabIndex={-1}>
        {t('evaluations.questionnaire.thanksTitle')}
      </h2>
      <p>{t('evaluations.questionnaire.thanks')}</p>
      <p>{t('evaluations.questionnaire.thanksResults', { date: formatDay(closesOn, i18n.language) })}</p>
      <p>{t('evaluations.link.thanksClose')}</p>
    </section>
  );
}
