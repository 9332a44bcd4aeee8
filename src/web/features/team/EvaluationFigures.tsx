import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { respondentTypes, teamMinimumRespondents } from '../../../domain/evaluations.js';
import type { TeamFigures } from '../../../shared/team.js';
import { Empty } from './Empty.js';
import { formatDecimal, formatNumber, formatShare, quarterName, scaleName } from './numbers.js';
import { TableScroll } from './StatisticsTables.js';
import { respondentTypeName } from './team-words.js';

type Evaluation = TeamFigures['evaluation'];
type Average = { mean: number | null; n: number };

/**
 * The team's evaluation over its groups: which rounds count and why some do not, how many answered,
 * the mean per theme overall and per respondent type, and the same per quarter. Never a single
 * group's round, nor anything of one person: the server leaves out rounds with too few respondents.
 */
export function EvaluationFigures({ evaluation }: { evaluation: Evaluation }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const { rounds, roundsLeftOut, responseRate } = evaluation;
  return (
    <section aria-labelledby={titleId} className="section">
      <h2 id={titleId}>{t('team.figures.evaluation.title')}</h2>
      <p>{t('team.figures.evaluation.rounds', { count: rounds })}</p>
      {roundsLeftOut > 0 && <p>{t('team.figures.evaluation.leftOut', { count: roundsLeftOut })}</p>}
      <p className="team-note">{t('team.figures.evaluation.whyLeftOut', { minimum: teamMinimumRespondents })}</p>
      <p>
        {responseRate.share === null
          ? t('team.figures.evaluation.responseNone')
          : t('team.figures.evaluation.response', {
              answered: formatNumber(responseRate.answered, i18n.language),
              asked: formatNumber(responseRate.asked, i18n.language),
              share: formatShare(responseRate.share, i18n.language),
            })}
      </p>
      {rounds > 0 && (
        <>
          <AveragesTable evaluation={evaluation} />
          <OverTimeTable evaluation={evaluation} />
        </>
      )}
    </section>
  );
}

/** A mean with the number of respondents it is over: "3,8 (n = 12)". */
function Mean({ average }: { average: Average | undefined }) {
  const { t, i18n } = useTranslation();
  if (average === undefined || average.mean === null) return <Empty />;
  return (
    <>
      {t('team.figures.evaluation.mean', {
        mean: formatDecimal(average.mean, i18n.language),
        n: formatNumber(average.n, i18n.language),
      })}
    </>
  );
}

/** The scale's name with its range, so that a mean can be read: "Gehoord worden (1–5)". */
function ScaleHeader({ scale }: { scale: Evaluation['scales'][number] }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {scaleName(t, scale)}{' '}
      <span className="stats-table__range">
        {t('team.figures.evaluation.range', {
          min: formatNumber(scale.min, i18n.language),
          max: formatNumber(scale.max, i18n.language),
        })}
      </span>
    </>
  );
}

function AveragesTable({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useTranslation();
  const captionId = useId();
  return (
    <TableScroll labelledBy={captionId}>
      <table className="stats-table">
        <caption id={captionId} className="stats-table__caption">
          {t('team.figures.evaluation.averagesCaption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('team.figures.evaluation.theme')}</th>
            <th scope="col">{t('team.figures.evaluation.overall')}</th>
            {respondentTypes.map((type) => (
              <th key={type} scope="col">
                {respondentTypeName(t, type)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {evaluation.scales.map((scale) => {
            const average = evaluation.averages.find((a) => a.scaleId === scale.id);
            return (
              <tr key={scale.id}>
                <th scope="row">
                  <ScaleHeader scale={scale} />
                </th>
                <td className="stats-table__number">
                  <Mean average={average?.overall} />
                </td>
                {respondentTypes.map((type) => (
                  <td key={type} className="stats-table__number">
                    <Mean average={average?.byType.find((b) => b.respondentType === type)} />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

function OverTimeTable({ evaluation }: { evaluation: Evaluation }) {
  const { t, i18n } = useTranslation();
  const captionId = useId();
  if (evaluation.overTime.length === 0) return null;
  return (
    <TableScroll labelledBy={captionId}>
      <table className="stats-table">
        <caption id={captionId} className="stats-table__caption">
          {t('team.figures.evaluation.overTimeCaption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('team.figures.evaluation.quarter')}</th>
            <th scope="col">{t('team.figures.evaluation.roundsColumn')}</th>
            <th scope="col">{t('team.figures.evaluation.responseColumn')}</th>
            {evaluation.scales.map((scale) => (
              <th key={scale.id} scope="col">
                <ScaleHeader scale={scale} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {evaluation.overTime.map((period) => (
            <tr key={period.period}>
              <th scope="row">{quarterName(t, period.period)}</th>
              <td className="stats-table__number">{formatNumber(period.rounds, i18n.language)}</td>
              <td className="stats-table__number">
                {period.responseRate.share === null ? <Empty /> : formatShare(period.responseRate.share, i18n.language)}
              </td>
              {evaluation.scales.map((scale) => (
                <td key={scale.id} className="stats-table__number">
                  <Mean average={period.averages.find((a) => a.scaleId === scale.id)?.overall} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
