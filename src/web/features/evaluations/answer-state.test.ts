import { describe, expect, it } from 'vitest';
import type { InstrumentDefinition, InstrumentItem } from '../../../domain/instruments.js';
import { regieInstrument } from '../../../domain/regie-evaluation.js';
import {
  answerFieldErrors,
  optionKey,
  optionLabel,
  questionnaireDefinition,
  readDrafts,
  toAnswer,
  walkItems,
} from './answer-state.js';

const item = (overrides: Partial<InstrumentItem> & Pick<InstrumentItem, 'type'>): InstrumentItem => ({
  linkId: 'q',
  text: 'A question',
  ...overrides,
});

/** A small questionnaire with every kind of item and a follow-up question asked only after "yes". */
const definition: InstrumentDefinition = {
  url: 'urn:test',
  version: '1',
  title: 'Test',
  status: 'active',
  scoring: { scales: [] },
  item: [
    { linkId: 'intro', type: 'display', text: 'Read this first.' },
    {
      linkId: 'about',
      type: 'group',
      text: 'About you',
      item: [
        { linkId: 'age', type: 'integer', text: 'How old are you?', required: true },
        { linkId: 'hours', type: 'decimal', text: 'Hours a week?' },
        { linkId: 'helps', type: 'boolean', text: 'Do you help?', required: true },
        {
          linkId: 'how',
          type: 'string',
          text: 'How do you help?',
          required: true,
          enableWhen: [{ question: 'helps', operator: '=', answerBoolean: true }],
        },
      ],
    },
    {
      linkId: 'mood',
      type: 'choice',
      text: 'How is it going?',
      answerOption: [{ valueCoding: { code: 'good', display: 'Good' } }, { valueCoding: { code: 'bad', display: 'Not good' } }],
    },
    { linkId: 'count', type: 'choice', text: 'How many?', answerOption: [{ valueInteger: 1 }, { valueInteger: 2 }] },
    { linkId: 'remarks', type: 'text', text: 'Anything else?' },
  ],
};

/** An item of the test questionnaire by its linkId. */
function itemOf(linkId: string): InstrumentItem {
  const found = walkItems(definition.item).find((entry) => entry.linkId === linkId);
  if (!found) throw new Error(`no item ${linkId}`);
  return found;
}

describe('form input as answers', () => {
  it('reads each kind of item into the answer the API takes, and empty as no answer', () => {
    expect(toAnswer(item({ type: 'integer' }), ' 42 ')).toEqual({ answer: { integer: 42 } });
    expect(toAnswer(item({ type: 'decimal' }), '7,5')).toEqual({ answer: { decimal: 7.5 } });
    expect(toAnswer(item({ type: 'decimal' }), '3')).toEqual({ answer: { decimal: 3 } });
    expect(toAnswer(item({ type: 'boolean' }), 'false')).toEqual({ answer: { boolean: false } });
    expect(toAnswer(item({ type: 'string' }), '  Boodschappen  ')).toEqual({ answer: { string: 'Boodschappen' } });
    expect(toAnswer(item({ type: 'text' }), 'Fijn\nDank')).toEqual({ answer: { string: 'Fijn\nDank' } });
    expect(toAnswer(item({ type: 'integer' }), '   ')).toBeNull();
    expect(toAnswer(item({ type: 'display' }), 'anything')).toBeNull();
    expect(toAnswer(item({ type: 'group' }), 'anything')).toBeNull();
  });

  it('answers a choice with the option itself: a coding keeps the display the respondent read', () => {
    const choice = itemOf('mood');
    expect(toAnswer(choice, 'bad')).toEqual({ answer: { coding: { code: 'bad', display: 'Not good' } } });
    expect(toAnswer(itemOf('count'), '2')).toEqual({ answer: { integer: 2 } });
    expect(toAnswer(item({ type: 'choice', answerOption: [{ valueString: 'ja' }] }), 'ja')).toEqual({ answer: { string: 'ja' } });
    expect(toAnswer(choice, 'unknown')).toEqual({ problem: 'not_an_option' });
  });

  it('says what is wrong with a typed number rather than sending it', () => {
    expect(toAnswer(item({ type: 'integer' }), '3,5')).toEqual({ problem: 'not_whole' });
    expect(toAnswer(item({ type: 'integer' }), 'drie')).toEqual({ problem: 'not_a_number' });
    expect(toAnswer(item({ type: 'decimal' }), '1.2.3')).toEqual({ problem: 'not_a_number' });
  });

  it('keys and names options by their value and display', () => {
    expect(optionKey({ valueCoding: { code: '4', display: 'Mee eens' } })).toBe('4');
    expect(optionLabel({ valueCoding: { code: '4', display: 'Mee eens' } })).toBe('Mee eens');
    expect(optionLabel({ valueCoding: { code: 'x' } })).toBe('x');
    expect(optionKey({ valueInteger: 3 })).toBe('3');
    expect(optionLabel({ valueString: 'soms' })).toBe('soms');
  });
});

describe('reading the whole form', () => {
  it('asks a follow-up question only after the answer that enables it, and sends no answer to it otherwise', () => {
    const before = readDrafts(definition, { age: '40', helps: 'false', how: 'Typed before changing my mind' });
    expect(before.enabled.has('how')).toBe(false);
    expect(before.answers).toEqual({ age: { integer: 40 }, helps: { boolean: false } });
    expect(before.problems).toEqual({});

    const after = readDrafts(definition, { age: '40', helps: 'true', how: '' });
    expect(after.enabled.has('how')).toBe(true);
    expect(after.problems).toEqual({ how: 'required' });
  });

  it('names every problem per item in the questionnaire’s order, a typing mistake before "required"', () => {
    const read = readDrafts(definition, { age: 'veertig', hours: 'veel' });
    expect(Object.entries(read.problems)).toEqual([
      ['age', 'not_a_number'],
      ['hours', 'not_a_number'],
      ['helps', 'required'],
    ]);
    expect(read.answers).toEqual({});
  });

  it('fills in Regie’s own questionnaire: every theme and the remarks optional, "don’t know" an answer too', () => {
    const instrument = regieInstrument('relative', 'nl');
    const [first = '', second = ''] = walkItems(instrument.item)
      .filter((entry) => entry.type === 'choice')
      .map((entry) => entry.linkId);
    expect(readDrafts(instrument, {}).problems).toEqual({});
    const read = readDrafts(instrument, { [first]: '4', [second]: 'dont_know', remarks: 'Goed zo' });
    expect(read.problems).toEqual({});
    expect(read.answers[first]).toEqual({ coding: { code: '4', display: 'Mee eens' } });
    expect(read.answers[second]).toEqual({ coding: { code: 'dont_know', display: 'Weet ik niet' } });
    expect(read.answers.remarks).toEqual({ string: 'Goed zo' });
  });

  it('turns the questionnaire from the API into a definition the domain reads', () => {
    const instrument = regieInstrument('client', 'en');
    const read = questionnaireDefinition({
      source: 'regie',
      title: instrument.title,
      url: instrument.url,
      version: instrument.version,
      item: instrument.item,
    });
    expect(read).toMatchObject({
      url: instrument.url,
      version: instrument.version,
      item: instrument.item,
      scoring: { scales: [] },
    });
  });
});

describe('the server’s field errors', () => {
  it('puts an error at answers.<linkId> next to its item, and says the rest above the form', () => {
    const placed = answerFieldErrors(
      [
        { field: 'answers.1', code: 'required' },
        { field: 'answers.1.1', code: 'not_an_option' },
        { field: 'answers.1.1.coding.code', code: 'too_big' },
        { field: 'answers.gone', code: 'unknown_item' },
        { field: 'showWhenAlone', code: 'invalid_type' },
      ],
      ['1', '1.1'],
    );
    expect(placed.byItem).toEqual({ '1': 'required', '1.1': 'not_an_option' });
    expect(placed.other).toEqual([
      { field: 'answers.gone', code: 'unknown_item' },
      { field: 'showWhenAlone', code: 'invalid_type' },
    ]);
  });
});
