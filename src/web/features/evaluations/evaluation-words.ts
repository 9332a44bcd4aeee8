import type { TFunction } from 'i18next';
import { evaluationThemes, respondentTypes, type EvaluationTheme, type RespondentType } from '../../../domain/evaluations.js';
import type { MeetingKind } from '../../../domain/meetings.js';
import texts from '../../i18n/evaluations.nl.json' with { type: 'json' };
import { fieldErrorMessage } from '../../components/messages.js';

// Evaluations in words, said the same way on every page that shows them: themes, respondent types,
// scores, days, and why a type's results are not shown.

const locale = (language: string) => (language === 'en' ? 'en-GB' : 'nl-NL');

/** A calendar day (YYYY-MM-DD): "12 maart 2026". Read as UTC so that no time zone moves the day. */
export function formatDay(day: string, language: string): string {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A short day for a chart's axis: "12-03-2026" or "12/03/2026". */
export function formatShortDay(day: string, language: string): string {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'short', timeZone: 'UTC' }).format(date);
}

/** The day of a moment (ISO) as it was in the Netherlands: "14 maart 2026". */
export function formatMomentDay(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(date);
}

/** A mean score with one decimal, as the reader's language writes it: "3,8" or "3.8". */
export function formatScore(score: number, language: string): string {
  return new Intl.NumberFormat(locale(language), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(score);
}

const isTheme = (id: string): id is EvaluationTheme => (evaluationThemes as readonly string[]).includes(id);

/**
 * A scale's name: the loaded instrument's own title, or for Regie's own instruments (title null) the
 * theme's name from the texts. A scale of neither kind is named by its id rather than not at all.
 */
export function scaleName(t: TFunction, scale: { id: string; title: string | null }): string {
  if (scale.title !== null && scale.title.trim() !== '') return scale.title;
  return isTheme(scale.id) ? t(`evaluations.themes.${scale.id}`) : scale.id;
}

/** Whether the scales are Regie's own themes, whose scores all mean "higher is better". */
export const areRegieThemes = (scales: readonly { id: string; title: string | null }[]): boolean =>
  scales.length > 0 && scales.every((scale) => scale.title === null && isTheme(scale.id));

/** The range every scale shares, to say once; null when they differ (each then says its own). */
export function sharedRange(scales: readonly { min: number; max: number }[]): { min: number; max: number } | null {
  const [first] = scales;
  if (!first) return null;
  return scales.every((scale) => scale.min === first.min && scale.max === first.max) ? { min: first.min, max: first.max } : null;
}

/** "Naasten": a respondent type as a column or a line is named. */
export const typeName = (t: TFunction, type: RespondentType): string => t(`evaluations.types.${type}`);

/** The respondent types in their fixed order (client, relatives, professionals), whatever order they came in. */
export function inTypeOrder<T extends { respondentType: RespondentType }>(entries: readonly T[]): T[] {
  return respondentTypes.flatMap((type) => entries.filter((entry) => entry.respondentType === type));
}

/**
 * Why a type's results are not shown, plainly: one respondent without consent, or nobody. The client
 * reading about their own answers is spoken to.
 */
export function hiddenReasonText(
  t: TFunction,
  type: RespondentType,
  reason: 'no_answers' | 'alone_without_consent',
  own: boolean,
): string {
  return type === 'client' && own
    ? t(`evaluations.results.hidden.${reason}.clientOwn`)
    : t(`evaluations.results.hidden.${reason}.${type}`);
}

/**
 * "Vervolgbijeenkomst" and "donderdag 12 maart 2026": the meeting a round's results are for. A day
 * (YYYY-MM-DD) is read as it is; a moment as the day it is in the Netherlands.
 */
export function meetingLine(
  t: TFunction,
  meeting: { kind: MeetingKind; startsOn: string },
  language: string,
): { what: string; day: string } {
  const isDay = /^\d{4}-\d{2}-\d{2}$/.test(meeting.startsOn);
  const date = new Date(isDay ? `${meeting.startsOn}T00:00:00Z` : meeting.startsOn);
  const day = Number.isNaN(date.getTime())
    ? meeting.startsOn
    : new Intl.DateTimeFormat(locale(language), {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: isDay ? 'UTC' : 'Europe/Amsterdam',
      }).format(date);
  return { what: t(`meetings.kinds.${meeting.kind}`), day };
}

type AnswerErrorCode = keyof typeof texts.answerErrors;
const isAnswerErrorCode = (code: string): code is AnswerErrorCode => Object.hasOwn(texts.answerErrors, code);

/**
 * What is wrong with an answer, by the domain's reason (the form's own check and the server's field
 * errors use the same codes), or by the app's general field codes for anything else.
 */
export function answerErrorText(t: TFunction, code: string): string {
  return isAnswerErrorCode(code) ? t(`evaluations.answerErrors.${code}`) : fieldErrorMessage(t, code);
}

/**
 * A line of the error summary: the question, then what is wrong. A question's own full stop or colon
 * gives way to the colon; after a question mark the message simply follows.
 */
export function summaryLine(label: string, message: string): string {
  const question = label.trim();
  if (/[?!]$/.test(question)) return `${question} ${message}`;
  return `${question.replace(/[.:;]+$/, '')}: ${message}`;
}
