import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RoundSummary } from '../../../shared/evaluations.js';
import { isApiError } from '../../app/http.js';
import { paths } from '../../app/paths.js';
import { Loading } from '../../components/Loading.js';
import { Notice, useNotice } from '../../components/notice.js';
import { PageHeading } from '../../components/PageHeading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useEvaluationRound, useEvaluations, useRoundResults } from './api.js';
import { CloseRound } from './CloseRound.js';
import { useEvaluationParams } from './evaluation-params.js';
import { formatDay, formatMomentDay, meetingLine } from './evaluation-words.js';
import { RoundProgress } from './RoundProgress.js';
import { RoundResults } from './RoundResults.js';
import { WayBack } from './WayBack.js';
import './evaluations.css';

/**
 * One round: while it is open, how far it is (who answered, never what); once closed, its results
 * per theme and respondent type, to talk about at the meeting it was held for.
 */
export function EvaluationRoundPage() {
  const { t, i18n } = useTranslation();
  const { clientId, roundId, own } = useEvaluationParams();
  const query = useEvaluationRound(clientId, roundId);
  const round = query.data;
  const title = round
    ? t('evaluations.round.title', { date: formatMomentDay(round.openedAt, i18n.language) })
    : t('evaluations.round.fallbackTitle');

  return (
    <div className="evaluations-page">
      <PageHeading>{title}</PageHeading>
      {query.isPending && <Loading />}
      {query.isError && <RoundLoadProblem error={query.error} />}
      {round && <RoundView clientId={clientId} round={round} own={own} />}
      <p className="section">
        <Link to={paths.evaluations(clientId)}>{t('evaluations.links.toList')}</Link>
      </p>
      <WayBack clientId={clientId} />
    </div>
  );
}

function RoundLoadProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (isApiError(error) && (error.status === 404 || error.status === 403)) return <p>{t('evaluations.round.notFound')}</p>;
  return <ProblemAlert error={error} />;
}

function RoundView({ clientId, round, own }: { clientId: string; round: RoundSummary; own: boolean }) {
  const { t, i18n } = useTranslation();
  const progressId = useId();
  const { ref, message, announce } = useNotice<HTMLDivElement>();
  // Who may close a round comes with the list of rounds; read from its cache when it is there.
  const list = useEvaluations(clientId, round.open);

  if (round.open) {
    return (
      <>
        <div ref={ref} tabIndex={-1}>
          <Notice message={message} />
          <p className="evaluation-box evaluation-box--brand">
            {t('evaluations.round.stillOpen', { date: formatDay(round.closesOn, i18n.language) })}
          </p>
        </div>
        <section aria-labelledby={progressId} className="section">
          <h2 id={progressId}>{t('evaluations.current.title')}</h2>
          <RoundProgress clientId={clientId} round={round} level={3} />
          {list.data?.abilities.close === true && (
            <CloseRound clientId={clientId} roundId={round.id} onClosed={(said) => announce(said)} />
          )}
        </section>
      </>
    );
  }
  return (
    <>
      <div ref={ref} tabIndex={-1}>
        <Notice message={message} />
        <p className="evaluation-box">
          {round.closedAt !== null
            ? t('evaluations.round.closedOn', { date: formatMomentDay(round.closedAt, i18n.language) })
            : t('evaluations.round.closedAfter', { date: formatDay(round.closesOn, i18n.language) })}
        </p>
      </div>
      <p>{t('evaluations.progress.total', { answered: round.progress.answered, count: round.progress.asked })}</p>
      {round.resultsReady ? (
        <ClosedRound clientId={clientId} round={round} own={own} />
      ) : (
        <p>{t('evaluations.round.notForYou')}</p>
      )}
    </>
  );
}

function ClosedRound({ clientId, round, own }: { clientId: string; round: RoundSummary; own: boolean }) {
  const { t, i18n } = useTranslation();
  const discussId = useId();
  const results = useRoundResults(clientId, round.id);
  return (
    <>
      {results.isPending && <Loading />}
      {results.isError && <ProblemAlert error={results.error} />}
      {results.data && <RoundResults results={results.data} own={own} />}
      <section aria-labelledby={discussId} className="section evaluation-discuss">
        <h2 id={discussId}>{t('evaluations.results.discuss.title')}</h2>
        <p>{t('evaluations.results.discuss.text')}</p>
        {round.meeting !== null && (
          <p>
            <Link to={paths.meeting(clientId, round.meeting.id)}>
              {t('evaluations.results.discuss.meeting', meetingLine(t, round.meeting, i18n.language))}
            </Link>
          </p>
        )}
      </section>
    </>
  );
}
