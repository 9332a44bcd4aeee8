import {
  enableWhenOperators,
  itemTypes,
  publicationStatuses,
  type AnswerOption,
  type DefinitionProblem,
  type EnableWhen,
  type InstrumentDefinition,
  type InstrumentItem,
  type ItemType,
  type Scale,
} from './instruments.js';
import {
  answerKindOf,
  conditionKeys,
  isAnswerOf,
  isNumber,
  isObject,
  isOneOf,
  isText,
  optionKind,
  optionValue,
  type AnswerKind,
} from './instrument-values.js';

// Checking an instrument definition (src/domain/instruments.ts), e.g. one an organisation admin
// loads from a file: every problem at once, with the path to it.

interface Known {
  order: number;
  path: string;
  type: ItemType;
  /** The kind of answer the item takes; null for groups and display items, which take none. */
  kind: AnswerKind | null;
}

const numericKinds: readonly (AnswerKind | null)[] = ['integer', 'decimal'];

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
