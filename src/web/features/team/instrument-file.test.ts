import { describe, expect, it } from 'vitest';
import { definitionProblems, maxRequestBytes, readInstrumentText } from './instrument-file.js';
import { refusal } from './team-testing.js';

describe('reading an instrument file in the browser', () => {
  it('gives the parsed definition of a JSON file', () => {
    expect(readInstrumentText('{ "resourceType": "Questionnaire", "item": [] }')).toEqual({
      ok: true,
      definition: { resourceType: 'Questionnaire', item: [] },
    });
  });

  it('says so when the file is not JSON, with the parser’s words, without sending anything', () => {
    const reading = readInstrumentText('{ "title": "R-MET", }');
    expect(reading).toMatchObject({ ok: false, reason: 'not_json', detail: expect.any(String) as unknown });
    expect(!reading.ok && reading.reason === 'not_json' && reading.detail !== '').toBe(true);
  });

  it('says so when the file is empty', () => {
    expect(readInstrumentText('')).toEqual({ ok: false, reason: 'empty' });
    expect(readInstrumentText(' \n\t')).toEqual({ ok: false, reason: 'empty' });
  });

  it('refuses a definition larger than the server takes, counting what is sent rather than the file’s spaces', () => {
    const big = JSON.stringify({ text: 'x'.repeat(maxRequestBytes) });
    expect(readInstrumentText(big)).toEqual({ ok: false, reason: 'too_big' });
    const spacious = `{"text": "short"${' '.repeat(maxRequestBytes)}}`;
    expect(readInstrumentText(spacious)).toEqual({ ok: true, definition: { text: 'short' } });
  });
});

describe('what the server found wrong in a definition', () => {
  it('lists each problem with its place in the file, without the body’s prefix', () => {
    const error = refusal(422, 'validation_failed', [
      { field: 'definition.item[0].linkId', code: 'invalid', message: 'is used twice' },
      { field: 'definition', code: 'invalid', message: 'is not a Questionnaire' },
      { field: 'definition.scoring.scales[1].items', code: 'invalid', message: 'names an item that does not exist' },
    ]);
    expect(definitionProblems(error)).toEqual([
      { path: 'item[0].linkId', message: 'is used twice' },
      { path: '', message: 'is not a Questionnaire' },
      { path: 'scoring.scales[1].items', message: 'names an item that does not exist' },
    ]);
  });

  it('leaves other failures to the form: a wrong respondent type, a refusal, a network failure', () => {
    expect(
      definitionProblems(
        refusal(422, 'validation_failed', [{ field: 'respondentType', code: 'invalid_value', message: 'must be one of' }]),
      ),
    ).toBeNull();
    expect(definitionProblems(refusal(403, 'forbidden'))).toBeNull();
    expect(
      definitionProblems(refusal(400, 'validation_failed', [{ field: 'definition.item', code: 'x', message: 'y' }])),
    ).toBeNull();
    expect(definitionProblems(new Error('offline'))).toBeNull();
  });

  it('does not take a field that only starts like the definition for one of its paths', () => {
    expect(
      definitionProblems(refusal(422, 'validation_failed', [{ field: 'definitionVersion', code: 'x', message: 'y' }])),
    ).toBeNull();
  });
});
