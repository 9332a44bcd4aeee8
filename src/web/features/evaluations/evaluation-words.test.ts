import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en, nl } from '../../i18n/texts.js';
import {
  answerErrorText,
  areRegieThemes,
  formatDay,
  formatScore,
  hiddenReasonText,
  inTypeOrder,
  meetingLine,
  scaleName,
  sharedRange,
  summaryLine,
  typeName,
} from './evaluation-words.js';

let nlT: TFunction;
let enT: TFunction;
beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { nl: { translation: nl }, en: { translation: en } },
    lng: 'nl',
    interpolation: { escapeValue: false },
  });
  nlT = instance.getFixedT('nl');
  enT = instance.getFixedT('en');
});

describe('themes and respondent types in words', () => {
  it('names Regie’s own themes from the texts, and a loaded instrument’s scales by their own title', () => {
    expect(scaleName(nlT, { id: 'heard', title: null })).toBe('Gehoord worden');
    expect(scaleName(nlT, { id: 'roles', title: null })).toBe('Verdeling van de rollen');
    expect(scaleName(nlT, { id: 'direction', title: null })).toBe('Regie en eigen keuzes');
    expect(scaleName(nlT, { id: 'progress', title: null })).toBe('Voortgang van zorg en steun');
    expect(scaleName(enT, { id: 'heard', title: null })).toBe('Being heard');
    expect(scaleName(nlT, { id: 'heard', title: 'Gehoord worden (R-MET)' })).toBe('Gehoord worden (R-MET)');
    expect(scaleName(nlT, { id: 'subscale_b', title: null })).toBe('subscale_b');
  });

  it('says "higher is better" only of Regie’s own themes, and a range once only when every scale shares it', () => {
    expect(
      areRegieThemes([
        { id: 'heard', title: null },
        { id: 'roles', title: null },
      ]),
    ).toBe(true);
    expect(areRegieThemes([{ id: 'heard', title: 'Gehoord' }])).toBe(false);
    expect(areRegieThemes([])).toBe(false);
    expect(
      sharedRange([
        { min: 1, max: 5 },
        { min: 1, max: 5 },
      ]),
    ).toEqual({ min: 1, max: 5 });
    expect(
      sharedRange([
        { min: 1, max: 5 },
        { min: 0, max: 40 },
      ]),
    ).toBeNull();
    expect(sharedRange([])).toBeNull();
  });

  it('names respondent types and keeps them in the order client, relatives, professionals', () => {
    expect(typeName(nlT, 'client')).toBe('Cliënt');
    expect(typeName(nlT, 'relative')).toBe('Naasten');
    expect(typeName(nlT, 'professional')).toBe('Hulpverleners');
    expect(typeName(enT, 'relative')).toBe('Relatives');
    const entries = [
      { respondentType: 'professional' as const, name: 'C' },
      { respondentType: 'client' as const, name: 'A' },
      { respondentType: 'relative' as const, name: 'B' },
      { respondentType: 'professional' as const, name: 'D' },
    ];
    expect(inTypeOrder(entries).map((entry) => entry.name)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('says plainly why a type is not shown, and speaks to the client about their own answers', () => {
    expect(hiddenReasonText(nlT, 'relative', 'alone_without_consent', false)).toBe(
      'Eén naaste vulde de lijst in en gaf geen toestemming om de antwoorden te tonen. Daarom ziet u hier niets van de naasten.',
    );
    expect(hiddenReasonText(nlT, 'client', 'alone_without_consent', true)).toMatch(/^U gaf geen toestemming/);
    expect(hiddenReasonText(nlT, 'client', 'alone_without_consent', false)).toMatch(/^De cliënt gaf geen toestemming/);
    // "own" is about the client's own answers only.
    expect(hiddenReasonText(nlT, 'professional', 'no_answers', true)).toBe('Geen enkele hulpverlener vulde de lijst in.');
  });

  it('words an answer’s problem by the domain’s reason, and other codes with the app’s field messages', () => {
    expect(answerErrorText(nlT, 'required')).toBe('Deze vraag is nog leeg. Geef een antwoord.');
    expect(answerErrorText(enT, 'not_whole')).toBe('Write a whole number, without a decimal point.');
    expect(answerErrorText(nlT, 'invalid_type')).toBe('Dit is nog leeg. Vul het in of kies iets.');
    expect(answerErrorText(nlT, 'something_new')).toBe('Dit veld klopt nog niet.');
  });
});

describe('the error summary', () => {
  it('joins a question and its problem without doubled punctuation', () => {
    expect(summaryLine('De anderen luisteren naar mij.', 'Kies een van de antwoorden.')).toBe(
      'De anderen luisteren naar mij: Kies een van de antwoorden.',
    );
    expect(summaryLine('Hoeveel uur per week?', 'Schrijf alleen een getal.')).toBe(
      'Hoeveel uur per week? Schrijf alleen een getal.',
    );
    expect(summaryLine('Leeftijd', 'Schrijf een heel getal.')).toBe('Leeftijd: Schrijf een heel getal.');
  });
});

describe('numbers and days', () => {
  it('writes a mean with one decimal, as each language does', () => {
    expect(formatScore(3.75, 'nl')).toBe('3,8');
    expect(formatScore(4, 'nl')).toBe('4,0');
    expect(formatScore(3.75, 'en')).toBe('3.8');
  });

  it('writes days and a meeting the way the meetings say them', () => {
    expect(formatDay('2026-03-12', 'nl')).toBe('12 maart 2026');
    expect(meetingLine(nlT, { kind: 'follow_up', startsOn: '2026-03-12' }, 'nl')).toEqual({
      what: 'Vervolgbijeenkomst',
      day: 'donderdag 12 maart 2026',
    });
    // A moment is the day it is in the Netherlands: 23:30 UTC on the 11th is already the 12th there.
    expect(meetingLine(enT, { kind: 'start', startsOn: '2026-03-11T23:30:00Z' }, 'en').day).toMatch(/^Thursday,? 12 March 2026$/);
  });
});
