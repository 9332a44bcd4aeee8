import {
  enabledItems,
  validateAnswers,
  type AnswerOption,
  type AnswerValue,
  type InstrumentDefinition,
  type InstrumentItem,
} from '../../../domain/instruments.js';
import type { Questionnaire } from '../../../shared/evaluations.js';

// The questionnaire form's state: what the respondent has typed or chosen per item, as text, read
// into the domain's answers. The domain decides which items are asked and whether the answers fit
// (src/domain/instruments.ts), exactly as the server will; this only turns form input into answers
// and problems into something to show next to a field.

/** What the respondent has typed or chosen, per linkId: an option's key, 'true'/'false', or text. */
export type Drafts = Readonly<Record<string, string>>;

/** Why an answer cannot be sent: the domain's reasons, plus what typing a number can get wrong. */
export type AnswerProblemCode = 'not_a_number' | 'not_whole' | 'not_an_option' | (string & {});

/** The questionnaire's items as a definition the domain can read; a respondent's form has no scales. */
export function questionnaireDefinition(instrument: Questionnaire['instrument']): InstrumentDefinition {
  return {
    url: instrument.url,
    version: instrument.version,
    title: instrument.title,
    status: 'active',
    item: instrument.item,
    scoring: { scales: [] },
  };
}

/** Every item in the order the form shows them, groups before what they hold. */
export function walkItems(items: readonly InstrumentItem[]): InstrumentItem[] {
  return items.flatMap((item) => [item, ...walkItems(item.item ?? [])]);
}

/** Whether an item takes an answer (a group or a text to read does not). */
export const isQuestion = (item: Pick<InstrumentItem, 'type'>): boolean => item.type !== 'group' && item.type !== 'display';

/** How the form knows an option: its code, number or text, as a string. */
export function optionKey(option: AnswerOption): string {
  if ('valueCoding' in option) return option.valueCoding.code;
  if ('valueInteger' in option) return String(option.valueInteger);
  return option.valueString;
}

/** What the respondent reads for an option: the coding's display, else its value. */
export function optionLabel(option: AnswerOption): string {
  if ('valueCoding' in option) return option.valueCoding.display ?? option.valueCoding.code;
  if ('valueInteger' in option) return String(option.valueInteger);
  return option.valueString;
}

const whole = /^[-+]?\d+$/;
const decimal = /^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/;

/**
 * One item's input as an answer: null when empty (or the item takes none), or what is wrong with
 * typed text. A decimal may be written with a comma, as Dutch does.
 */
export function toAnswer(item: InstrumentItem, raw: string): { answer: AnswerValue } | { problem: AnswerProblemCode } | null {
  const text = raw.trim();
  if (!isQuestion(item) || text === '') return null;
  switch (item.type) {
    case 'choice': {
      const option = (item.answerOption ?? []).find((candidate) => optionKey(candidate) === raw);
      if (!option) return { problem: 'not_an_option' };
      if ('valueCoding' in option) return { answer: { coding: { ...option.valueCoding } } };
      if ('valueInteger' in option) return { answer: { integer: option.valueInteger } };
      return { answer: { string: option.valueString } };
    }
    case 'boolean':
      return text === 'true' ? { answer: { boolean: true } } : text === 'false' ? { answer: { boolean: false } } : null;
    case 'integer':
      if (whole.test(text)) return { answer: { integer: Number(text) } };
      return { problem: decimal.test(text) ? 'not_whole' : 'not_a_number' };
    case 'decimal':
      return decimal.test(text) ? { answer: { decimal: Number(text.replace(',', '.')) } } : { problem: 'not_a_number' };
    default:
      return { answer: { string: text } };
  }
}

export interface ReadDrafts {
  /** The answers to send: only to items that are asked, given the other answers. */
  answers: Record<string, AnswerValue>;
  /** The items asked now; the form shows only these. */
  enabled: ReadonlySet<string>;
  /** What stops sending, per linkId, in the form's order. */
  problems: Record<string, AnswerProblemCode>;
}

/**
 * Reads the form: each input as an answer, which items are asked given those answers, and what the
 * domain's own check finds (the server repeats it). Answers to items no longer asked are left out,
 * so that changing an earlier answer never blocks sending.
 */
export function readDrafts(definition: InstrumentDefinition, drafts: Drafts): ReadDrafts {
  const given: Record<string, AnswerValue> = {};
  const typing: Record<string, AnswerProblemCode> = {};
  const questions = walkItems(definition.item).filter(isQuestion);
  for (const item of questions) {
    const read = toAnswer(item, drafts[item.linkId] ?? '');
    if (read === null) continue;
    if ('answer' in read) given[item.linkId] = read.answer;
    else typing[item.linkId] = read.problem;
  }
  const enabled = enabledItems(definition, given);
  const answers = Object.fromEntries(Object.entries(given).filter(([linkId]) => enabled.has(linkId)));
  const checked = new Map(validateAnswers(definition, answers).map((problem) => [problem.linkId, problem.reason] as const));
  const problems: Record<string, AnswerProblemCode> = {};
  for (const { linkId } of questions) {
    if (!enabled.has(linkId)) continue;
    // What was typed wrong says more than "required", which is all the domain sees of it.
    const problem = typing[linkId] ?? checked.get(linkId);
    if (problem !== undefined) problems[linkId] = problem;
  }
  return { answers, enabled, problems };
}

/**
 * The server's field errors (422) sorted out: those at `answers.<linkId>` go next to their item, the
 * rest (the consent boxes, or an item the form does not know) are said above the form.
 */
export function answerFieldErrors(
  errors: readonly { field: string; code: string }[],
  linkIds: readonly string[],
): { byItem: Record<string, string>; other: { field: string; code: string }[] } {
  const byItem: Record<string, string> = {};
  const other: { field: string; code: string }[] = [];
  const prefix = 'answers.';
  // The longest linkId first, so that "1.1" is not taken for "1" when a path goes deeper than the item.
  const known = [...linkIds].sort((a, b) => b.length - a.length);
  for (const error of errors) {
    const rest = error.field.startsWith(prefix) ? error.field.slice(prefix.length) : null;
    const linkId = rest === null ? undefined : known.find((id) => rest === id || rest.startsWith(`${id}.`));
    if (linkId === undefined) other.push(error);
    else byItem[linkId] ??= error.code;
  }
  return { byItem, other };
}
