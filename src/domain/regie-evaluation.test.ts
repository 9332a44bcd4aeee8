import { describe, expect, it } from 'vitest';
import { evaluationThemes, respondentTypes, type RespondentType } from './evaluations.js';
import {
  scoreResponse,
  validateAnswers,
  type AnswerValue,
  type InstrumentDefinition,
  type InstrumentItem,
} from './instruments.js';
import { validateDefinition } from './instrument-definition.js';
import { findRegieInstrument, regieInstrument, regieInstrumentUrls, type RegieLocale } from './regie-evaluation.js';

const locales: readonly RegieLocale[] = ['nl', 'en'];
const every = respondentTypes.flatMap((type) => locales.map((locale) => ({ type, locale })));
const code = (value: string): AnswerValue => ({ coding: { code: value } });

function questions(definition: InstrumentDefinition): InstrumentItem[] {
  return definition.item.flatMap((item) => item.item ?? []).filter((item) => item.type === 'choice');
}

/** Everything a respondent reads removed: what is left must be the same in every language. */
function withoutTexts(definition: InstrumentDefinition): unknown {
  return JSON.parse(
    JSON.stringify({ ...definition, title: undefined, language: undefined }, (key, value: unknown) =>
      key === 'text' || key === 'display' ? undefined : value,
    ),
  );
}

/** Every text a respondent reads, in order. */
function texts(definition: InstrumentDefinition): string[] {
  const found: string[] = [definition.title];
  JSON.stringify(definition.item, (key, value: unknown) => {
    if ((key === 'text' || key === 'display') && typeof value === 'string') found.push(value);
    return value;
  });
  return found;
}

describe.each(every)("Regie's instrument for $type in $locale", ({ type, locale }) => {
  const definition = regieInstrument(type, locale);

  it('passes validateDefinition unchanged', () => {
    const result = validateDefinition(definition);
    expect(result).toEqual({ ok: true, definition });
  });

  it('is identified by a stable url and version 1, in the language asked for', () => {
    expect(definition).toMatchObject({ url: regieInstrumentUrls[type], version: '1', status: 'active', language: locale });
  });

  it('has an intro, one group per theme with 3 or 4 optional questions, and an optional open remark', () => {
    expect(definition.item.map((item) => [item.linkId, item.type])).toEqual([
      ['intro', 'display'],
      ...evaluationThemes.map((theme) => [theme, 'group']),
      ['remarks', 'text'],
    ]);
    for (const group of definition.item.filter((item) => item.type === 'group')) {
      expect(group.item?.length).toBeGreaterThanOrEqual(3);
      expect(group.item?.length).toBeLessThanOrEqual(4);
    }
    // Short enough for someone under stress; nothing has to be answered.
    expect(questions(definition)).toHaveLength(14);
    expect(JSON.stringify(definition)).not.toContain('"required":true');
    expect(validateAnswers(definition, {})).toEqual([]);
  });

  it('answers every question on the same agreement scale with a "don\'t know" that is not a number', () => {
    for (const question of questions(definition))
      expect(question.answerOption?.map((option) => ('valueCoding' in option ? option.valueCoding.code : null))).toEqual([
        '1',
        '2',
        '3',
        '4',
        '5',
        'dont_know',
      ]);
  });

  it('scores one mean per theme from 1 to 5, untitled, with at least one reverse-worded item and no overall score', () => {
    const { scales } = definition.scoring;
    expect(scales.map(({ id }) => id)).toEqual([...evaluationThemes]);
    for (const scale of scales) {
      expect(scale).toMatchObject({ method: 'mean', min: 1, max: 5, minAnswered: 2 });
      expect(scale.title).toBeUndefined();
      const group = definition.item.find((item) => item.linkId === scale.id);
      expect(scale.items).toEqual(group?.item?.map((item) => item.linkId));
    }
    expect(scales.flatMap((scale) => scale.reverse ?? []).length).toBeGreaterThanOrEqual(1);
  });
});

describe('Dutch and English', () => {
  it.each(respondentTypes)('are one instrument for %s: only the texts differ', (type) => {
    const nl = regieInstrument(type, 'nl');
    const en = regieInstrument(type, 'en');
    expect(withoutTexts(nl)).toEqual(withoutTexts(en));
    const [nlTexts, enTexts] = [texts(nl), texts(en)];
    expect(nlTexts).toHaveLength(enTexts.length);
    // Every text is written in both languages, none left untranslated.
    nlTexts.forEach((text, index) => {
      expect(text.trim()).not.toBe('');
      expect(text).not.toBe(enTexts[index]);
    });
  });

  it('are different instruments per respondent type', () => {
    expect(new Set(Object.values(regieInstrumentUrls)).size).toBe(respondentTypes.length);
  });
});

describe('scoring, computed by hand', () => {
  const cases: {
    type: RespondentType;
    answers: Record<string, string>;
    expected: { id: string; score: number | null; answered: number; of: number }[];
  }[] = [
    {
      type: 'client',
      // heard: 5, 4 and a "don't know" that does not count: (5 + 4) / 2. direction-4 is reversed: 2 scores 4.
      // progress: one answer besides "don't know" is below minAnswered.
      answers: {
        'heard-1': '5',
        'heard-2': '4',
        'heard-3': 'dont_know',
        'roles-1': '3',
        'roles-2': '4',
        'roles-3': '2',
        'direction-1': '5',
        'direction-2': '4',
        'direction-3': '5',
        'direction-4': '2',
        'progress-1': '4',
        'progress-2': 'dont_know',
      },
      expected: [
        { id: 'heard', score: 4.5, answered: 2, of: 4 },
        { id: 'roles', score: 3, answered: 3, of: 3 },
        { id: 'direction', score: (5 + 4 + 5 + 4) / 4, answered: 4, of: 4 },
        { id: 'progress', score: null, answered: 1, of: 3 },
      ],
    },
    {
      type: 'relative',
      // roles-4 ("I sometimes feel unnecessary") is reversed: 5 scores 1; roles-2 is "don't know".
      answers: {
        'heard-1': '2',
        'heard-2': '3',
        'roles-1': '4',
        'roles-2': 'dont_know',
        'roles-3': '4',
        'roles-4': '5',
        'direction-1': '5',
        'direction-2': '5',
        'direction-3': '3',
        'progress-1': 'dont_know',
        'progress-2': 'dont_know',
        'progress-3': 'dont_know',
      },
      expected: [
        { id: 'heard', score: 2.5, answered: 2, of: 4 },
        { id: 'roles', score: (4 + 4 + 1) / 3, answered: 3, of: 4 },
        { id: 'direction', score: (5 + 5 + 3) / 3, answered: 3, of: 3 },
        { id: 'progress', score: null, answered: 0, of: 3 },
      ],
    },
    {
      type: 'professional',
      // roles-4 ("I often take over tasks…") is reversed: 1 scores 5.
      answers: {
        'heard-1': '4',
        'heard-2': '4',
        'heard-3': '5',
        'heard-4': '3',
        'roles-1': '3',
        'roles-4': '1',
        'direction-1': '1',
        'direction-2': 'dont_know',
        'progress-1': '5',
        'progress-2': '4',
        'progress-3': 'dont_know',
      },
      expected: [
        { id: 'heard', score: 4, answered: 4, of: 4 },
        { id: 'roles', score: 4, answered: 2, of: 4 },
        { id: 'direction', score: null, answered: 1, of: 3 },
        { id: 'progress', score: 4.5, answered: 2, of: 3 },
      ],
    },
  ];

  it.each(cases)('scores each theme of the $type instrument', ({ type, answers, expected }) => {
    const given = { ...Object.fromEntries(Object.entries(answers).map(([linkId, value]) => [linkId, code(value)])) };
    for (const locale of locales) {
      const definition = regieInstrument(type, locale);
      const withRemark = { ...given, remarks: { string: 'Fijn dat we samen praten.' } };
      expect(validateAnswers(definition, withRemark)).toEqual([]);
      expect(scoreResponse(definition, withRemark)).toEqual(expected);
    }
  });

  it('refuses a code that is not an option', () => {
    expect(validateAnswers(regieInstrument('client', 'nl'), { 'heard-1': code('6') })).toEqual([
      { linkId: 'heard-1', reason: 'not_an_option' },
    ]);
  });
});

describe('findRegieInstrument', () => {
  it.each(every)('finds version 1 of $type in $locale by its url', ({ type, locale }) => {
    expect(findRegieInstrument(regieInstrumentUrls[type], '1', locale)).toEqual(regieInstrument(type, locale));
  });

  it('finds nothing for another url or version', () => {
    expect(findRegieInstrument('https://example.org/r-met/client', '1', 'nl')).toBeNull();
    expect(findRegieInstrument(regieInstrumentUrls.client, '2', 'nl')).toBeNull();
    expect(findRegieInstrument(regieInstrumentUrls.client, 'toString', 'nl')).toBeNull();
    expect(findRegieInstrument('', '', 'en')).toBeNull();
  });

  it('hands out a fresh copy each time, so a caller cannot change what the next one gets', () => {
    const first = regieInstrument('client', 'nl');
    first.title = 'changed';
    first.scoring.scales[0]?.items.push('x');
    expect(regieInstrument('client', 'nl').title).not.toBe('changed');
    expect(regieInstrument('client', 'nl').scoring.scales[0]?.items).not.toContain('x');
  });
});
