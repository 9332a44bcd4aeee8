import { describe, expect, it } from 'vitest';
import {
  caseloadColumns,
  defaultSort,
  filterCaseload,
  hasRecentEvaluation,
  isFiltered,
  nextMeetingDay,
  nextSort,
  noFilter,
  noGroup,
  searchable,
  sortCaseload,
  type CaseloadSort,
} from './caseload.js';
import { caseloadLine as line } from './team-testing.js';

const today = '2026-03-01';
const names = (lines: readonly { client: { name: string } }[]) => lines.map((l) => l.client.name);
const sorted = (lines: Parameters<typeof sortCaseload>[0], sort: CaseloadSort) => names(sortCaseload(lines, sort, 'nl'));
const up = (column: CaseloadSort['column']): CaseloadSort => ({ column, direction: 'ascending' });
const down = (column: CaseloadSort['column']): CaseloadSort => ({ column, direction: 'descending' });

describe('sorting the caseload', () => {
  it('starts by client name, and a press on a column sorts by it, a second press turns it round', () => {
    expect(defaultSort).toEqual(up('client'));
    expect(nextSort(defaultSort, 'phase')).toEqual(up('phase'));
    expect(nextSort(up('phase'), 'phase')).toEqual(down('phase'));
    expect(nextSort(down('phase'), 'phase')).toEqual(up('phase'));
    expect(nextSort(down('phase'), 'client')).toEqual(up('client'));
  });

  it('sorts names as Dutch readers expect: without case or accents, numbers by value', () => {
    const lines = [line('émile'), line('Daan'), line('anna'), line('Cliënt 10'), line('Cliënt 9')];
    expect(sorted(lines, up('client'))).toEqual(['anna', 'Cliënt 9', 'Cliënt 10', 'Daan', 'émile']);
    expect(sorted(lines, down('client'))).toEqual(['émile', 'Daan', 'Cliënt 10', 'Cliënt 9', 'anna']);
  });

  it('keeps clients without a group at the bottom both ways, in name order', () => {
    const lines = [line('Zoë', null), line('Bram', { phase: 2 }), line('Aad', null), line('Cas', { phase: 6 })];
    expect(sorted(lines, up('phase'))).toEqual(['Bram', 'Cas', 'Aad', 'Zoë']);
    expect(sorted(lines, down('phase'))).toEqual(['Cas', 'Bram', 'Aad', 'Zoë']);
    expect(sorted(lines, up('group'))).toEqual(['Bram', 'Cas', 'Aad', 'Zoë']);
  });

  it('breaks ties by client name, whichever way the column runs', () => {
    const lines = [line('Cas', { phase: 4 }), line('Aad', { phase: 4 }), line('Bram', { phase: 5 })];
    expect(sorted(lines, up('phase'))).toEqual(['Aad', 'Cas', 'Bram']);
    expect(sorted(lines, down('phase'))).toEqual(['Bram', 'Aad', 'Cas']);
  });

  it('sorts members by informal members first, then by the size of the group', () => {
    const lines = [
      line('A', { members: { informal: 1, formal: 5, peer: 0 } }),
      line('B', { members: { informal: 3, formal: 0, peer: 0 } }),
      line('C', { members: { informal: 1, formal: 1, peer: 1 } }),
      line('D', { members: { informal: 0, formal: 9, peer: 0 } }),
    ];
    expect(sorted(lines, up('members'))).toEqual(['D', 'C', 'A', 'B']);
  });

  it('sorts the next meeting by its day: late groups (due in the past) first, nothing planned at the bottom', () => {
    const lines = [
      line('Planned', { rhythm: { state: 'planned', dueDate: '2026-06-01' }, nextMeetingOn: '2026-03-20' }),
      line('Late', { rhythm: { state: 'overdue', dueDate: '2026-02-01' }, nextMeetingOn: null }),
      line('Soon', { rhythm: { state: 'due_soon', dueDate: '2026-03-10' }, nextMeetingOn: null }),
      line('Nothing yet', { rhythm: { state: 'none_yet', dueDate: null }, nextMeetingOn: null }),
      line('No group', null),
    ];
    expect(sorted(lines, up('nextMeeting'))).toEqual(['Late', 'Soon', 'Planned', 'Nothing yet', 'No group']);
    expect(sorted(lines, down('nextMeeting'))).toEqual(['Planned', 'Soon', 'Late', 'Nothing yet', 'No group']);
  });

  it('sorts open agreements by number and the last evaluation by its last day', () => {
    const lines = [
      line('A', { openAgreements: 10, lastEvaluation: { closesOn: '2026-01-10', open: false, asked: 4, answered: 4 } }),
      line('B', { openAgreements: 2, lastEvaluation: null }),
      line('C', { openAgreements: 0, lastEvaluation: { closesOn: '2025-06-01', open: false, asked: 5, answered: 3 } }),
    ];
    expect(sorted(lines, up('agreements'))).toEqual(['C', 'B', 'A']);
    expect(sorted(lines, up('evaluation'))).toEqual(['C', 'A', 'B']);
    expect(sorted(lines, down('evaluation'))).toEqual(['A', 'C', 'B']);
  });

  it('sorts by coordinator, with clients who have none at the bottom', () => {
    const lines = [
      { ...line('A'), coordinator: { id: 'z', name: 'Zeynep' } },
      { ...line('B'), coordinator: null },
      { ...line('C'), coordinator: { id: 'b', name: 'Bas' } },
    ];
    expect(sorted(lines, up('coordinator'))).toEqual(['C', 'A', 'B']);
  });

  it('does not change the list it was given', () => {
    const lines = [line('B'), line('A')];
    sortCaseload(lines, up('client'), 'nl');
    expect(names(lines)).toEqual(['B', 'A']);
  });

  it('can sort by every column it shows', () => {
    const lines = [line('B', { phase: 3 }), line('A', null)];
    for (const column of caseloadColumns) expect(sortCaseload(lines, up(column), 'en'), column).toHaveLength(2);
  });
});

describe('the next meeting day', () => {
  it('is the planned meeting when there is one, else the day a meeting is due by', () => {
    const planned = line('A', { rhythm: { state: 'planned', dueDate: '2026-06-01' }, nextMeetingOn: '2026-03-20' }).group;
    const late = line('B', { rhythm: { state: 'overdue', dueDate: '2026-02-01' }, nextMeetingOn: null }).group;
    const none = line('C', { rhythm: { state: 'none_yet', dueDate: null }, nextMeetingOn: null }).group;
    expect(planned && nextMeetingDay(planned)).toBe('2026-03-20');
    expect(late && nextMeetingDay(late)).toBe('2026-02-01');
    expect(none && nextMeetingDay(none)).toBeNull();
  });
});

describe('filtering the caseload', () => {
  const lines = [
    line('Anna de Wit', { phase: 2 }),
    line('Bram Chloë', { phase: 5, rhythm: { state: 'overdue', dueDate: '2026-02-01' }, nextMeetingOn: null }),
    line('Cas', { phase: 4, name: 'De Zonnegroep' }),
    line('Daan', null),
  ];
  const filtered = (change: Partial<typeof noFilter>) => names(filterCaseload(lines, { ...noFilter, ...change }, today));

  it('shows everyone without a filter', () => {
    expect(filtered({})).toEqual(['Anna de Wit', 'Bram Chloë', 'Cas', 'Daan']);
    expect(isFiltered(noFilter)).toBe(false);
  });

  it('filters on a phase, or on clients without a group yet', () => {
    expect(filtered({ phase: 4 })).toEqual(['Cas']);
    expect(filtered({ phase: 1 })).toEqual([]);
    expect(filtered({ phase: noGroup })).toEqual(['Daan']);
  });

  it('filters on groups late for a meeting', () => {
    expect(filtered({ late: true })).toEqual(['Bram Chloë']);
  });

  it('finds a part of the client’s, the group’s or the coordinator’s name, without case or accents', () => {
    expect(filtered({ text: 'chloe' })).toEqual(['Bram Chloë']);
    expect(filtered({ text: '  DE ' })).toEqual(['Anna de Wit', 'Cas']);
    expect(filtered({ text: 'zonne' })).toEqual(['Cas']);
    expect(filtered({ text: 'sanne' })).toEqual(['Anna de Wit', 'Bram Chloë', 'Cas', 'Daan']);
    expect(filtered({ text: '   ' })).toEqual(['Anna de Wit', 'Bram Chloë', 'Cas', 'Daan']);
    expect(isFiltered({ ...noFilter, text: '   ' })).toBe(false);
  });

  it('combines filters: a line must pass each one that is set', () => {
    expect(filtered({ late: true, phase: 4 })).toEqual([]);
    expect(filtered({ late: true, text: 'bram' })).toEqual(['Bram Chloë']);
    expect(isFiltered({ ...noFilter, late: true })).toBe(true);
  });
});

describe('no evaluation in the last six months', () => {
  const evaluated = (closesOn: string, open = false) =>
    line(`closes ${closesOn}${open ? ' open' : ''}`, { phase: 5, lastEvaluation: { closesOn, open, asked: 4, answered: 2 } });

  it('counts a round as recent when it is open, or its last day is at most six months ago', () => {
    const group = (l: ReturnType<typeof line>) => l.group as NonNullable<ReturnType<typeof line>['group']>;
    expect(hasRecentEvaluation(group(evaluated('2025-09-01')), today)).toBe(true);
    expect(hasRecentEvaluation(group(evaluated('2025-08-31')), today)).toBe(false);
    expect(hasRecentEvaluation(group(evaluated('2025-01-01', true)), today)).toBe(true);
    expect(hasRecentEvaluation(group(line('none', { lastEvaluation: null })), today)).toBe(false);
    // Six months before 31 August is the last day of February.
    expect(hasRecentEvaluation(group(evaluated('2026-02-28')), '2026-08-31')).toBe(true);
    expect(hasRecentEvaluation(group(evaluated('2026-02-27')), '2026-08-31')).toBe(false);
  });

  it('shows only groups that could evaluate (from phase 4) and had no recent round', () => {
    const lines = [
      evaluated('2025-08-31'),
      evaluated('2025-09-01'),
      line('never', { phase: 4, lastEvaluation: null }),
      line('too early', { phase: 3, lastEvaluation: null }),
      line('no group', null),
    ];
    expect(names(filterCaseload(lines, { ...noFilter, noRecentEvaluation: true }, today))).toEqual([
      'closes 2025-08-31',
      'never',
    ]);
  });
});

describe('searchable text', () => {
  it('drops case and accents', () => {
    expect(searchable('  Chloë Çelik ')).toBe('chloe celik');
  });
});
