import { describe, expect, it } from 'vitest';
import type { TeamFigures } from '../../../shared/team.js';
import { figuresCsv, figuresFileName, figuresRecords } from './figures-csv.js';

// A team of two groups, worked out by hand: sizes 4 and 5, informal members 0 and 1, one group's
// rhythm judged (and kept); two rounds counted and one left out.
const figures: TeamFigures = {
  team: { id: '8a4f0b8e-34a5-4f0e-9a0c-0d3b0b0f0a01', name: 'FACT "Noord", Zuid' },
  madeOn: '2027-03-31',
  groups: 2,
  groupsPerPhase: [
    { phase: 1, count: 0 },
    { phase: 2, count: 1 },
    { phase: 3, count: 0 },
    { phase: 4, count: 1 },
    { phase: 5, count: 0 },
    { phase: 6, count: 0 },
  ],
  groupSize: {
    n: 2,
    mean: 4.5,
    sd: Math.SQRT1_2,
    median: 4.5,
    min: 4,
    max: 5,
    frequencies: {
      rows: [
        { value: 4, frequency: 1, percent: 50, validPercent: 50, cumulativePercent: 50 },
        { value: 5, frequency: 1, percent: 50, validPercent: 50, cumulativePercent: 100 },
      ],
      missing: null,
      total: { n: 2, validN: 2 },
    },
  },
  informalMembers: {
    n: 2,
    mean: 0.5,
    sd: Math.SQRT1_2,
    median: 0.5,
    min: 0,
    max: 1,
    frequencies: {
      rows: [
        { value: 0, frequency: 1, percent: 50, validPercent: 50, cumulativePercent: 50 },
        { value: 1, frequency: 1, percent: 50, validPercent: 50, cumulativePercent: 100 },
      ],
      missing: null,
      total: { n: 2, validN: 2 },
    },
  },
  shareWithInformalSupport: 0.5,
  metWithinInterval: { judged: 1, share: 1 },
  evaluation: {
    rounds: 2,
    roundsLeftOut: 1,
    responseRate: { asked: 9, answered: 8, share: 8 / 9 },
    scales: [{ id: 'heard', title: null, min: 1, max: 5 }],
    averages: [
      {
        scaleId: 'heard',
        overall: { mean: 52 / 15, n: 7 },
        byType: [
          { respondentType: 'client', mean: null, n: 2 },
          // 2.675 is just below the half in binary: toFixed would write 2.67.
          { respondentType: 'relative', mean: 2.675, n: 4 },
          { respondentType: 'professional', mean: null, n: 1 },
        ],
      },
    ],
    overTime: [
      {
        period: '2027-Q1',
        rounds: 2,
        responseRate: { asked: 9, answered: 8, share: 8 / 9 },
        averages: [{ scaleId: 'heard', overall: { mean: 52 / 15, n: 7 } }],
      },
    ],
  },
};

describe("the team's figures as CSV", () => {
  it('writes a section per figure, each with its header row, percents with one decimal and dots', () => {
    const expected = [
      '\uFEFFsection,team,made_on,groups,share_with_informal_support_percent,met_within_interval_judged,met_within_interval_percent',
      'summary,"FACT ""Noord"", Zuid",2027-03-31,2,50.0,1,100.0',
      '',
      'section,phase,groups',
      'groups_per_phase,1,0',
      'groups_per_phase,2,1',
      'groups_per_phase,3,0',
      'groups_per_phase,4,1',
      'groups_per_phase,5,0',
      'groups_per_phase,6,0',
      '',
      'section,n,mean,sd,median,min,max',
      'group_size,2,4.50,0.71,4.50,4,5',
      '',
      'section,row,value,frequency,percent,valid_percent,cumulative_percent',
      'group_size_frequencies,value,4,1,50.0,50.0,50.0',
      'group_size_frequencies,value,5,1,50.0,50.0,100.0',
      'group_size_frequencies,total,,2,100.0,100.0,',
      '',
      'section,n,mean,sd,median,min,max',
      'informal_members,2,0.50,0.71,0.50,0,1',
      '',
      'section,row,value,frequency,percent,valid_percent,cumulative_percent',
      'informal_members_frequencies,value,0,1,50.0,50.0,50.0',
      'informal_members_frequencies,value,1,1,50.0,50.0,100.0',
      'informal_members_frequencies,total,,2,100.0,100.0,',
      '',
      'section,rounds,rounds_left_out,asked,answered,response_rate_percent',
      'evaluation_response,2,1,9,8,88.9',
      '',
      'section,scale,scale_title,scale_min,scale_max,respondent_type,n,mean',
      'evaluation_averages,heard,,1,5,all,7,3.47',
      'evaluation_averages,heard,,1,5,client,2,',
      'evaluation_averages,heard,,1,5,relative,4,2.68',
      'evaluation_averages,heard,,1,5,professional,1,',
      '',
      'section,period,rounds,asked,answered,response_rate_percent,scale,n,mean',
      'evaluation_over_time,2027-Q1,2,9,8,88.9,heard,7,3.47',
      '',
    ].join('\r\n');
    expect(figuresCsv(figures)).toBe(expected);
  });

  it('writes the missing cases as a statistics package does, and empty fields for figures that do not exist', () => {
    const text = figuresCsv({
      ...figures,
      shareWithInformalSupport: null,
      metWithinInterval: { judged: 0, share: null },
      groupSize: {
        ...figures.groupSize,
        frequencies: {
          rows: [{ value: 4, frequency: 2, percent: (100 * 2) / 3, validPercent: 100, cumulativePercent: 100 }],
          missing: { frequency: 1, percent: 100 / 3 },
          total: { n: 3, validN: 2 },
        },
      },
      evaluation: { ...figures.evaluation, responseRate: { asked: 0, answered: 0, share: null }, overTime: [] },
    });
    expect(text).toContain('\r\nsummary,"FACT ""Noord"", Zuid",2027-03-31,2,,0,\r\n');
    expect(text).toContain(
      [
        'group_size_frequencies,value,4,2,66.7,100.0,100.0',
        'group_size_frequencies,missing,,1,33.3,,',
        'group_size_frequencies,total,,3,100.0,100.0,',
      ].join('\r\n'),
    );
    expect(text).toContain('\r\nevaluation_response,2,1,0,0,\r\n');
    expect(text.endsWith('section,period,rounds,asked,answered,response_rate_percent,scale,n,mean\r\n')).toBe(true);
    expect(figuresRecords(figures).filter((record) => record[0] === 'section')).toHaveLength(9);
  });

  it('names the file after the team in plain lower-case ASCII, and the day', () => {
    expect(figuresFileName('Téam Cijfers, Zuid-Oost', '2027-03-31')).toBe(
      'regie-teamcijfers-team-cijfers-zuid-oost-2027-03-31.csv',
    );
    expect(figuresFileName('FACT "Noord"', '2027-03-31')).toBe('regie-teamcijfers-fact-noord-2027-03-31.csv');
    expect(figuresFileName('!!!', '2027-03-31')).toBe('regie-teamcijfers-team-2027-03-31.csv');
  });
});
