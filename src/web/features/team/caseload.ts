import { addMonths } from '../../../domain/amsterdam-time.js';
import { firstEvaluationPhase } from '../../../domain/evaluations.js';
import type { CaseloadLine } from '../../../shared/team.js';

// The caseload's sorting and filtering, apart from the page so that they can be tested as they are.

/** The columns the caseload can be sorted by, in the order the table shows them. */
export const caseloadColumns = [
  'client',
  'coordinator',
  'group',
  'phase',
  'members',
  'nextMeeting',
  'agreements',
  'evaluation',
] as const;
export type CaseloadColumn = (typeof caseloadColumns)[number];

export type SortDirection = 'ascending' | 'descending';
export interface CaseloadSort {
  column: CaseloadColumn;
  direction: SortDirection;
}

/** First by client name, as the list of clients is. */
export const defaultSort: CaseloadSort = { column: 'client', direction: 'ascending' };

/** A press on a column's button: the same column turns round, another starts ascending. */
export function nextSort(current: CaseloadSort, column: CaseloadColumn): CaseloadSort {
  if (current.column !== column) return { column, direction: 'ascending' };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

type Group = NonNullable<CaseloadLine['group']>;

/**
 * The day that matters for "next meeting": the planned meeting's day when there is one, else the day
 * by which one is due. Sorted ascending, late groups (a due day in the past) come first.
 */
export function nextMeetingDay(group: Group): string | null {
  if (group.rhythm.state === 'planned') return group.nextMeetingOn ?? group.rhythm.dueDate;
  return group.rhythm.dueDate;
}

type SortKey = string | number | null;

function sortKey(line: CaseloadLine, column: CaseloadColumn): SortKey | readonly SortKey[] {
  const { group } = line;
  switch (column) {
    case 'client':
      return line.client.name;
    case 'coordinator':
      return line.coordinator?.name ?? null;
    case 'group':
      return group?.name ?? null;
    case 'phase':
      return group?.phase ?? null;
    case 'members':
      // Informal support first: it is what the method is about; then the group's size.
      return group === null ? null : [group.members.informal, group.members.informal + group.members.formal + group.members.peer];
    case 'nextMeeting':
      return group === null ? null : nextMeetingDay(group);
    case 'agreements':
      return group?.openAgreements ?? null;
    case 'evaluation':
      return group?.lastEvaluation?.closesOn ?? null;
  }
}

/**
 * The lines sorted by a column. Lines without a value in that column (no group yet, no evaluation)
 * stay at the bottom both ways, so that turning the order round shows the other end of what is
 * there, clients without a group last of all; ties keep the client's name order.
 */
export function sortCaseload(lines: readonly CaseloadLine[], sort: CaseloadSort, language: string): CaseloadLine[] {
  const collator = new Intl.Collator(language === 'en' ? 'en-GB' : 'nl-NL', { sensitivity: 'base', numeric: true });
  const compareValues = (a: string | number, b: string | number): number =>
    typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
  const compareKeys = (a: SortKey | readonly SortKey[], b: SortKey | readonly SortKey[]): number => {
    const left = Array.isArray(a) ? a : [a];
    const right = Array.isArray(b) ? b : [b];
    for (let i = 0; i < left.length; i += 1) {
      const x = left[i] as SortKey;
      const y = right[i] as SortKey;
      if (x === null || y === null) continue;
      const difference = compareValues(x, y);
      if (difference !== 0) return difference;
    }
    return 0;
  };
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byName = (a: CaseloadLine, b: CaseloadLine) =>
    collator.compare(a.client.name, b.client.name) || a.client.id.localeCompare(b.client.id);
  return [...lines].sort((a, b) => {
    const keyA = sortKey(a, sort.column);
    const keyB = sortKey(b, sort.column);
    if (keyA === null || keyB === null) {
      if (keyA !== keyB) return keyA === null ? 1 : -1;
      // Among those without a value, a group that has none comes before a client without a group.
      return Number(a.group === null) - Number(b.group === null) || byName(a, b);
    }
    return sign * compareKeys(keyA, keyB) || byName(a, b);
  });
}

/** "No group yet" among the phases to filter on. */
export const noGroup = 'none';

export interface CaseloadFilter {
  /** A phase (1–6), `noGroup`, or null for all. */
  phase: number | typeof noGroup | null;
  /** Only groups late for a meeting (their due day has passed with nothing planned). */
  late: boolean;
  /** Only groups that could evaluate (from the start meeting on) but had no round in the last six months. */
  noRecentEvaluation: boolean;
  /** Part of the client's or the group's name, or the coordinator's. */
  text: string;
}

export const noFilter: CaseloadFilter = { phase: null, late: false, noRecentEvaluation: false, text: '' };

/** How far back an evaluation counts as recent: the method evaluates about twice a year. */
export const recentEvaluationMonths = 6;

/**
 * Whether the group had an evaluation lately: a round still open, or one whose last day fell within
 * the last six months. Only the newest round is known, and a newer one would be more recent still.
 */
export function hasRecentEvaluation(group: Group, today: string): boolean {
  const last = group.lastEvaluation;
  if (last === null) return false;
  return last.open || last.closesOn >= addMonths(today, -recentEvaluationMonths);
}

/** Text compared the way people search: without case and without accents ("Chloë" matches "chloe"). */
export const searchable = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('nl-NL')
    .trim();

/** The lines that pass every filter that is set. */
export function filterCaseload(lines: readonly CaseloadLine[], filter: CaseloadFilter, today: string): CaseloadLine[] {
  const text = searchable(filter.text);
  return lines.filter((line) => {
    const { group } = line;
    if (filter.phase === noGroup && group !== null) return false;
    if (typeof filter.phase === 'number' && group?.phase !== filter.phase) return false;
    if (filter.late && group?.rhythm.state !== 'overdue') return false;
    if (filter.noRecentEvaluation) {
      if (group === null || group.phase < firstEvaluationPhase || hasRecentEvaluation(group, today)) return false;
    }
    if (text !== '') {
      const names = [line.client.name, group?.name ?? '', line.coordinator?.name ?? ''].map(searchable);
      if (!names.some((name) => name.includes(text))) return false;
    }
    return true;
  });
}

/** Whether any filter is set, so that the page can offer to clear them and say why lines are missing. */
export const isFiltered = (filter: CaseloadFilter): boolean =>
  filter.phase !== null || filter.late || filter.noRecentEvaluation || searchable(filter.text) !== '';
