import { describe, expect, it } from 'vitest';
import { metWithinInterval } from './meeting-rhythm.js';
import type { PhaseNumber } from './phases.js';
import {
  countsForTeam,
  distribution,
  fixedDecimals,
  frequencyTable,
  groupSize,
  groupsPerPhase,
  informalMembers,
  mean,
  median,
  minMax,
  quarterOf,
  responseRate,
  roundPercent,
  shareMetWithinInterval,
  shareWithInformalSupport,
  shownRespondents,
  standardDeviation,
  teamEvaluationFigures,
  teamMean,
  type GroupCountFacts,
  type MemberCountFacts,
  type TeamRespondent,
  type TeamRound,
} from './team-statistics.js';

// Informal members per group for eight groups, one of them unknown. Worked out by hand:
// N = 8, valid N = 7; each single case is 1/8 = 12.5 % of all and 1/7 = 14.2857… % of the valid ones.
const informalPerGroup = [0, 1, 1, 2, 2, 2, 3, null];

describe('the frequency table', () => {
  const table = frequencyTable(informalPerGroup);

  it('has a row per value present, lowest first, with frequency and percent of all cases', () => {
    expect(table.rows.map((row) => [row.value, row.frequency, row.percent])).toEqual([
      [0, 1, 12.5],
      [1, 2, 25],
      [2, 3, 37.5],
      [3, 1, 12.5],
    ]);
  });

  it('gives valid percents of the cases with a value, unrounded', () => {
    const validPercents = table.rows.map((row) => row.validPercent);
    [100 / 7, 200 / 7, 300 / 7, 100 / 7].forEach((expected, i) => expect(validPercents[i]).toBeCloseTo(expected, 10));
    expect(validPercents[0]).toBeCloseTo(14.2857142857, 10);
  });

  it('accumulates the valid percents to exactly 100', () => {
    const cumulative = table.rows.map((row) => row.cumulativePercent);
    [100 / 7, 300 / 7, 600 / 7].forEach((expected, i) => expect(cumulative[i]).toBeCloseTo(expected, 10));
    expect(cumulative[3]).toBe(100);
    expect(cumulative.map((value) => roundPercent(value as number, 2))).toEqual([14.29, 42.86, 85.71, 100]);
  });

  it('rounds as SPSS prints it: the cumulative percent is not the sum of rounded valid percents', () => {
    const rounded = table.rows.map((row) => roundPercent(row.validPercent as number));
    expect(rounded).toEqual([14.3, 28.6, 42.9, 14.3]);
    expect(table.rows.map((row) => roundPercent(row.cumulativePercent as number))).toEqual([14.3, 42.9, 85.7, 100]);
    // 14.3 + 28.6 + 42.9 + 14.3 would make 100.1.
    expect(roundPercent(rounded.reduce((sum, value) => sum + value, 0))).toBe(100.1);
  });

  it('shows the missing cases with their percent of all cases, and the totals', () => {
    expect(table.missing).toEqual({ frequency: 1, percent: 12.5 });
    expect(table.total).toEqual({ n: 8, validN: 7 });
    const shown = table.rows.reduce((sum, row) => sum + (row.percent as number), 0) + (table.missing?.percent ?? 0);
    expect(shown).toBe(100);
  });

  it('has no missing row when every case has a value', () => {
    const complete = frequencyTable([2, 1, 2, 2]);
    expect(complete.missing).toBeNull();
    expect(complete.total).toEqual({ n: 4, validN: 4 });
    expect(complete.rows).toEqual([
      { value: 1, frequency: 1, percent: 25, validPercent: 25, cumulativePercent: 25 },
      { value: 2, frequency: 3, percent: 75, validPercent: 75, cumulativePercent: 100 },
    ]);
  });

  it('gives each category a row, with 0 for a category no group has', () => {
    const withCategories = frequencyTable(informalPerGroup, { categories: [0, 1, 2, 3, 4] });
    expect(withCategories.rows.map((row) => row.value)).toEqual([0, 1, 2, 3, 4]);
    expect(withCategories.rows[4]).toEqual({ value: 4, frequency: 0, percent: 0, validPercent: 0, cumulativePercent: 100 });
    expect(withCategories.rows.slice(0, 4)).toEqual(table.rows);
    expect(withCategories.total).toEqual({ n: 8, validN: 7 });
  });

  it('keeps a value outside the categories, sorted among them', () => {
    const rows = frequencyTable([1, 5, 1, 0], { categories: [3, 0, 1, 1] }).rows;
    expect(rows.map((row) => [row.value, row.frequency])).toEqual([
      [0, 1],
      [1, 2],
      [3, 0],
      [5, 1],
    ]);
    expect(rows.map((row) => row.cumulativePercent)).toEqual([25, 75, 75, 100]);
  });

  it('leaves valid percents empty when no case has a value, and every percent when there are no cases', () => {
    const allMissing = frequencyTable([null, null], { categories: [0, 1] });
    expect(allMissing.rows).toEqual([
      { value: 0, frequency: 0, percent: 0, validPercent: null, cumulativePercent: null },
      { value: 1, frequency: 0, percent: 0, validPercent: null, cumulativePercent: null },
    ]);
    expect(allMissing.missing).toEqual({ frequency: 2, percent: 100 });
    expect(allMissing.total).toEqual({ n: 2, validN: 0 });

    const empty = frequencyTable([], { categories: [0] });
    expect(empty.rows).toEqual([{ value: 0, frequency: 0, percent: null, validPercent: null, cumulativePercent: null }]);
    expect(empty.missing).toBeNull();
    expect(empty.total).toEqual({ n: 0, validN: 0 });
  });

  it('refuses a value or category that is not a finite number', () => {
    expect(() => frequencyTable([1, Number.NaN])).toThrow(RangeError);
    expect(() => frequencyTable([1], { categories: [Infinity] })).toThrow(RangeError);
  });
});

describe('rounding a percent', () => {
  it('rounds to one decimal by default, half away from zero', () => {
    expect(roundPercent(14.285714285714286)).toBe(14.3);
    expect(roundPercent(42.857142857142854)).toBe(42.9);
    expect(roundPercent(12.25)).toBe(12.3);
    expect(roundPercent(-12.25)).toBe(-12.3);
    expect(roundPercent(12.5, 0)).toBe(13);
    expect(roundPercent(-12.5, 0)).toBe(-13);
    expect(roundPercent(100)).toBe(100);
  });

  it('rounds the number as written, not its binary approximation', () => {
    expect(roundPercent(1.005, 2)).toBe(1.01);
    expect(roundPercent(0.15)).toBe(0.2);
    expect(roundPercent(8.345, 2)).toBe(8.35);
  });

  it('handles very small and very large numbers and gives no negative zero', () => {
    expect(roundPercent(1e-7)).toBe(0);
    expect(Object.is(roundPercent(-0.04), 0)).toBe(true);
    expect(roundPercent(1e21)).toBe(1e21);
  });

  it('refuses a bad number of decimals or a value that is not finite', () => {
    expect(() => roundPercent(1, -1)).toThrow(RangeError);
    expect(() => roundPercent(1, 1.5)).toThrow(RangeError);
    expect(() => roundPercent(Number.NaN)).toThrow(RangeError);
  });
});

describe('descriptive statistics', () => {
  // Mean 5; squared deviations 9+1+1+1+0+0+4+16 = 32; sample variance 32/7; sd √(32/7) = 2.13809…
  const sizes = [2, 4, 4, 4, 5, 5, 7, 9];

  it('gives the mean of the values present', () => {
    expect(mean(sizes)).toBe(5);
    expect(mean([1, null, 2])).toBe(1.5);
    expect(mean([])).toBeNull();
    expect(mean([null])).toBeNull();
  });

  it('gives the sample standard deviation (n − 1), null below two values', () => {
    expect(standardDeviation(sizes)).toBeCloseTo(2.1380899353, 10);
    expect(standardDeviation([...sizes, null])).toBeCloseTo(2.1380899353, 10);
    expect(standardDeviation([3, 3, 3])).toBe(0);
    expect(standardDeviation([1, 3])).toBeCloseTo(Math.SQRT2, 12);
    expect(standardDeviation([4])).toBeNull();
    expect(standardDeviation([4, null])).toBeNull();
    expect(standardDeviation([])).toBeNull();
  });

  it('gives the median: the middle value, or the mean of the middle two', () => {
    expect(median([7, 1, 3])).toBe(3);
    expect(median([9, 2, 5, 4, 4, 7, 4, 5])).toBe(4.5);
    expect(median([10, null, 2])).toBe(6);
    expect(median([4])).toBe(4);
    expect(median([])).toBeNull();
  });

  it('does not reorder the values it is given', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('gives the lowest and highest value', () => {
    expect(minMax([5, null, -2, 9, 0])).toEqual({ min: -2, max: 9 });
    expect(minMax([4])).toEqual({ min: 4, max: 4 });
    expect(minMax([null])).toBeNull();
  });

  it('gathers them into a distribution', () => {
    const { sd, ...rest } = distribution([...sizes, null]);
    expect(rest).toEqual({ n: 8, mean: 5, median: 4.5, min: 2, max: 9 });
    expect(sd).toBeCloseTo(2.1380899353, 10);
    expect(distribution([null])).toEqual({ n: 0, mean: null, sd: null, median: null, min: null, max: null });
    expect(distribution([6])).toEqual({ n: 1, mean: 6, sd: null, median: 6, min: 6, max: 6 });
  });
});

const member = (kind: MemberCountFacts['kind'], status: MemberCountFacts['status'], role: MemberCountFacts['role'] = null) => ({
  kind,
  status,
  role,
});

describe('group figures', () => {
  const coordinator = member('formal', 'active', 'coordinator');
  const clinician = member('formal', 'active', 'clinician');
  const mother = member('informal', 'active');
  const neighbour = member('informal', 'active');
  const formerFriend = member('informal', 'left');
  const nominatedPeer = member('peer', 'nominated');
  const activePeer = member('peer', 'active');

  it('counts the active members and the client, with a coordinator member counted once', () => {
    // 4 active members (coordinator, clinician, mother, neighbour) + the client = 5.
    expect(groupSize({ members: [coordinator, clinician, mother, neighbour, formerFriend, nominatedPeer] })).toBe(5);
  });

  it('adds the coordinator when no active member holds that role', () => {
    // 2 active members + the client + the coordinator = 4.
    expect(groupSize({ members: [clinician, mother] })).toBe(4);
    // The coordinator's membership is not yet active: counted once, as the coordinator.
    expect(groupSize({ members: [member('formal', 'approached', 'coordinator'), mother] })).toBe(3);
    // A coordinator who left is history; the group's coordinator is still counted.
    expect(groupSize({ members: [member('formal', 'left', 'coordinator'), mother] })).toBe(3);
    expect(groupSize({ members: [] })).toBe(2);
  });

  it('does not count members who left, declined or have not yet joined', () => {
    const notActive = (['nominated', 'approached', 'declined', 'conversation_held', 'left'] as const).map((status) =>
      member('informal', status),
    );
    expect(groupSize({ members: [coordinator, ...notActive] })).toBe(2);
    expect(informalMembers({ members: notActive })).toBe(0);
  });

  it('counts active informal members only: not peers, professionals or members who left', () => {
    expect(informalMembers({ members: [coordinator, clinician, mother, neighbour, formerFriend, activePeer] })).toBe(2);
    expect(informalMembers({ members: [] })).toBe(0);
  });

  it('gives the share of groups with at least one active informal member', () => {
    const groups: GroupCountFacts[] = [
      { members: [coordinator, mother] },
      { members: [coordinator, mother, neighbour] },
      { members: [coordinator, formerFriend, activePeer] },
      { members: [clinician] },
    ];
    expect(shareWithInformalSupport(groups)).toBe(0.5);
    expect(shareWithInformalSupport(groups.slice(0, 3))).toBeCloseTo(2 / 3, 12);
    expect(shareWithInformalSupport([])).toBeNull();
  });

  it('feeds the frequency table of informal members per group', () => {
    const groups: GroupCountFacts[] = [{ members: [mother, neighbour] }, { members: [mother] }, { members: [formerFriend] }];
    const table = frequencyTable(groups.map(informalMembers), { categories: [0, 1, 2, 3] });
    expect(table.rows.map((row) => row.frequency)).toEqual([1, 1, 1, 0]);
    expect(table.missing).toBeNull();
  });

  it('counts groups per phase, with 0 for an empty phase', () => {
    const phases: PhaseNumber[] = [1, 5, 1, 3, 5, 6, 5];
    expect(groupsPerPhase(phases.map((phase) => ({ phase })))).toEqual({ 1: 2, 2: 0, 3: 1, 4: 0, 5: 3, 6: 1 });
    expect(groupsPerPhase([])).toEqual({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0 });
    expect(() => groupsPerPhase([{ phase: 7 as PhaseNumber }])).toThrow(RangeError);
  });

  it('gives the share of groups that met within their interval, leaving out groups not yet judged', () => {
    expect(shareMetWithinInterval([true, false, true, true])).toBe(0.75);
    expect(shareMetWithinInterval([true, null, false])).toBe(0.5);
    expect(shareMetWithinInterval([null])).toBeNull();
    expect(shareMetWithinInterval([])).toBeNull();
  });

  it('takes the results of metWithinInterval as they come', () => {
    const period = { from: '2026-01-01', to: '2026-06-30', intervalMonths: 3 };
    const results = [
      metWithinInterval(['2025-12-15', '2026-03-10', '2026-06-01'], period), // kept the rhythm
      metWithinInterval(['2025-12-15', '2026-05-01'], period), // late: due 2026-03-15
      metWithinInterval([], period), // not begun
    ];
    expect(results).toEqual([true, false, null]);
    expect(shareMetWithinInterval(results)).toBe(0.5);
  });
});

describe('quarters and fixed decimals', () => {
  it('names the calendar quarter of a day', () => {
    expect(['2027-01-01', '2027-03-31', '2027-04-01', '2027-06-30', '2027-07-01', '2027-12-31'].map(quarterOf)).toEqual([
      '2027-Q1',
      '2027-Q1',
      '2027-Q2',
      '2027-Q2',
      '2027-Q3',
      '2027-Q4',
    ]);
    expect(() => quarterOf('2027-13-01')).toThrow(RangeError);
  });

  it('writes a figure with exactly the places asked, rounded half away from zero', () => {
    expect(fixedDecimals(12, 1)).toBe('12.0');
    expect(fixedDecimals(100 / 7, 1)).toBe('14.3');
    expect(fixedDecimals(12.25, 1)).toBe('12.3');
    expect(fixedDecimals(-12.25, 1)).toBe('-12.3');
    expect(fixedDecimals(-0.04, 1)).toBe('0.0');
    expect(fixedDecimals(1.005, 2)).toBe('1.01');
    expect(fixedDecimals(29 / 9, 2)).toBe('3.22');
    expect(fixedDecimals(3, 0)).toBe('3');
  });
});

describe("the team's evaluation figures", () => {
  const answered = (
    respondentType: TeamRespondent['respondentType'],
    scores: TeamRespondent['scores'],
    showWhenAlone = false,
  ): TeamRespondent => ({ respondentType, answered: true, showWhenAlone, scores });
  const notAnswered = (respondentType: TeamRespondent['respondentType']): TeamRespondent => ({
    respondentType,
    answered: false,
    showWhenAlone: false,
    scores: {},
  });

  // Worked out by hand. r1: the relative answered alone without consent, so the group does not see
  // their answers and neither does the team; the client, alone too, agreed. r3 has two shown
  // respondents: left out. r1 and r4 are the same group's.
  const r1: TeamRound = {
    groupId: 'g1',
    closedOn: '2027-02-10',
    respondents: [
      answered('client', { heard: 4, roles: 3 }, true),
      answered('relative', { heard: 1, roles: 1 }),
      answered('professional', { heard: 5, roles: 4 }),
      answered('professional', { heard: 3, roles: null }),
    ],
  };
  const r2: TeamRound = {
    groupId: 'g2',
    closedOn: '2027-03-31',
    respondents: [
      answered('client', { heard: 2, roles: 2 }, true),
      answered('relative', { heard: 4, roles: 5 }),
      answered('relative', { heard: 2, roles: 3 }),
      notAnswered('professional'),
    ],
  };
  const r3: TeamRound = {
    groupId: 'g3',
    closedOn: '2027-04-01',
    respondents: [answered('client', { heard: 1 }, true), answered('relative', { heard: 1 }, true), notAnswered('professional')],
  };
  const r4: TeamRound = {
    groupId: 'g1',
    closedOn: '2027-05-15',
    respondents: [
      answered('client', { heard: 3 }, true),
      answered('professional', { heard: 4 }),
      answered('professional', { heard: 2 }),
    ],
  };
  const figures = teamEvaluationFigures([r4, r3, r2, r1], ['heard', 'roles']);

  it("counts only the answers a round's own results show", () => {
    expect(shownRespondents(r1.respondents).map((respondent) => respondent.respondentType)).toEqual([
      'client',
      'professional',
      'professional',
    ]);
    expect([r1, r2, r3, r4].map(countsForTeam)).toEqual([true, true, false, true]);
  });

  it('leaves out rounds with fewer than three shown respondents, but not from the response rate', () => {
    expect(figures.rounds).toBe(3);
    expect(figures.roundsLeftOut).toBe(1);
    // Asked 4 + 4 + 3 + 3 = 14, answered 4 + 3 + 2 + 3 = 12.
    expect(figures.responseRate).toEqual({ asked: 14, answered: 12, share: 12 / 14 });
    expect(responseRate([])).toEqual({ asked: 0, answered: 0, share: null });
  });

  it('averages over the shown respondents of counted rounds, withholding a mean of too few people or one group', () => {
    const [heard, roles] = figures.averages;
    // heard: 4, 5, 3 (r1) + 2, 4, 2 (r2) + 3, 4, 2 (r4) = 29 over 9, from two groups.
    expect(heard?.overall).toEqual({ mean: 29 / 9, n: 9 });
    expect(heard?.byType).toEqual([
      { respondentType: 'client', mean: 3, n: 3 },
      // Two relatives (r2): too few.
      { respondentType: 'relative', mean: null, n: 2 },
      // Four professionals, all of group g1: that group's results.
      { respondentType: 'professional', mean: null, n: 4 },
    ]);
    // roles: 3, 4 (r1; one professional has no score) + 2, 5, 3 (r2) = 17 over 5.
    expect(roles?.overall).toEqual({ mean: 3.4, n: 5 });
    expect(roles?.byType.map((average) => average.mean)).toEqual([null, null, null]);
  });

  it('gives the same per calendar quarter of closing, oldest first', () => {
    expect(figures.overTime).toEqual([
      {
        period: '2027-Q1',
        rounds: 2,
        responseRate: { asked: 8, answered: 7, share: 7 / 8 },
        averages: [
          { scaleId: 'heard', overall: { mean: 20 / 6, n: 6 } },
          { scaleId: 'roles', overall: { mean: 3.4, n: 5 } },
        ],
      },
      {
        // r4 alone is one group's round: its mean is withheld.
        period: '2027-Q2',
        rounds: 1,
        responseRate: { asked: 6, answered: 5, share: 5 / 6 },
        averages: [
          { scaleId: 'heard', overall: { mean: null, n: 3 } },
          { scaleId: 'roles', overall: { mean: null, n: 0 } },
        ],
      },
    ]);
  });

  it('has no rounds, rates or means without closed rounds', () => {
    expect(teamEvaluationFigures([], ['heard'])).toEqual({
      rounds: 0,
      roundsLeftOut: 0,
      responseRate: { asked: 0, answered: 0, share: null },
      averages: [
        {
          scaleId: 'heard',
          overall: { mean: null, n: 0 },
          byType: [
            { respondentType: 'client', mean: null, n: 0 },
            { respondentType: 'relative', mean: null, n: 0 },
            { respondentType: 'professional', mean: null, n: 0 },
          ],
        },
      ],
      overTime: [],
    });
  });

  it('gives a mean only over at least three scores from at least two groups', () => {
    const score = (groupId: string, value: number) => ({ groupId, score: value });
    expect(teamMean([score('a', 1), score('b', 2)])).toEqual({ mean: null, n: 2 });
    expect(teamMean([score('a', 1), score('a', 2), score('a', 3)])).toEqual({ mean: null, n: 3 });
    expect(teamMean([score('a', 1), score('a', 2), score('b', 4.5)])).toEqual({ mean: 2.5, n: 3 });
  });
});
