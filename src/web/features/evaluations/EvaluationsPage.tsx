import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EvaluationList, RoundSummary } from '../../../shared/evaluations.js';
import { isApiError } from '../../app/http.js';
import { paths } from '../../app/paths.js';
import { Loading } from '../../components/Loading.js';
import { Notice, useNotice } from '../../components/notice.js';
import { PageHeading } from '../../components/PageHeading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useEvaluations } from './api.js';
import { CloseRound } from './CloseRound.js';
import { useEvaluationParams } from './evaluation-params.js';
import { formatDay, formatMomentDay } from './evaluation-words.js';
import { OpenRoundSection } from './OpenRoundSection.js';
import { RoundProgress } from './RoundProgress.js';
import { TrendSection } from './TrendSection.js';
import { WayBack } from './WayBack.js';
import './evaluations.css';

/**
 * The group's evaluation on the R-MET themes (PRODUCT.md §7): what it is, the round going on now and
 * how far it is, starting a new one (the client and their coordinator), earlier rounds with their
 * results, and how the results changed over the rounds.
 */
export function EvaluationsPage() {
  const { t } = useTranslation();
  const { clientId, own } = useEvaluationParams();
  const query = useEvaluations(clientId);
  const list = query.data;

  return (
    <div className="evaluations-page">
      <PageHeading documentTitle={t('evaluations.list.documentTitle')}>{t('evaluations.list.title')}</PageHeading>
      <div className="evaluations-intro">
        <p>{t('evaluations.list.introWhat')}</p>
        <p>{t('evaluations.list.introNoTest')}</p>
        <p>{t('evaluations.list.introPrivate')}</p>
      </div>
      {query.isPending && <Loading />}
      {query.isError && <EvaluationsLoadProblem error={query.error} own={own} />}
      {list && <EvaluationsView clientId={clientId} list={list} />}
      <WayBack clientId={clientId} />
    </div>
  );
}

/** No group, or the results not shared with the reader, said in words; anything else as it comes. */
function EvaluationsLoadProblem({ error, own }: { error: unknown; own: boolean }) {
  const { t } = useTranslation();
  if (isApiError(error) && error.status === 404)
    return <p>{own ? t('evaluations.list.notFoundOwn') : t('evaluations.list.notFound')}</p>;
  return <ProblemAlert error={error} />;
}

function EvaluationsView({ clientId, list }: { clientId: string; list: EvaluationList }) {
  // What the page says after an action here; focus goes to it, as the button pressed is gone.
  const { ref, message, announce } = useNotice<HTMLDivElement>();
  const current = list.rounds.find((round) => round.open) ?? null;
  const earlier = list.rounds
    .filter((round) => !round.open)
    .sort((a, b) => (a.openedAt < b.openedAt ? 1 : a.openedAt > b.openedAt ? -1 : 0));

  return (
    <>
      <div ref={ref} tabIndex={-1}>
        <Notice message={message} />
      </div>
      <CurrentRound clientId={clientId} round={current} mayClose={list.abilities.close} onClosed={announce} />
      {(list.abilities.open || list.openBlocked !== null) && (
        <OpenRoundSection clientId={clientId} list={list} onOpened={announce} />
      )}
      {list.notAsked.length > 0 && <NotAsked names={list.notAsked.map((person) => person.name)} />}
      {earlier.some((round) => round.resultsReady) && <TrendSection clientId={clientId} />}
      <EarlierRounds clientId={clientId} rounds={earlier} />
    </>
  );
}

interface CurrentRoundProps {
  clientId: string;
  round: RoundSummary | null;
  mayClose: boolean;
  onClosed: (message: string) => void;
}

function CurrentRound({ clientId, round, mayClose, onClosed }: CurrentRoundProps) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="section">
      <h2 id={titleId}>{t('evaluations.current.title')}</h2>
      {round === null ? (
        <p>{t('evaluations.current.none')}</p>
      ) : (
        <div className="evaluation-box evaluation-box--brand">
          <RoundProgress clientId={clientId} round={round} level={3} />
          <p>
            <Link to={paths.evaluationRound(clientId, round.id)}>{t('evaluations.current.more')}</Link>
          </p>
          {mayClose && <CloseRound clientId={clientId} roundId={round.id} onClosed={onClosed} />}
        </div>
      )}
    </section>
  );
}

/** Members a round cannot reach, for the client and the coordinator to ask in another way. */
function NotAsked({ names }: { names: readonly string[] }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="section">
      <h2 id={titleId}>{t('evaluations.notAsked.title')}</h2>
      <p>{t('evaluations.notAsked.intro')}</p>
      <ul>
        {names.map((name, index) => (
          <li key={`${name}-${index}`}>{name}</li>
        ))}
      </ul>
    </section>
  );
}

function EarlierRounds({ clientId, rounds }: { clientId: string; rounds: readonly RoundSummary[] }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const language = i18n.language;
  return (
    <section aria-labelledby={titleId} className="section">
      <h2 id={titleId}>{t('evaluations.earlier.title')}</h2>
      {rounds.length === 0 ? (
        <p>{t('evaluations.earlier.none')}</p>
      ) : (
        <ul className="card-list">
          {rounds.map((round) => (
            <li key={round.id} className="card evaluation-card">
              <h3 className="evaluation-card__title">
                <Link to={paths.evaluationRound(clientId, round.id)}>
                  {t('evaluations.earlier.item', { date: formatMomentDay(round.openedAt, language) })}
                </Link>
              </h3>
              <p className="card__meta">
                {t('evaluations.earlier.closedOn', {
                  date: round.closedAt !== null ? formatMomentDay(round.closedAt, language) : formatDay(round.closesOn, language),
                })}
              </p>
              <p className="card__meta">
                {t('evaluations.earlier.answered', { answered: round.progress.answered, count: round.progress.asked })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
