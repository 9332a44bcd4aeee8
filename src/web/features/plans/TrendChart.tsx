import { useTranslation } from 'react-i18next';
import { chartBox, chartGeometry } from './trend-chart.js';
import { formatDay, formatShortDay } from './words.js';

interface TrendChartProps {
  trend: readonly { date: string; score: number }[];
  /** The goal's text, to name the table of scores. */
  goalText: string;
}

/**
 * A goal's progress as a small line: the picture says in its name where it began and where it is
 * now, and the scores themselves are in a table to open, for whoever does not see the picture.
 */
export function TrendChart({ trend, goalText }: TrendChartProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const first = trend[0];
  const last = trend.at(-1);
  if (first === undefined || last === undefined) return <p className="plan-trend__none">{t('plans.trend.none')}</p>;

  const geometry = chartGeometry(trend);
  const summary =
    trend.length === 1
      ? t('plans.trend.summaryOne', { score: first.score, date: formatDay(first.date, language) })
      : t('plans.trend.summary', {
          first: first.score,
          firstDate: formatDay(first.date, language),
          last: last.score,
          lastDate: formatDay(last.date, language),
          number: trend.length,
        });

  return (
    <div className="plan-trend">
      <p className="plan-trend__last">{t('plans.trend.last', { score: last.score, date: formatDay(last.date, language) })}</p>
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${chartBox.width} ${chartBox.height}`}
        className="plan-trend__chart"
        focusable="false"
      >
        {geometry.grid.map((line) => (
          <g key={line.score}>
            <line x1={chartBox.left} x2={chartBox.width - chartBox.right} y1={line.y} y2={line.y} className="plan-trend__grid" />
            <text x={chartBox.left - 6} y={line.y} dy="0.35em" textAnchor="end" className="plan-trend__axis">
              {line.score}
            </text>
          </g>
        ))}
        {geometry.line !== '' && <path d={geometry.line} className="plan-trend__line" />}
        {geometry.points.map((point) => (
          <circle key={point.date} cx={point.x} cy={point.y} r={4.5} className="plan-trend__point" />
        ))}
        {geometry.dateLabels.map((label) => (
          <text
            key={`${label.anchor}-${label.date}`}
            x={label.x}
            y={chartBox.height - 8}
            textAnchor={label.anchor}
            className="plan-trend__axis"
          >
            {formatShortDay(label.date, language)}
          </text>
        ))}
      </svg>
      <details className="plan-trend__table">
        <summary>{t('plans.trend.showTable')}</summary>
        <table>
          <caption className="visually-hidden">{t('plans.trend.tableCaption', { goal: goalText })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plans.trend.date')}</th>
              <th scope="col">{t('plans.trend.score')}</th>
            </tr>
          </thead>
          <tbody>
            {trend.map((point) => (
              <tr key={point.date}>
                <td>{formatDay(point.date, language)}</td>
                <td>{t('plans.trend.scoreValue', { score: point.score })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
