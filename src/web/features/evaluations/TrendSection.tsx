import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RespondentType } from '../../../domain/evaluations.js';
import type { EvaluationTrend } from '../../../shared/evaluations.js';
import { isApiError } from '../../app/http.js';
import { Loading } from '../../components/Loading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useEvaluationTrend } from './api.js';
import { markerPath, trendBox, trendGeometry } from './chart.js';
import { formatDay, formatScore, formatShortDay, scaleName, typeName } from './evaluation-words.js';
import { meanOf, trendRounds, trendTypes, type TrendScale } from './trend-data.js';
import { TableRegion } from './TableRegion.js';

/**
 * The results of every closed round, per theme: a line per respondent type, from old to new. The
 * picture names its latest values; the numbers themselves are in a table under it. Only for those
 * who may read the results (the team outside the group sees figures over groups elsewhere).
 */
export function TrendSection({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const query = useEvaluationTrend(clientId);
  // Refused (a team professional outside the group): the page does without, as it does without results.
  if (query.isError && isApiError(query.error) && (query.error.status === 403 || query.error.status === 404)) return null;
  if (query.data?.rounds.length === 0) return null;
  return (
    <section aria-labelledby={titleId} className="section evaluation-trend">
      <h2 id={titleId}>{t('evaluations.trend.title')}</h2>
      {query.isPending && <Loading />}
      {query.isError && <ProblemAlert error={query.error} />}
      {query.data && <TrendView trend={query.data} />}
    </section>
  );
}

function TrendView({ trend }: { trend: EvaluationTrend }) {
  const { t } = useTranslation();
  if (trend.rounds.length === 1) return <p>{t('evaluations.trend.onlyOne')}</p>;
  const types = trendTypes(trend);
  return (
    <>
      <p>{t('evaluations.trend.intro')}</p>
      <Legend types={types} />
      {trend.scales.map((scale) => (
        <ThemeTrend key={scale.id} trend={trend} scale={scale} types={types} />
      ))}
    </>
  );
}

/** What each line looks like: its mark and its dash, besides its colour. */
function Legend({ types }: { types: readonly RespondentType[] }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <div className="trend-legend">
      <p id={titleId} className="trend-legend__title">
        {t('evaluations.trend.legend')}
      </p>
      <ul aria-labelledby={titleId} className="trend-legend__list">
        {types.map((type) => (
          <li key={type} className="trend-legend__item">
            <svg viewBox="0 0 40 16" className="trend-legend__sample" aria-hidden="true" focusable="false">
              <path d="M2 8 H38" className={`trend-line trend-line--${type}`} />
              <path d={markerPath(type, 20, 8)} className={`trend-mark trend-mark--${type}`} />
            </svg>
            {typeName(t, type)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function ThemeTrend({ trend, scale, types }: { trend: EvaluationTrend; scale: TrendScale; types: readonly RespondentType[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const theme = scaleName(t, scale);
  const rounds = trendRounds(trend, scale.id);
  const geometry = trendGeometry(rounds, types, scale);
  const last = rounds.at(-1);
  const values = types.flatMap((type) => {
    const score = last?.means[type];
    return score === undefined
      ? []
      : [t('evaluations.trend.value', { type: typeName(t, type), score: formatScore(score, language) })];
  });
  const summary =
    values.length === 0
      ? t('evaluations.trend.summaryNone', { theme })
      : t('evaluations.trend.summary', { theme, values: values.join(', ') });

  return (
    <div className="trend-theme">
      <h3>{theme}</h3>
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${trendBox.width} ${trendBox.height}`}
        className="trend-chart"
        focusable="false"
      >
        {geometry.grid.map((line) => (
          <g key={line.score}>
            <line x1={trendBox.left} x2={trendBox.width - trendBox.right} y1={line.y} y2={line.y} className="trend-chart__grid" />
            <text x={trendBox.left - 6} y={line.y} dy="0.35em" textAnchor="end" className="trend-chart__axis">
              {formatScore(line.score, language).replace(/[.,]0$/, '')}
            </text>
          </g>
        ))}
        {geometry.series.map((series) => (
          <g key={series.type}>
            <path d={series.path} className={`trend-line trend-line--${series.type}`} />
            {series.points.map((point) => (
              <path
                key={point.closedOn}
                d={markerPath(series.type, point.x, point.y)}
                className={`trend-mark trend-mark--${series.type}`}
              />
            ))}
          </g>
        ))}
        {geometry.dayLabels.map((label) => (
          <text
            key={`${label.anchor}-${label.day}`}
            x={label.x}
            y={trendBox.height - 8}
            textAnchor={label.anchor}
            className="trend-chart__axis"
          >
            {formatShortDay(label.day, language)}
          </text>
        ))}
      </svg>
      <details className="evaluation-table">
        <summary>{t('evaluations.trend.showTable', { theme })}</summary>
        <TableRegion caption={t('evaluations.trend.caption', { theme })}>
          <thead>
            <tr>
              <th scope="col">{t('evaluations.trend.round')}</th>
              {types.map((type) => (
                <th key={type} scope="col">
                  {typeName(t, type)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {trend.rounds.map((entry) => (
              <tr key={entry.id}>
                <th scope="row">{formatDay(entry.closedOn, language)}</th>
                {types.map((type) => {
                  const result = entry.byType.find((candidate) => candidate.respondentType === type);
                  const mean = result ? meanOf(result, scale.id) : null;
                  let cell = t('evaluations.trend.notShown');
                  if (result?.shown === true) cell = mean === null ? t('evaluations.noScore') : formatScore(mean, language);
                  return <td key={type}>{cell}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </TableRegion>
      </details>
    </div>
  );
}
