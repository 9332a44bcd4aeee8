import type { TFunction } from 'i18next';
import { isPhaseNumber, phaseCode } from '../../../domain/phases.js';
import type { RespondentType } from '../../../shared/evaluations.js';
import type { CaseloadLine } from '../../../shared/team.js';
import type { CaseloadColumn } from './caseload.js';

// The caseload and the team's pages in words: days as the Netherlands writes them, a group's
// rhythm, its members and its last evaluation, each said so that it reads the same in the table and
// to a screen reader.

const locale = (language: string) => (language === 'en' ? 'en-GB' : 'nl-NL');

/** A calendar day (YYYY-MM-DD): "12 mrt 2026". Short, for a table; read as UTC so no time zone moves it. */
export function formatShortDay(day: string, language: string): string {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale(language), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
}

/** A calendar day in full: "12 maart 2026". */
export function formatDay(day: string, language: string): string {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The day of a moment (ISO) as it was in the Netherlands: "14 maart 2026". */
export function formatMomentDay(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(date);
}

/** "Fase 4: Startbijeenkomst". The phase names are the groups' own, one name for one phase. */
export const phaseText = (t: TFunction, phase: number): string => t('team.phase', { number: phase, name: phaseName(t, phase) });

/** "Startbijeenkomst". */
export function phaseName(t: TFunction, phase: number): string {
  return isPhaseNumber(phase) ? t(`groups.phases.names.${phaseCode(phase)}`) : String(phase);
}

type Group = NonNullable<CaseloadLine['group']>;

/** The group's place in its rhythm in a table cell: a short label, and the day that goes with it. */
export interface RhythmCell {
  label: string;
  detail: string | null;
  /** Late for a meeting: marked in words and by a symbol, not by colour alone. */
  late: boolean;
}

/**
 * "Gepland: 12 mrt 2026", "Te laat: uiterlijk 3 feb 2026". The meetings' rhythm states, said for a
 * coordinator scanning the table: what is planned, or by when a meeting is due.
 */
export function rhythmCell(t: TFunction, group: Group, language: string): RhythmCell {
  const { state, dueDate } = group.rhythm;
  const day = (value: string | null) => (value === null ? null : formatShortDay(value, language));
  switch (state) {
    case 'planned':
      return { label: t('team.rhythm.planned'), detail: day(group.nextMeetingOn ?? dueDate), late: false };
    case 'none_yet':
      return { label: t('team.rhythm.none_yet'), detail: null, late: false };
    case 'overdue':
      return {
        label: t('team.rhythm.overdue'),
        detail: dueDate === null ? null : t('team.rhythm.wasDueBy', { date: day(dueDate) }),
        late: true,
      };
    case 'due_soon':
    case 'not_due':
      return {
        label: t(`team.rhythm.${state}`),
        detail: dueDate === null ? null : t('team.rhythm.dueBy', { date: day(dueDate) }),
        late: false,
      };
  }
}

/** "3 informeel, 2 formeel, 1 ervaringsdeskundige": who supports the client, by kind. */
export function membersText(t: TFunction, members: Group['members']): string {
  const parts = [t('team.members.informal', { count: members.informal }), t('team.members.formal', { count: members.formal })];
  if (members.peer > 0) parts.push(t('team.members.peer', { count: members.peer }));
  return parts.join(', ');
}

/** The newest evaluation round in a sentence: open with how many answered, closed, or none yet. */
export function evaluationText(t: TFunction, evaluation: Group['lastEvaluation'], language: string): string {
  if (evaluation === null) return t('team.evaluation.none');
  const values = {
    date: formatShortDay(evaluation.closesOn, language),
    answered: evaluation.answered,
    asked: evaluation.asked,
  };
  return evaluation.open ? t('team.evaluation.open', values) : t('team.evaluation.closed', values);
}

/** A column's name, as its header and the sort announcement say it. */
export const columnName = (t: TFunction, column: CaseloadColumn): string => t(`team.caseload.columns.${column}`);

/** "Cliënt", "Naasten", "Professionals": who answers which questionnaire. */
export const respondentTypeName = (t: TFunction, type: RespondentType): string => t(`evaluations.types.${type}`);
