import type { AnswerOption, ItemType } from './instruments.js';

// The small facts about answers that checking a definition and checking answers both need.

/** The kinds of value an answer holds (FHIR's value[x] without the prefix). */
export type AnswerKind = 'boolean' | 'integer' | 'decimal' | 'string' | 'coding';
export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
export const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
export const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
export const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  (values as readonly unknown[]).includes(value);
export const conditionKeys = {
  answerBoolean: 'boolean',
  answerInteger: 'integer',
  answerDecimal: 'decimal',
  answerString: 'string',
  answerCoding: 'coding',
} as const satisfies Record<string, AnswerKind>;

export function optionKind(option: AnswerOption): AnswerKind {
  return 'valueCoding' in option ? 'coding' : 'valueInteger' in option ? 'integer' : 'string';
}

/** The kind of answer an item takes. A choice item takes the kind of its options. */
export function answerKindOf(type: ItemType, options: readonly AnswerOption[] | undefined): AnswerKind | null {
  if (type === 'choice') return options?.[0] ? optionKind(options[0]) : null;
  if (type === 'text') return 'string';
  return type === 'group' || type === 'display' ? null : type;
}

export function optionValue(option: AnswerOption): string | number {
  return 'valueCoding' in option ? option.valueCoding.code : 'valueInteger' in option ? option.valueInteger : option.valueString;
}

export function isAnswerOf(kind: AnswerKind, value: Json): boolean {
  const inner = value[kind];
  if (kind === 'boolean') return typeof inner === 'boolean';
  if (kind === 'string') return typeof inner === 'string';
  if (kind === 'coding')
    return isObject(inner) && isText(inner.code) && (inner.display === undefined || typeof inner.display === 'string');
  return isNumber(inner);
}
