import { fixedDecimals } from '../../../domain/team-statistics.js';
import type { TeamFigures } from '../../../shared/team.js';
import { csvNumber, toCsv, type CsvField } from './csv.js';

/**
 * The team's figures as one CSV file for a statistics package (issue 7): a section per figure, each
 * with a header row of its own, sections divided by an empty record. Every record of a section starts
 * with the section's name, so that a package can read the file whole and select a section by its
 * first column. Percents have one decimal, other figures two, always with a dot; shares are written
 * as percents. An empty field is a figure that does not exist (no groups, or too few respondents).
 */

type Frequencies = TeamFigures['groupSize']['frequencies'];
type Distribution = Omit<TeamFigures['groupSize'], 'frequencies'>;

const percent = (value: number | null): CsvField => (value === null ? null : csvNumber(fixedDecimals(value, 1)));
const share = (value: number | null): CsvField => (value === null ? null : percent(100 * value));
const figure = (value: number | null): CsvField => (value === null ? null : csvNumber(fixedDecimals(value, 2)));

function distributionSection(name: string, distribution: Distribution): CsvField[][] {
  return [
    ['section', 'n', 'mean', 'sd', 'median', 'min', 'max'],
    [
      name,
      distribution.n,
      figure(distribution.mean),
      figure(distribution.sd),
      figure(distribution.median),
      distribution.min,
      distribution.max,
    ],
  ];
}

/** As a statistics package prints it: a row per value, then the missing cases (if any), then the total. */
function frequencySection(name: string, table: Frequencies): CsvField[][] {
  const { rows, missing, total } = table;
  return [
    ['section', 'row', 'value', 'frequency', 'percent', 'valid_percent', 'cumulative_percent'],
    ...rows.map((row) => [
      name,
      'value',
      row.value,
      row.frequency,
      percent(row.percent),
      percent(row.validPercent),
      percent(row.cumulativePercent),
    ]),
    ...(missing ? [[name, 'missing', null, missing.frequency, percent(missing.percent), null, null]] : []),
    [name, 'total', null, total.n, percent(total.n === 0 ? null : 100), percent(total.validN === 0 ? null : 100), null],
  ];
}

/** The file's records, section after section. */
export function figuresRecords(figures: TeamFigures): CsvField[][] {
  const { evaluation } = figures;
  const scale = (id: string) => evaluation.scales.find((candidate) => candidate.id === id);
  const sections: CsvField[][][] = [
    [
      [
        'section',
        'team',
        'made_on',
        'groups',
        'share_with_informal_support_percent',
        'met_within_interval_judged',
        'met_within_interval_percent',
      ],
      [
        'summary',
        figures.team.name,
        figures.madeOn,
        figures.groups,
        share(figures.shareWithInformalSupport),
        figures.metWithinInterval.judged,
        share(figures.metWithinInterval.share),
      ],
    ],
    [['section', 'phase', 'groups'], ...figures.groupsPerPhase.map(({ phase, count }) => ['groups_per_phase', phase, count])],
    distributionSection('group_size', figures.groupSize),
    frequencySection('group_size_frequencies', figures.groupSize.frequencies),
    distributionSection('informal_members', figures.informalMembers),
    frequencySection('informal_members_frequencies', figures.informalMembers.frequencies),
    [
      ['section', 'rounds', 'rounds_left_out', 'asked', 'answered', 'response_rate_percent'],
      [
        'evaluation_response',
        evaluation.rounds,
        evaluation.roundsLeftOut,
        evaluation.responseRate.asked,
        evaluation.responseRate.answered,
        share(evaluation.responseRate.share),
      ],
    ],
    [
      ['section', 'scale', 'scale_title', 'scale_min', 'scale_max', 'respondent_type', 'n', 'mean'],
      ...evaluation.averages.flatMap((average) => {
        const about = scale(average.scaleId);
        const line = (type: string, mean: number | null, n: number): CsvField[] => [
          'evaluation_averages',
          average.scaleId,
          about?.title ?? null,
          about?.min ?? null,
          about?.max ?? null,
          type,
          n,
          figure(mean),
        ];
        return [
          line('all', average.overall.mean, average.overall.n),
          ...average.byType.map((byType) => line(byType.respondentType, byType.mean, byType.n)),
        ];
      }),
    ],
    [
      ['section', 'period', 'rounds', 'asked', 'answered', 'response_rate_percent', 'scale', 'n', 'mean'],
      ...evaluation.overTime.flatMap((period) => {
        const line = (scaleId: string | null, n: number | null, mean: number | null): CsvField[] => [
          'evaluation_over_time',
          period.period,
          period.rounds,
          period.responseRate.asked,
          period.responseRate.answered,
          share(period.responseRate.share),
          scaleId,
          n,
          figure(mean),
        ];
        if (period.averages.length === 0) return [line(null, null, null)];
        return period.averages.map((average) => line(average.scaleId, average.overall.n, average.overall.mean));
      }),
    ],
  ];
  return sections.flatMap((section, index) => (index === 0 ? section : [[], ...section]));
}

/** The figures as the CSV file's text. */
export function figuresCsv(figures: TeamFigures): string {
  return toCsv(figuresRecords(figures));
}

/**
 * The file's name: `regie-teamcijfers-<team>-<day>.csv`, the team's name in plain lower-case ASCII
 * (accents dropped, anything else a hyphen), so that it is the same in every browser and system.
 */
export function figuresFileName(teamName: string, madeOn: string): string {
  const slug = teamName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `regie-teamcijfers-${slug || 'team'}-${madeOn}.csv`;
}
