import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { frequencyTable } from '../../../domain/team-statistics.js';
import { formatDecimal, formatNumber, formatShare, frequencyLines, quarterName, scaleName, themeName } from './numbers.js';
import { testTranslations } from './team-testing.js';

let nlT: TFunction;
let enT: TFunction;
beforeAll(async () => {
  ({ nlT, enT } = await testTranslations());
});

describe('numbers as people read them', () => {
  it('writes Dutch numbers with a decimal comma and English ones with a point, one decimal by default', () => {
    expect(formatDecimal(3.25, 'nl')).toBe('3,3');
    expect(formatDecimal(3.25, 'en')).toBe('3.3');
    expect(formatDecimal(4, 'nl')).toBe('4,0');
    expect(formatDecimal(2.345, 'nl', 2)).toBe('2,35');
    expect(formatDecimal(1234.5, 'nl')).toBe('1.234,5');
  });

  it('rounds halves away from zero, as a statistics package does', () => {
    expect(formatDecimal(12.5 / 10, 'nl')).toBe('1,3');
    expect(formatDecimal(0.05, 'en')).toBe('0.1');
    expect(formatDecimal(87.5, 'nl', 0)).toBe('88');
  });

  it('writes counts without decimals when they are whole', () => {
    expect(formatNumber(7, 'nl')).toBe('7');
    expect(formatNumber(4.5, 'nl')).toBe('4,5');
    expect(formatNumber(1204, 'nl')).toBe('1.204');
    expect(formatNumber(1204, 'en')).toBe('1,204');
  });

  it('writes a share as a percentage with one decimal', () => {
    expect(formatShare(0.455, 'nl')).toBe('45,5%');
    expect(formatShare(2 / 3, 'nl')).toBe('66,7%');
    expect(formatShare(1, 'en')).toBe('100.0%');
    expect(formatShare(0, 'nl')).toBe('0,0%');
  });
});

describe('a frequency table laid out as a statistics package prints it', () => {
  it('has a line per value and a total when no case is missing', () => {
    // Informal members of six groups: 0, 1, 1, 2, 2, 2.
    const lines = frequencyLines(frequencyTable([0, 1, 1, 2, 2, 2]));
    expect(lines.map((l) => l.kind)).toEqual(['value', 'value', 'value', 'total']);
    expect(lines.map((l) => l.value)).toEqual([0, 1, 2, null]);
    expect(lines.map((l) => l.frequency)).toEqual([1, 2, 3, 6]);
    const shown = lines.map((l) =>
      [l.percent, l.validPercent, l.cumulativePercent].map((p) => (p === null ? '' : formatDecimal(p, 'nl'))),
    );
    expect(shown).toEqual([
      ['16,7', '16,7', '16,7'],
      ['33,3', '33,3', '50,0'],
      ['50,0', '50,0', '100,0'],
      ['100,0', '100,0', ''],
    ]);
  });

  it('adds the valid total and the missing line when a case is missing, as SPSS does', () => {
    // Eight groups, one without a known figure: 1, 1, 2, 3, 3, 3, 4, missing.
    const lines = frequencyLines(frequencyTable([1, 1, 2, 3, 3, 3, 4, null]));
    expect(lines.map((l) => l.kind)).toEqual(['value', 'value', 'value', 'value', 'validTotal', 'missing', 'total']);
    const show = (p: number | null) => (p === null ? '' : formatDecimal(p, 'nl'));
    expect(lines.map((l) => [l.frequency, show(l.percent), show(l.validPercent), show(l.cumulativePercent)])).toEqual([
      [2, '25,0', '28,6', '28,6'],
      [1, '12,5', '14,3', '42,9'],
      [3, '37,5', '42,9', '85,7'],
      [1, '12,5', '14,3', '100,0'],
      [7, '87,5', '100,0', ''],
      [1, '12,5', '', ''],
      [8, '100,0', '', ''],
    ]);
  });

  it('leaves the percents empty when there are no cases at all', () => {
    const lines = frequencyLines(frequencyTable([]));
    expect(lines).toEqual([
      { kind: 'total', value: null, frequency: 0, percent: null, validPercent: null, cumulativePercent: null },
    ]);
  });

  it('keeps empty categories as lines with frequency 0, so tables line up', () => {
    const lines = frequencyLines(frequencyTable([2, 2], { categories: [0, 1, 2] }));
    expect(lines.map((l) => [l.value, l.frequency])).toEqual([
      [0, 0],
      [1, 0],
      [2, 2],
      [null, 2],
    ]);
  });
});

describe('names of themes and periods', () => {
  it('names Regie’s themes by the evaluation’s texts, a loaded scale by its title, else by its id', () => {
    expect(themeName(nlT, 'heard')).toBe('Gehoord worden');
    expect(scaleName(nlT, { id: 'roles', title: null })).toBe('Verdeling van de rollen');
    expect(scaleName(enT, { id: 'direction', title: null })).toBe('Direction and own choices');
    expect(scaleName(nlT, { id: 'progress', title: 'Voortgang (R-MET)' })).toBe('Voortgang (R-MET)');
    expect(scaleName(nlT, { id: 'safety', title: null })).toBe('safety');
    expect(scaleName(nlT, { id: 'heard', title: '  ' })).toBe('Gehoord worden');
  });

  it('names a quarter in words, and leaves an unknown period as it is', () => {
    expect(quarterName(nlT, '2027-Q1')).toBe('1e kwartaal 2027');
    expect(quarterName(enT, '2027-Q4')).toBe('Q4 2027');
    expect(quarterName(nlT, '2027-H1')).toBe('2027-H1');
  });
});
