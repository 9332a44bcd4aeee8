import { describe, expect, it } from 'vitest';
import {
  enabledItems,
  scoreResponse,
  validateAnswers,
  type AnswerValue,
  type Answers,
  type InstrumentDefinition,
} from './instruments.js';
import { validateDefinition } from './instrument-definition.js';

/** Loads a definition the way an admin's file is loaded, so every fixture also passes validation. */
function load(input: unknown): InstrumentDefinition {
  const result = validateDefinition(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.definition;
}

const code = (value: string): AnswerValue => ({ coding: { code: value } });
const fivePoint = ['1', '2', '3', '4', '5'].map((value) => ({ valueCoding: { code: value, display: `label ${value}` } }));
const likert = (linkId: string) => ({ linkId, text: `statement ${linkId}`, type: 'choice', answerOption: fivePoint });

// Two themes and an overall score. h3 is worded the other way round ("I am not listened to"), so it is
// reverse-scored; h2 has a "don't know" option that scores nothing; r1 is typed in as a number.
const evaluation = load({
  resourceType: 'Questionnaire',
  url: 'https://regie.example/evaluation/client',
  version: '1.0.0',
  title: 'Evaluation on the R-MET themes',
  status: 'active',
  item: [
    {
      linkId: 'heard',
      type: 'group',
      text: 'Feeling heard',
      item: [
        likert('h1'),
        { ...likert('h2'), answerOption: [...fivePoint, { valueCoding: { code: 'x', display: "don't know" } }] },
        likert('h3'),
      ],
    },
    {
      linkId: 'roles',
      type: 'group',
      item: [{ linkId: 'r1', text: 'roles are clear (1-5)', type: 'integer' }, likert('r2')],
    },
    { linkId: 'remarks', text: 'Anything else?', type: 'text' },
  ],
  scoring: {
    scales: [
      { id: 'heard', items: ['h1', 'h2', 'h3'], method: 'mean', reverse: ['h3'], min: 1, max: 5, minAnswered: 2 },
      { id: 'roles', items: ['r1', 'r2'], method: 'sum', min: 1, max: 5, minAnswered: 1 },
      { id: 'overall', items: ['h1', 'h2', 'h3', 'r1', 'r2'], method: 'sum', reverse: ['h3'], min: 1, max: 5, minAnswered: 4 },
    ],
  },
});

describe('scoring', () => {
  it('reverses reverse-scored items on a 5-point scale (2 scores 4)', () => {
    const scores = scoreResponse(evaluation, { h1: code('5'), h2: code('3'), h3: code('2'), r1: { integer: 3 }, r2: code('1') });
    // heard: (5 + 3 + 4) / 3 = 4 (without reversal it would be 10/3); roles: 3 + 1; overall: 5+3+4+3+1.
    expect(scores).toEqual([
      { id: 'heard', score: 4, answered: 3, of: 3 },
      { id: 'roles', score: 4, answered: 2, of: 2 },
      { id: 'overall', score: 16, answered: 5, of: 5 },
    ]);
  });

  it('scores with missing answers at minAnswered, taking the mean of the answered and prorating the sum', () => {
    const scores = scoreResponse(evaluation, { h1: code('5'), h3: code('2'), r1: { integer: 3 }, r2: code('1') });
    // heard: 2 answered = minAnswered, (5 + 4) / 2 = 4.5; overall: 4 of 5 answered, (5+4+3+1) × 5 / 4 = 16.25.
    expect(scores).toEqual([
      { id: 'heard', score: 4.5, answered: 2, of: 3 },
      { id: 'roles', score: 4, answered: 2, of: 2 },
      { id: 'overall', score: 16.25, answered: 4, of: 5 },
    ]);
  });

  it('gives no score below minAnswered, and prorates a subscale that still has enough', () => {
    const scores = scoreResponse(evaluation, { h1: code('5'), r1: { integer: 3 } });
    // roles: 1 of 2 answered, 3 × 2 / 1 = 6.
    expect(scores).toEqual([
      { id: 'heard', score: null, answered: 1, of: 3 },
      { id: 'roles', score: 6, answered: 1, of: 2 },
      { id: 'overall', score: null, answered: 2, of: 5 },
    ]);
  });

  it('counts a non-numeric code and an answer outside the range as missing', () => {
    const scores = scoreResponse(evaluation, { h1: code('4'), h2: code('x'), h3: code('1'), r1: { integer: 7 }, r2: code('2') });
    // heard: h2 'x' is missing, (4 + 5) / 2 = 4.5; roles: r1 = 7 is outside 1..5, 2 × 2 / 1 = 4;
    // overall: h1 4, h3 5, r2 2 = 3 answered < 4.
    expect(scores).toEqual([
      { id: 'heard', score: 4.5, answered: 2, of: 3 },
      { id: 'roles', score: 4, answered: 1, of: 2 },
      { id: 'overall', score: null, answered: 3, of: 5 },
    ]);
  });

  it('scores subscales over different items independently, with a mean that does not divide evenly', () => {
    const [heard, roles] = scoreResponse(evaluation, { h1: code('2'), h2: code('3'), h3: code('4'), r2: code('5') });
    // heard: (2 + 3 + 2) / 3 = 7/3; roles: r2 alone, 5 × 2 / 1 = 10.
    expect(heard?.score).toBeCloseTo(7 / 3, 12);
    expect(heard?.score).not.toBeCloseTo(3, 2);
    expect(roles).toEqual({ id: 'roles', score: 10, answered: 1, of: 2 });
  });

  it('has no scales when a definition brings no scoring', () => {
    const definition = load({
      url: 'u',
      version: '1',
      title: 't',
      status: 'draft',
      item: [{ linkId: 'a', text: 'a', type: 'string' }],
    });
    expect(definition.scoring).toEqual({ scales: [] });
    expect(scoreResponse(definition, { a: { string: 'x' } })).toEqual([]);
  });
});

// attended → why_not (if not attended) or the meeting group (if attended), in which details/m2 is asked
// only after a low m1; followup is shown for any of two reasons, both only for both reasons.
const branching = load({
  url: 'https://regie.example/test/branching',
  version: '2',
  title: 'Branching',
  status: 'draft',
  item: [
    { linkId: 'attended', text: 'Were you at the meeting?', type: 'boolean', required: true },
    {
      linkId: 'why_not',
      text: 'Why not?',
      type: 'string',
      required: true,
      enableWhen: [{ question: 'attended', operator: '=', answerBoolean: false }],
    },
    {
      linkId: 'meeting',
      type: 'group',
      enableWhen: [{ question: 'attended', operator: '=', answerBoolean: true }],
      item: [
        { ...likert('m1'), required: true },
        {
          linkId: 'details',
          type: 'group',
          item: [
            {
              linkId: 'm2',
              text: 'How many people spoke?',
              type: 'integer',
              enableWhen: [{ question: 'm1', operator: '=', answerCoding: { code: '1' } }],
            },
          ],
        },
      ],
    },
    {
      linkId: 'followup',
      text: 'Your coordinator will call you.',
      type: 'display',
      enableBehavior: 'any',
      enableWhen: [
        { question: 'm2', operator: '<', answerInteger: 3 },
        { question: 'why_not', operator: 'exists', answerBoolean: true },
      ],
    },
    {
      linkId: 'both',
      text: 'What would help?',
      type: 'text',
      enableBehavior: 'all',
      enableWhen: [
        { question: 'attended', operator: '=', answerBoolean: true },
        { question: 'm1', operator: '!=', answerCoding: { code: '1' } },
      ],
    },
  ],
});

const enabled = (answers: Answers) => [...enabledItems(branching, answers)].sort();

describe('enableWhen', () => {
  it('asks only the first question before anything is answered', () => {
    expect(enabled({})).toEqual(['attended']);
  });

  it('opens a group and its nested group when their conditions hold', () => {
    expect(enabled({ attended: { boolean: true }, m1: code('1'), m2: { integer: 2 } })).toEqual([
      'attended',
      'details',
      'followup',
      'm1',
      'm2',
      'meeting',
    ]);
  });

  it("combines conditions with 'all', and meets none on a question that was not asked", () => {
    // m2 is disabled (m1 is not '1'), so its stale answer of 2 does not enable followup.
    expect(enabled({ attended: { boolean: true }, m1: code('2'), m2: { integer: 2 } })).toEqual([
      'attended',
      'both',
      'details',
      'm1',
      'meeting',
    ]);
    expect(enabled({ attended: { boolean: true }, m1: code('1'), m2: { integer: 3 } })).not.toContain('followup');
    // A stale answer to why_not, disabled now, does not meet `exists` either.
    expect(enabled({ attended: { boolean: true }, why_not: { string: 'too far' }, m1: code('2') })).not.toContain('followup');
  });

  it("combines conditions with 'any', and a disabled group disables its children whatever their answers", () => {
    expect(enabled({ attended: { boolean: false }, why_not: { string: 'too far' }, m1: code('1'), m2: { integer: 1 } })).toEqual([
      'attended',
      'followup',
      'why_not',
    ]);
  });

  it('counts a blank string as no answer for exists', () => {
    expect(enabled({ attended: { boolean: false }, why_not: { string: '  ' } })).toEqual(['attended', 'why_not']);
  });
});

describe('validating answers', () => {
  it('asks for required items that are enabled, and only those', () => {
    expect(validateAnswers(branching, {})).toEqual([{ linkId: 'attended', reason: 'required' }]);
    expect(validateAnswers(branching, { attended: { boolean: true } })).toEqual([{ linkId: 'm1', reason: 'required' }]);
    expect(validateAnswers(branching, { attended: { boolean: false }, why_not: { string: ' ' } })).toEqual([
      { linkId: 'why_not', reason: 'required' },
    ]);
    expect(validateAnswers(branching, { attended: { boolean: true }, m1: code('1'), m2: { integer: 4 } })).toEqual([]);
  });

  it('refuses a fraction for an integer and a code that is not an option', () => {
    expect(validateAnswers(branching, { attended: { boolean: true }, m1: code('1'), m2: { integer: 2.5 } })).toEqual([
      { linkId: 'm2', reason: 'not_whole' },
    ]);
    expect(validateAnswers(evaluation, { h1: code('6'), r2: { coding: { code: '5', display: 'anything' } } })).toEqual([
      { linkId: 'h1', reason: 'not_an_option' },
    ]);
  });

  it('refuses answers of the wrong kind or shape', () => {
    expect(validateAnswers(branching, { attended: { integer: 1 } })).toEqual([{ linkId: 'attended', reason: 'wrong_type' }]);
    const malformed = { attended: { boolean: true, integer: 1 } } as unknown as Answers;
    expect(validateAnswers(branching, malformed)).toEqual([{ linkId: 'attended', reason: 'wrong_type' }]);
    expect(validateAnswers(evaluation, { r1: { decimal: 2 }, h1: { integer: 3 } })).toEqual([
      { linkId: 'h1', reason: 'wrong_type' },
      { linkId: 'r1', reason: 'wrong_type' },
    ]);
  });

  it('refuses answers to disabled, group, display and unknown items, in questionnaire order', () => {
    const answers: Answers = {
      nosuch: { integer: 1 },
      details: { boolean: true },
      followup: { string: 'ok' },
      attended: { boolean: true },
      m1: code('9'),
      m2: { integer: 2 },
      why_not: { string: 'x' },
    };
    expect(validateAnswers(branching, answers)).toEqual([
      { linkId: 'why_not', reason: 'disabled' },
      { linkId: 'm1', reason: 'not_an_option' },
      { linkId: 'details', reason: 'not_answerable' },
      { linkId: 'm2', reason: 'disabled' },
      { linkId: 'followup', reason: 'not_answerable' },
      { linkId: 'nosuch', reason: 'unknown_item' },
    ]);
  });
});

describe('validating a definition', () => {
  const paths = (input: unknown) => {
    const result = validateDefinition(input);
    return result.ok ? [] : result.problems.map((problem) => problem.path).sort();
  };

  it('lists every problem at once', () => {
    const bad = {
      url: 'https://regie.example/bad',
      title: '',
      status: 'active',
      item: [
        { linkId: 'a', text: 'a', type: 'integer' },
        { linkId: 'a', text: 'b', type: 'date' },
        {
          linkId: 'c',
          text: 'c',
          type: 'choice',
          repeats: true,
          answerOption: [{ valueCoding: { code: '1' } }, { valueInteger: 2 }],
        },
        {
          linkId: 'g',
          type: 'group',
          item: [
            { linkId: 'g1', text: 'g1', type: 'string', enableWhen: [{ question: 'later', operator: '=', answerString: 'x' }] },
            {
              linkId: 'g2',
              text: 'g2',
              type: 'boolean',
              enableWhen: [{ question: 'g2', operator: 'exists', answerBoolean: true }],
            },
            { linkId: 'g3', text: 'g3', type: 'string', enableWhen: [{ question: 'a', operator: '=', answerString: '3' }] },
            { linkId: 'g4', text: 'g4', type: 'string', enableWhen: [{ question: 'nope', operator: '=', answerString: 'x' }] },
          ],
        },
        { linkId: 'later', text: 'later', type: 'string' },
      ],
      scoring: {
        scales: [{ id: 's', items: ['a', 'zzz', 'later'], method: 'sum', reverse: ['c'], min: 5, max: 1, minAnswered: 4 }],
      },
    };
    expect(paths(bad)).toEqual(
      [
        'version',
        'title',
        'item[1].linkId',
        'item[1].type',
        'item[2].repeats',
        'item[2].answerOption[1]',
        'item[3].item[0].enableWhen[0].question',
        'item[3].item[1].enableWhen[0].question',
        'item[3].item[2].enableWhen[0].answerString',
        'item[3].item[3].enableWhen[0].question',
        'scoring.scales[0].items[1]',
        'scoring.scales[0].items[2]',
        'scoring.scales[0].reverse[0]',
        'scoring.scales[0].min',
        'scoring.scales[0].minAnswered',
      ].sort(),
    );
  });

  it('says why, in words', () => {
    const result = validateDefinition({
      url: 'u',
      version: '1',
      title: 't',
      status: 'active',
      item: [{ linkId: 'q', text: 'q', type: 'date' }],
    });
    expect(result).toEqual({ ok: false, problems: [{ path: 'item[0].type', message: 'unknown item type "date"' }] });
  });

  it('checks conditions: one fitting value, comparisons on numbers, a behaviour for several, no groups', () => {
    const head = { url: 'u', version: '1', title: 't', status: 'active' };
    const choice = { linkId: 'c', text: 'c', type: 'choice', answerOption: [{ valueString: 'yes' }, { valueString: 'no' }] };
    const when = (...enableWhen: unknown[]) => ({ linkId: 'w', text: 'w', type: 'string', enableWhen });
    expect(
      paths({
        ...head,
        item: [
          { linkId: 'g', type: 'group', item: [choice] },
          when({ question: 'c', operator: '>', answerString: 'yes' }),
          { ...when({ question: 'c', operator: 'exists', answerString: 'yes' }), linkId: 'w2' },
          { ...when({ question: 'c', operator: '=', answerString: 'yes', answerBoolean: true }), linkId: 'w3' },
          {
            ...when(
              { question: 'g', operator: 'exists', answerBoolean: true },
              { question: 'c', operator: 'like', answerString: 'y' },
            ),
            linkId: 'w4',
          },
          { linkId: 'd', text: 'd', type: 'display', required: true },
          { linkId: 'e', type: 'group' },
          { linkId: 'f', text: 'f', type: 'choice' },
        ],
      }),
    ).toEqual(
      [
        'item[1].enableWhen[0].operator',
        'item[2].enableWhen[0].answerString',
        'item[3].enableWhen[0]',
        'item[4].enableBehavior',
        'item[4].enableWhen[0].question',
        'item[4].enableWhen[1].operator',
        'item[5].required',
        'item[6].item',
        'item[7].answerOption',
      ].sort(),
    );
  });

  it('refuses a scale over a string item, a duplicate id and a minAnswered of 0', () => {
    const input = {
      url: 'u',
      version: '1',
      title: 't',
      status: 'active',
      item: [likert('a'), { linkId: 'b', text: 'b', type: 'string' }],
      scoring: {
        scales: [
          { id: 's', items: ['a'], method: 'mean', min: 1, max: 5, minAnswered: 0 },
          { id: 's', items: ['b'], method: 'median', min: 1, max: 5, minAnswered: 1 },
        ],
      },
    };
    expect(paths(input)).toEqual(
      ['scoring.scales[0].minAnswered', 'scoring.scales[1].id', 'scoring.scales[1].items[0]', 'scoring.scales[1].method'].sort(),
    );
  });

  it('never throws, whatever it is given', () => {
    for (const input of [
      null,
      42,
      'x',
      [],
      {},
      { item: 'nope' },
      { item: [null, 1, { item: [[]] }] },
      { scoring: { scales: [null, { reverse: 3 }] } },
    ]) {
      const result = validateDefinition(input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
    }
  });

  it('drops fields outside the subset and keeps the rest', () => {
    const definition = load({
      resourceType: 'Questionnaire',
      id: 'x',
      url: 'u',
      version: '1',
      title: 't',
      status: 'active',
      item: [{ linkId: 'q', text: 'q', type: 'boolean', required: true, extension: [], prefix: '1.' }],
    });
    expect(definition).toEqual({
      url: 'u',
      version: '1',
      title: 't',
      status: 'active',
      item: [{ linkId: 'q', text: 'q', type: 'boolean', required: true }],
      scoring: { scales: [] },
    });
  });
});
