import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Questionnaire } from '../../../shared/evaluations.js';
import { isApiError } from '../../app/http.js';
import { useCurrentMe } from '../../app/me-context.js';
import { paths } from '../../app/paths.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useQuestionnaire, useSendResponse } from './api.js';
import { useEvaluationParams } from './evaluation-params.js';
import { formatDay, formatMomentDay } from './evaluation-words.js';
import { useEvaluationsVisible } from './EvaluationLinks.js';
import { QuestionnaireForm } from './QuestionnaireForm.js';
import './evaluations.css';

/**
 * The caller's own questionnaire in a round, made for a phone first: the instrument's questions, the
 * consent questions, send. Once sent, a thank-you; already answered or closed, it says so and shows
 * no form. Mails link here.
 */
export function QuestionnairePage() {
  const { t } = useTranslation();
  const { clientId, roundId, own } = useEvaluationParams();
  const query = useQuestionnaire(clientId, roundId);
  // Sending refreshes the questionnaire, which then says "already answered"; the thank-you comes first.
  const [sent, setSent] = useState(false);
  const questionnaire = query.data;

  return (
    <div className="questionnaire-page">
      <PageHeading documentTitle={t('evaluations.questionnaire.title')}>
        {questionnaire?.instrument.title ?? t('evaluations.questionnaire.title')}
      </PageHeading>
      {questionnaire && (
        <p className="evaluations-kicker">
          {own
            ? t('evaluations.questionnaire.kickerOwn')
            : t('evaluations.questionnaire.kickerOf', { name: questionnaire.client.name })}
        </p>
      )}
      {query.isPending && <Loading />}
      {query.isError && <QuestionnaireLoadProblem error={query.error} />}
      {questionnaire &&
        (sent ? (
          <Thanks questionnaire={questionnaire} />
        ) : (
          <QuestionnaireView clientId={clientId} questionnaire={questionnaire} onSent={() => setSent(true)} />
        ))}
      {!sent && <WayOut clientId={clientId} />}
    </div>
  );
}

function QuestionnaireLoadProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (isApiError(error) && error.status === 403) return <p>{t('evaluations.questionnaire.notAsked')}</p>;
  if (isApiError(error) && error.status === 404) return <p>{t('evaluations.questionnaire.notFound')}</p>;
  return <ProblemAlert error={error} />;
}

interface QuestionnaireViewProps {
  clientId: string;
  questionnaire: Questionnaire;
  onSent: () => void;
}

function QuestionnaireView({ clientId, questionnaire, onSent }: QuestionnaireViewProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const send = useSendResponse(clientId, questionnaire.round.id);
  if (questionnaire.answeredAt !== null)
    return (
      <p className="evaluation-box">
        {t('evaluations.questionnaire.alreadyAnswered', { date: formatMomentDay(questionnaire.answeredAt, language) })}
      </p>
    );
  if (!questionnaire.round.open) return <p className="evaluation-box">{t('evaluations.questionnaire.closed')}</p>;
  return (
    <>
      <div className="questionnaire-intro">
        <p>{t('evaluations.questionnaire.until', { date: formatDay(questionnaire.round.closesOn, language) })}</p>
        <p>{t('evaluations.questionnaire.private')}</p>
      </div>
      <QuestionnaireForm questionnaire={questionnaire} send={send} onSent={onSent} />
    </>
  );
}

/** After sending: thanks, when the results come, and the way on; focus moves here from the gone form. */
function Thanks({ questionnaire }: { questionnaire: Questionnaire }) {
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
      <p>{t('evaluations.questionnaire.thanksResults', { date: formatDay(questionnaire.round.closesOn, i18n.language) })}</p>
      <WayOut clientId={questionnaire.client.id} />
    </section>
  );
}

/** The group's evaluation page when the reader may open it, and home. */
function WayOut({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const evaluations = useEvaluationsVisible(clientId, me.role === 'relative');
  return (
    <ul className="link-list section">
      {evaluations && (
        <li>
          <Link to={paths.evaluations(clientId)}>{t('evaluations.links.toList')}</Link>
        </li>
      )}
      <li>
        <Link to={paths.home}>{t('evaluations.links.home')}</Link>
      </li>
    </ul>
  );
}
