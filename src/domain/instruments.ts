import {
  answerKindOf,
  conditionKeys,
  isAnswerOf,
  isObject,
  isOneOf,
  optionValue,
  type AnswerKind,
  type Json,
} from './instrument-values.js';

/**
 * Instruments (questionnaires) as data (PRODUCT.md §7): a definition is a subset of FHIR's Questionnaire
 * (R4/R5) plus Regie's own scoring rules, so that Regie's evaluation on the R-MET themes and a
 * definition an organisation loads from a file (e.g. the official R-MET) run through the same engine.
 * Everything here is pure: the evaluation feature stores definitions and answers; this file holds
 * what a definition is, which questions are asked, whether answers fit, and what they score, and
 * instrument-definition.ts decides what a definition loaded from outside may say.
 */

/** The item types Regie supports; FHIR has more (date, url, attachment…), which a definition may not use. */
export const itemTypes = ['group', 'display', 'choice', 'integer', 'decimal', 'string', 'text', 'boolean'] as const;
/** One of {@link itemTypes}. */
export type ItemType = (typeof itemTypes)[number];

/** The operators of FHIR's enableWhen. */
export const enableWhenOperators = ['exists', '=', '!=', '>', '<', '>=', '<='] as const;
/** One of {@link enableWhenOperators}. */
export type EnableWhenOperator = (typeof enableWhenOperators)[number];

/** FHIR's publication status of a definition. */
export const publicationStatuses = ['draft', 'active', 'retired', 'unknown'] as const;
/** One of {@link publicationStatuses}. */
export type PublicationStatus = (typeof publicationStatuses)[number];

/** A coded answer; answers are matched on `code` alone, `display` is what the respondent read. */
export interface Coding {
  code: string;
  display?: string;
}

/** One option of a choice item, as in FHIR. All options of one item are of the same kind. */
export type AnswerOption = { valueCoding: Coding } | { valueInteger: number } | { valueString: string };

/**
 * A condition for asking an item, as in FHIR: exactly one `answer…` value, of the kind the referred
 * question is answered with (`answerBoolean` for `exists`).
 */
export interface EnableWhen {
  question: string;
  operator: EnableWhenOperator;
  answerBoolean?: boolean;
  answerInteger?: number;
  answerDecimal?: number;
  answerString?: string;
  answerCoding?: Coding;
}

/** An item of a definition: a question, a text to show (`display`) or a group of items. */
export interface InstrumentItem {
  linkId: string;
  text?: string;
  type: ItemType;
  required?: boolean;
  /** Repeating items are refused: one answer per item keeps storage, privacy rules and scoring simple. */
  repeats?: false;
  answerOption?: AnswerOption[];
  item?: InstrumentItem[];
  enableWhen?: EnableWhen[];
  /** How several conditions combine; FHIR requires it when there is more than one. */
  enableBehavior?: 'all' | 'any';
}

/** How a scale combines its items. */
export type ScaleMethod = 'sum' | 'mean';

/**
 * A scale (Regie's, not FHIR's): a theme, a subscale or the overall score, each just a list of items.
 * All items of a scale share the answer range `min`..`max`, which reversal needs (reversed = min +
 * max − value); an answer outside the range is not scored.
 */
export interface Scale {
  id: string;
  /** What people read as the scale's name (a theme); Regie's own instruments name theirs in the UI texts. */
  title?: string;
  items: string[];
  method: ScaleMethod;
  reverse?: string[];
  min: number;
  max: number;
  /** Fewer answered items than this and the scale has no score; at least 1, at most items.length. */
  minAnswered: number;
}

/** An instrument definition. `url` with `version` identifies it; answers are stored against both. */
export interface InstrumentDefinition {
  url: string;
  version: string;
  title: string;
  /** FHIR's language code (e.g. 'nl', 'en'), when the definition says it. */
  language?: string;
  status: PublicationStatus;
  item: InstrumentItem[];
  /** Regie's extension to FHIR; left out when exporting a definition as a FHIR resource. */
  scoring: { scales: Scale[] };
}

/**
 * One answer, keyed by the kind of value (FHIR's `value[x]` without the prefix): an object with
 * exactly one of these keys. A blank string counts as no answer, the same as a missing key.
 */
export type AnswerValue =
  { boolean: boolean } | { integer: number } | { decimal: number } | { string: string } | { coding: Coding };
/** A respondent's answers by linkId. */
export type Answers = Readonly<Record<string, AnswerValue | undefined>>;

/** Something wrong in a definition; `path` points into the input, e.g. `item[2].enableWhen[0].question`. */
export interface DefinitionProblem {
  path: string;
  message: string;
}

/** An answer reduced to its kind and comparable value (a coding to its code); null when malformed. */
function readAnswer(value: unknown): { kind: AnswerKind; value: boolean | number | string } | null {
  if (!isObject(value)) return null;
  const [kind, ...rest] = Object.keys(value);
  if (
    rest.length > 0 ||
    !isOneOf(['boolean', 'integer', 'decimal', 'string', 'coding'] as const, kind) ||
    !isAnswerOf(kind, value)
  )
    return null;
  const inner = value[kind];
  return { kind, value: kind === 'coding' ? ((inner as Json).code as string) : (inner as boolean | number | string) };
}

/** The answer given to `linkId`, or undefined when there is none (a blank string is none). */
function answerTo(answers: Answers, linkId: string): AnswerValue | undefined {
  if (!Object.hasOwn(answers, linkId)) return undefined;
  const value: unknown = answers[linkId];
  return isObject(value) && typeof value.string === 'string' && value.string.trim() === '' ? undefined : answers[linkId];
}

function* walk(items: readonly InstrumentItem[]): Generator<InstrumentItem> {
  for (const item of items) {
    yield item;
    if (item.item) yield* walk(item.item);
  }
}

/**
 * The linkIds of the items that are asked, given the answers so far. Items are decided in order, so a
 * condition always looks at an earlier, already decided question. A disabled group disables everything
 * in it. A question that was not asked meets no condition at all, not even `exists = false` or `!=`: its
 * stale answer must not steer the questionnaire, and its absence is no answer either. Under 'all' an
 * item with such a condition is therefore disabled; under 'any' another condition may still enable it.
 * An unanswered question meets only `exists = false`.
 */
export function enabledItems(definition: InstrumentDefinition, answers: Answers): ReadonlySet<string> {
  const enabled = new Set<string>();
  const met = (condition: EnableWhen): boolean => {
    if (!enabled.has(condition.question)) return false;
    const given = answerTo(answers, condition.question);
    if (condition.operator === 'exists') return (given !== undefined) === condition.answerBoolean;
    const answer = readAnswer(given);
    const key = (Object.keys(conditionKeys) as (keyof typeof conditionKeys)[]).find((k) => condition[k] !== undefined);
    if (!answer || !key || answer.kind !== conditionKeys[key]) return false;
    const wanted = key === 'answerCoding' ? condition.answerCoding?.code : condition[key];
    if (condition.operator === '=') return answer.value === wanted;
    if (condition.operator === '!=') return answer.value !== wanted;
    if (typeof answer.value !== 'number' || typeof wanted !== 'number') return false;
    const difference = answer.value - wanted;
    return { '>': difference > 0, '<': difference < 0, '>=': difference >= 0, '<=': difference <= 0 }[condition.operator];
  };
  const visit = (items: readonly InstrumentItem[], parentEnabled: boolean) => {
    for (const item of items) {
      const conditions = item.enableWhen ?? [];
      const on =
        parentEnabled &&
        (conditions.length === 0 || (item.enableBehavior === 'any' ? conditions.some(met) : conditions.every(met)));
      if (on) enabled.add(item.linkId);
      if (item.item) visit(item.item, on);
    }
  };
  visit(definition.item, true);
  return enabled;
}

/** Why an answer was refused; stable codes for the web app to show its own words. */
export type AnswerProblemReason =
  'unknown_item' | 'not_answerable' | 'disabled' | 'required' | 'wrong_type' | 'not_whole' | 'not_an_option';

/** A problem with the answer to one item. */
export interface AnswerProblem {
  linkId: string;
  reason: AnswerProblemReason;
}

/**
 * Checks a respondent's answers against a definition and lists the problems per item, in the order of
 * the questionnaire (answers to unknown items last). No problems means the answers may be stored. The
 * answers come from a client, so a malformed value is reported as `wrong_type` rather than trusted.
 */
export function validateAnswers(definition: InstrumentDefinition, answers: Answers): AnswerProblem[] {
  const enabled = enabledItems(definition, answers);
  const problems: AnswerProblem[] = [];
  const known = new Set<string>();
  for (const item of walk(definition.item)) {
    const { linkId } = item;
    known.add(linkId);
    const kind = answerKindOf(item.type, item.answerOption);
    const given = answerTo(answers, linkId);
    let reason: AnswerProblemReason | null = null;
    if (given === undefined) reason = item.required && enabled.has(linkId) ? 'required' : null;
    else if (!kind) reason = 'not_answerable';
    else if (!enabled.has(linkId)) reason = 'disabled';
    else {
      const answer = readAnswer(given);
      if (answer?.kind !== kind) reason = 'wrong_type';
      else if (kind === 'integer' && !Number.isInteger(answer.value)) reason = 'not_whole';
      else if (item.answerOption && !item.answerOption.some((option) => optionValue(option) === answer.value))
        reason = 'not_an_option';
    }
    if (reason) problems.push({ linkId, reason });
  }
  for (const linkId of Object.keys(answers)) if (!known.has(linkId)) problems.push({ linkId, reason: 'unknown_item' });
  return problems;
}

/** The score of one scale: `answered` of the `of` items that were asked had a scorable answer. */
export interface ScaleScore {
  id: string;
  score: number | null;
  answered: number;
  of: number;
}

/** The number an answer scores: an integer or decimal, or a code that reads as a number ('1'..'5'). */
function scoreOf(answer: AnswerValue | undefined): number | null {
  const read = readAnswer(answer);
  if (read?.kind === 'coding') return /^-?\d+(\.\d+)?$/.test(read.value as string) ? Number(read.value) : null;
  return read && typeof read.value === 'number' ? read.value : null;
}

/**
 * Scores a response on every scale of the definition. Only items that were asked count (`of`); an
 * unanswered item, a non-numeric answer (e.g. a 'don't know' code) and an answer outside the scale's
 * range count as missing. Reverse-scored items score min + max − value. With fewer than `minAnswered`
 * answered items the score is null. 'mean' is the mean of the answered items. 'sum' is prorated, the
 * usual practice for summed scales that allow missing items: the mean of the answered items times the
 * number of items asked, so that a score stays comparable however many items were skipped; with every
 * item answered it is the plain sum. Scores are not rounded: rounding is for display.
 */
export function scoreResponse(definition: InstrumentDefinition, answers: Answers): ScaleScore[] {
  const enabled = enabledItems(definition, answers);
  return definition.scoring.scales.map(({ id, items, method, reverse = [], min, max, minAnswered }) => {
    const asked = items.filter((linkId) => enabled.has(linkId));
    let total = 0;
    let answered = 0;
    for (const linkId of asked) {
      const value = scoreOf(answerTo(answers, linkId));
      if (value === null || value < min || value > max) continue;
      total += reverse.includes(linkId) ? min + max - value : value;
      answered += 1;
    }
    const of = asked.length;
    if (answered < minAnswered || answered === 0) return { id, score: null, answered, of };
    return { id, score: method === 'mean' ? total / answered : (total * of) / answered, answered, of };
  });
}
