/**
 * Instruments (questionnaires) as data (PRODUCT.md §7): a definition is a subset of FHIR's Questionnaire
 * (R4/R5) plus Regie's own scoring rules, so that Regie's evaluation on the R-MET themes and a
 * definition an organisation loads from a file (e.g. the official R-MET) run through the same engine.
 * Everything here is pure: the evaluation feature stores definitions and answers, this file decides
 * what a definition may say, which questions are asked, whether answers fit, and what they score.
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

type AnswerKind = 'boolean' | 'integer' | 'decimal' | 'string' | 'coding';
type Json = Record<string, unknown>;
interface Known {
  order: number;
  path: string;
  type: ItemType;
  /** The kind of answer the item takes; null for groups and display items, which take none. */
  kind: AnswerKind | null;
}

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  (values as readonly unknown[]).includes(value);
const conditionKeys = {
  answerBoolean: 'boolean',
  answerInteger: 'integer',
  answerDecimal: 'decimal',
  answerString: 'string',
  answerCoding: 'coding',
} as const satisfies Record<string, AnswerKind>;
const numericKinds: readonly (AnswerKind | null)[] = ['integer', 'decimal'];

function optionKind(option: AnswerOption): AnswerKind {
  return 'valueCoding' in option ? 'coding' : 'valueInteger' in option ? 'integer' : 'string';
}

/** The kind of answer an item takes. A choice item takes the kind of its options. */
function answerKindOf(type: ItemType, options: readonly AnswerOption[] | undefined): AnswerKind | null {
  if (type === 'choice') return options?.[0] ? optionKind(options[0]) : null;
  if (type === 'text') return 'string';
  return type === 'group' || type === 'display' ? null : type;
}

/**
 * Checks a definition, e.g. one an organisation admin loads from a JSON file, and lists every problem
 * at once, so that one round of corrections suffices. Never throws. On success the definition is a
 * clean copy: fields outside the supported subset are dropped and a missing `scoring` becomes no scales.
 * enableWhen may only refer to an earlier question, which keeps enabling decidable in one pass in order.
 */
export function validateDefinition(
  input: unknown,
): { ok: true; definition: InstrumentDefinition } | { ok: false; problems: DefinitionProblem[] } {
  if (!isObject(input)) return { ok: false, problems: [{ path: '', message: 'a definition is a JSON object' }] };
  const problems: DefinitionProblem[] = [];
  const report = (path: string, message: string) => problems.push({ path, message });
  const known = new Map<string, Known>();
  const conditions: { condition: EnableWhen; path: string; order: number }[] = [];
  let order = 0;

  if (input.resourceType !== undefined && input.resourceType !== 'Questionnaire')
    report('resourceType', 'is not a Questionnaire');
  for (const key of ['url', 'version', 'title'] as const) if (!isText(input[key])) report(key, `${key} is missing`);
  if (!isOneOf(publicationStatuses, input.status)) report('status', `status is not one of ${publicationStatuses.join(', ')}`);

  function parseItems(raw: unknown, path: string): InstrumentItem[] {
    if (!Array.isArray(raw) || raw.length === 0) {
      report(path, 'needs at least one item');
      return [];
    }
    return raw.map((entry, index) => parseItem(entry, `${path}[${index}]`));
  }

  // While problems are being collected the returned values may be incomplete; they are only handed
  // out when no problem was found.
  function parseItem(raw: unknown, path: string): InstrumentItem {
    const own = order++;
    if (!isObject(raw)) {
      report(path, 'an item is an object');
      return { linkId: '', type: 'display' };
    }
    const type = raw.type as ItemType;
    if (!isOneOf(itemTypes, raw.type)) report(`${path}.type`, `unknown item type ${JSON.stringify(raw.type)}`);
    const answerable = type !== 'group' && type !== 'display';
    const item: InstrumentItem = { linkId: raw.linkId as string, type };
    if (type !== 'group' && !isText(raw.text)) report(`${path}.text`, 'text is missing');
    if (raw.text !== undefined) item.text = raw.text as string;
    if (raw.required !== undefined) {
      if (typeof raw.required !== 'boolean') report(`${path}.required`, 'is true or false');
      else if (raw.required && !answerable) report(`${path}.required`, 'only a question can be required');
      item.required = raw.required as boolean;
    }
    if (raw.repeats === true) report(`${path}.repeats`, 'repeating items are not supported');
    else if (raw.repeats !== undefined && raw.repeats !== false) report(`${path}.repeats`, 'is true or false');
    if (type === 'choice' || raw.answerOption !== undefined)
      item.answerOption = parseOptions(raw.answerOption, `${path}.answerOption`, type);
    if (isText(raw.linkId)) {
      const first = known.get(raw.linkId);
      if (first) report(`${path}.linkId`, `linkId '${raw.linkId}' is also used at ${first.path}`);
      else known.set(raw.linkId, { order: own, path, type, kind: answerKindOf(type, item.answerOption) });
    } else report(`${path}.linkId`, 'linkId is missing');
    if (type === 'group') item.item = parseItems(raw.item, `${path}.item`);
    else if (raw.item !== undefined) report(`${path}.item`, 'only a group has items');
    if (raw.enableWhen !== undefined) {
      if (!Array.isArray(raw.enableWhen) || raw.enableWhen.length === 0) report(`${path}.enableWhen`, 'is a list of conditions');
      else item.enableWhen = raw.enableWhen.map((entry, index) => parseCondition(entry, `${path}.enableWhen[${index}]`, own));
    }
    if (raw.enableBehavior !== undefined) {
      if (!isOneOf(['all', 'any'] as const, raw.enableBehavior)) report(`${path}.enableBehavior`, "is 'all' or 'any'");
      item.enableBehavior = raw.enableBehavior as 'all' | 'any';
    } else if ((item.enableWhen?.length ?? 0) > 1)
      report(`${path}.enableBehavior`, "says 'all' or 'any' when there are several conditions");
    return item;
  }

  function parseOptions(raw: unknown, path: string, type: ItemType): AnswerOption[] {
    if (type !== 'choice') report(path, 'only a choice item has answer options');
    if (!Array.isArray(raw) || raw.length === 0) {
      report(path, 'a choice item needs at least one answer option');
      return [];
    }
    const seen = new Set<string>();
    const options: AnswerOption[] = [];
    raw.forEach((entry, index) => {
      const at = `${path}[${index}]`;
      const option = isObject(entry) ? entry : {};
      const coding = option.valueCoding;
      const parsed: AnswerOption | null =
        Object.keys(option).length !== 1
          ? null
          : isObject(coding) && isText(coding.code) && (coding.display === undefined || typeof coding.display === 'string')
            ? {
                valueCoding:
                  coding.display === undefined ? { code: coding.code } : { code: coding.code, display: coding.display },
              }
            : Number.isInteger(option.valueInteger)
              ? { valueInteger: option.valueInteger as number }
              : typeof option.valueString === 'string'
                ? { valueString: option.valueString }
                : null;
      if (!parsed) return report(at, 'an option has one valueCoding (with a code), valueInteger or valueString');
      const key = JSON.stringify(optionValue(parsed));
      if (options[0] && optionKind(options[0]) !== optionKind(parsed)) report(at, 'all options of an item are of one kind');
      else if (seen.has(key)) report(at, `option ${key} appears twice`);
      seen.add(key);
      options.push(parsed);
    });
    return options;
  }

  function parseCondition(raw: unknown, path: string, own: number): EnableWhen {
    const fields = ['question', 'operator', ...Object.keys(conditionKeys)];
    const condition = Object.fromEntries(
      Object.entries(isObject(raw) ? raw : {}).filter(([key]) => fields.includes(key)),
    ) as unknown as EnableWhen;
    if (!isObject(raw)) report(path, 'a condition is an object');
    else if (!isOneOf(enableWhenOperators, raw.operator))
      report(`${path}.operator`, `operator is not one of ${enableWhenOperators.join(' ')}`);
    else conditions.push({ condition, path, order: own });
    return condition;
  }

  const item = parseItems(input.item, 'item');

  // References are checked once every item is known, so that a later item is told apart from a missing one.
  for (const { condition, path, order: own } of conditions) {
    const target = known.get(condition.question);
    const given = (Object.keys(conditionKeys) as (keyof typeof conditionKeys)[]).filter((key) => condition[key] !== undefined);
    if (!target) report(`${path}.question`, `refers to an unknown item ${JSON.stringify(condition.question)}`);
    else if (target.order === own) report(`${path}.question`, 'refers to its own item');
    else if (target.order > own) report(`${path}.question`, `refers to a later item (${target.path})`);
    else if (!target.kind) report(`${path}.question`, `refers to a ${target.type} item, which has no answer`);
    const [key, extra] = given;
    if (!key || extra) {
      report(path, 'a condition has exactly one answer value');
      continue;
    }
    const value = condition[key];
    const wanted = condition.operator === 'exists' ? 'boolean' : target?.kind;
    if (!isAnswerOf(conditionKeys[key], key === 'answerCoding' ? { coding: value } : { [conditionKeys[key]]: value }))
      report(`${path}.${key}`, 'is not a valid value');
    else if (wanted && conditionKeys[key] !== wanted)
      report(`${path}.${key}`, `does not match the question, which is answered with a ${wanted}`);
    if (['>', '<', '>=', '<='].includes(condition.operator) && target?.kind && !numericKinds.includes(target.kind))
      report(`${path}.operator`, `${condition.operator} compares numbers only`);
  }

  if (input.language !== undefined && !isText(input.language)) report('language', 'is a language code like nl or en');
  const scales = parseScales(input.scoring, known, report);
  if (problems.length > 0) return { ok: false, problems };
  const { url, version, title, status, language } = input as unknown as InstrumentDefinition;
  const definition: InstrumentDefinition = { url, version, title, status, item, scoring: { scales } };
  if (language !== undefined) definition.language = language;
  return { ok: true, definition };
}

function parseScales(raw: unknown, known: ReadonlyMap<string, Known>, report: (path: string, message: string) => void): Scale[] {
  if (raw === undefined) return [];
  if (!isObject(raw) || !Array.isArray(raw.scales)) {
    report('scoring', 'scoring has a list of scales');
    return [];
  }
  const ids = new Set<string>();
  return raw.scales.map((entry, index): Scale => {
    const path = `scoring.scales[${index}]`;
    const scale = isObject(entry) ? entry : {};
    if (!isText(scale.id) || ids.has(scale.id)) report(`${path}.id`, 'a scale has an id of its own');
    else ids.add(scale.id);
    const items = Array.isArray(scale.items) ? (scale.items as unknown[]) : [];
    if (items.length === 0) report(`${path}.items`, 'a scale has at least one item');
    items.forEach((linkId, at) => {
      const target = typeof linkId === 'string' ? known.get(linkId) : undefined;
      if (!target || typeof linkId !== 'string') report(`${path}.items[${at}]`, `unknown item ${JSON.stringify(linkId)}`);
      else if (target.kind !== 'coding' && !numericKinds.includes(target.kind))
        report(`${path}.items[${at}]`, `${linkId} has no numeric answer`);
      else if (items.indexOf(linkId) !== at) report(`${path}.items[${at}]`, `${linkId} appears twice`);
    });
    if (!isOneOf(['sum', 'mean'] as const, scale.method)) report(`${path}.method`, "is 'sum' or 'mean'");
    const reverse = scale.reverse ?? [];
    if (!Array.isArray(reverse)) report(`${path}.reverse`, 'is a list of items');
    else
      reverse.forEach(
        (linkId, at) =>
          !items.includes(linkId) && report(`${path}.reverse[${at}]`, `${JSON.stringify(linkId)} is not in the scale`),
      );
    if (!isNumber(scale.min)) report(`${path}.min`, 'is a number');
    if (!isNumber(scale.max)) report(`${path}.max`, 'is a number');
    else if (isNumber(scale.min) && scale.min >= scale.max) report(`${path}.min`, 'is below max');
    const { minAnswered } = scale;
    if (!Number.isInteger(minAnswered) || (minAnswered as number) < 1 || (minAnswered as number) > Math.max(items.length, 1))
      report(`${path}.minAnswered`, `is a whole number from 1 to ${Math.max(items.length, 1)}`);
    const parsed = { id: scale.id, items, method: scale.method, min: scale.min, max: scale.max, minAnswered } as Scale;
    if (scale.reverse !== undefined) parsed.reverse = reverse as string[];
    if (scale.title !== undefined) {
      if (!isText(scale.title)) report(`${path}.title`, 'is a text');
      else parsed.title = scale.title;
    }
    return parsed;
  });
}

function optionValue(option: AnswerOption): string | number {
  return 'valueCoding' in option ? option.valueCoding.code : 'valueInteger' in option ? option.valueInteger : option.valueString;
}

function isAnswerOf(kind: AnswerKind, value: Json): boolean {
  const inner = value[kind];
  if (kind === 'boolean') return typeof inner === 'boolean';
  if (kind === 'string') return typeof inner === 'string';
  if (kind === 'coding')
    return isObject(inner) && isText(inner.code) && (inner.display === undefined || typeof inner.display === 'string');
  return isNumber(inner);
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
