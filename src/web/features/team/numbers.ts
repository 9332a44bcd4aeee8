import type { TFunction } from 'i18next';
import { evaluationThemes, type EvaluationTheme } from '../../../domain/evaluations.js';
import type { TeamFigures } from '../../../shared/team.js';

// Figures as people read them: Dutch numbers in Dutch (a decimal comma), rounded to one decimal only
// when shown (the API and the CSV keep them whole), and a frequency table laid out as a statistics
// package prints it, so that a team can set it beside the figures it reports.

const locale = (language: string) => (language === 'en' ? 'en-GB' : 'nl-NL');

/** A figure with exactly `digits` decimals: "3,0", "12,5". */
export function formatDecimal(value: number, language: string, digits = 1): string {
  return new Intl.NumberFormat(locale(language), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A count or a value that may be whole: "7", "1.204", "4,5" (at most one decimal, none when whole). */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: 1 }).format(value);
}

/** A share from 0 to 1 as a percentage with one decimal: "45,5%". */
export function formatShare(share: number, language: string): string {
  return new Intl.NumberFormat(locale(language), {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(share);
}

/** One line of a frequency table as shown: a value, the valid total, the missing cases, or the total. */
export interface FrequencyLine {
  kind: 'value' | 'validTotal' | 'missing' | 'total';
  /** The value on a value line; null on the others. */
  value: number | null;
  frequency: number;
  /** Percents from 0 to 100, unrounded; null where a statistics package leaves the cell empty. */
  percent: number | null;
  validPercent: number | null;
  cumulativePercent: number | null;
}

type FrequencyTable = TeamFigures['informalMembers']['frequencies'];

/**
 * The lines of a frequency table in the order of SPSS "Frequencies": a line per value; when cases are
 * missing, the valid cases' total, then the missing line; and the total of all cases. Without missing
 * cases the valid total is the total, so it is not printed twice. The totals' percents are computed
 * from the counts (not summed from rounded rows), so they read 100,0 where they should.
 */
export function frequencyLines(table: FrequencyTable): FrequencyLine[] {
  const { n, validN } = table.total;
  const share = (count: number, of: number) => (of === 0 ? null : (count / of) * 100);
  const values = table.rows.map((row): FrequencyLine => ({
    kind: 'value',
    value: row.value,
    frequency: row.frequency,
    percent: row.percent,
    validPercent: row.validPercent,
    cumulativePercent: row.cumulativePercent,
  }));
  if (table.missing === null) {
    return [
      ...values,
      {
        kind: 'total',
        value: null,
        frequency: n,
        percent: share(n, n),
        validPercent: share(validN, validN),
        cumulativePercent: null,
      },
    ];
  }
  return [
    ...values,
    {
      kind: 'validTotal',
      value: null,
      frequency: validN,
      percent: share(validN, n),
      validPercent: share(validN, validN),
      cumulativePercent: null,
    },
    {
      kind: 'missing',
      value: null,
      frequency: table.missing.frequency,
      percent: table.missing.percent,
      validPercent: null,
      cumulativePercent: null,
    },
    { kind: 'total', value: null, frequency: n, percent: share(n, n), validPercent: null, cumulativePercent: null },
  ];
}

const isTheme = (id: string): id is EvaluationTheme => (evaluationThemes as readonly string[]).includes(id);

/**
 * A scale's name: the title a loaded instrument gives it, else the name of Regie's theme with that id,
 * else its id (a loaded instrument's scale without a title).
 */
export function scaleName(t: TFunction, scale: { id: string; title: string | null }): string {
  if (scale.title !== null && scale.title.trim() !== '') return scale.title;
  return isTheme(scale.id) ? themeName(t, scale.id) : scale.id;
}

/** "Gehoord worden": one of the four R-MET themes, in the evaluation's own words (one name per theme). */
export const themeName = (t: TFunction, theme: EvaluationTheme): string => t(`evaluations.themes.${theme}`);

/** A calendar quarter as the API names it ('2027-Q1'): "1e kwartaal 2027", "Q1 2027". */
export function quarterName(t: TFunction, period: string): string {
  const match = /^(\d{4})-Q([1-4])$/.exec(period);
  if (!match) return period;
  return t('team.figures.quarter', { year: match[1], quarter: Number(match[2]) });
}
