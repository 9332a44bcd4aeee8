import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamFigures } from '../../../shared/team.js';
import { Empty } from './Empty.js';
import { formatDecimal, formatNumber, frequencyLines, type FrequencyLine } from './numbers.js';

type Distribution = TeamFigures['groupSize'];

/** A table that scrolls sideways on a phone instead of making the page wider; keyboard users can scroll it too. */
export function TableScroll({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}

/** A number with one decimal, or a dash when there is none (no groups). */
export function Decimal({ value }: { value: number | null }) {
  const { i18n } = useTranslation();
  return value === null ? <Empty /> : <>{formatDecimal(value, i18n.language)}</>;
}

/** The descriptive statistics of a figure: N, mean, standard deviation, median, and its range. */
export function DescriptivesTable({ caption, distribution }: { caption: string; distribution: Distribution }) {
  const { t, i18n } = useTranslation();
  const { n, mean, sd, median, min, max } = distribution;
  const rows: { label: string; value: ReactNode }[] = [
    { label: t('team.figures.stats.n'), value: formatNumber(n, i18n.language) },
    { label: t('team.figures.stats.mean'), value: <Decimal value={mean} /> },
    { label: t('team.figures.stats.sd'), value: <Decimal value={sd} /> },
    { label: t('team.figures.stats.median'), value: <Decimal value={median} /> },
    {
      label: t('team.figures.stats.range'),
      value:
        min === null || max === null ? (
          <Empty />
        ) : (
          t('team.figures.stats.rangeValue', { min: formatNumber(min, i18n.language), max: formatNumber(max, i18n.language) })
        ),
    },
  ];
  return (
    <table className="stats-table stats-table--descriptives">
      <caption className="stats-table__caption">{caption}</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            <td className="stats-table__number">{row.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * A frequency table as a statistics package prints it: per value its frequency, percent, valid
 * percent and cumulative percent, with one decimal; a line for missing cases when there are any; and
 * the total. `valueLabel` names the first column (what was counted).
 */
export function FrequencyTable({
  caption,
  valueLabel,
  table,
}: {
  caption: string;
  valueLabel: string;
  table: Distribution['frequencies'];
}) {
  const { t, i18n } = useTranslation();
  const captionId = useId();
  const percent = (value: number | null) => (value === null ? '' : formatDecimal(value, i18n.language));
  const rowName = (line: FrequencyLine) =>
    line.kind === 'value' && line.value !== null
      ? formatNumber(line.value, i18n.language)
      : t(`team.figures.frequency.${line.kind}`);

  return (
    <TableScroll labelledBy={captionId}>
      <table className="stats-table stats-table--frequencies">
        <caption id={captionId} className="stats-table__caption">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{valueLabel}</th>
            <th scope="col">{t('team.figures.frequency.frequency')}</th>
            <th scope="col">{t('team.figures.frequency.percent')}</th>
            <th scope="col">{t('team.figures.frequency.validPercent')}</th>
            <th scope="col">{t('team.figures.frequency.cumulativePercent')}</th>
          </tr>
        </thead>
        <tbody>
          {frequencyLines(table).map((line) => (
            <tr
              key={`${line.kind}-${line.value ?? ''}`}
              className={line.kind === 'value' ? undefined : `stats-table__${line.kind}`}
            >
              <th scope="row" className={line.kind === 'value' ? 'stats-table__number' : undefined}>
                {rowName(line)}
              </th>
              <td className="stats-table__number">{formatNumber(line.frequency, i18n.language)}</td>
              <td className="stats-table__number">{percent(line.percent)}</td>
              <td className="stats-table__number">{percent(line.validPercent)}</td>
              <td className="stats-table__number">{percent(line.cumulativePercent)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
