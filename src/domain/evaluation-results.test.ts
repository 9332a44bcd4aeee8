import { describe, expect, it } from 'vitest';
import {
  evaluationTrend,
  meanScores,
  roundResults,
  typeVisibility,
  uniqueScales,
  type ResultRespondent,
  type ResultScale,
} from './evaluation-results.js';
import type { RespondentType } from './evaluations.js';

const themes: ResultScale[] = ['heard', 'roles', 'direction', 'progress'].map((id) => ({ id, title: null, min: 1, max: 5 }));

function respondent(
  respondentType: RespondentType,
  name: string,
  values: Partial<Omit<ResultRespondent, 'respondentType' | 'name'>> = {},
): ResultRespondent {
  return {
    respondentType,
    name,
    answered: true,
    showWhenAlone: false,
    signed: false,
    scores: {},
    remarks: [],
    ...values,
  };
}

const typeOf = (figures: ReturnType<typeof roundResults>, type: RespondentType) =>
  figures.byType.find((result) => result.respondentType === type);

describe('roundResults', () => {
  // The client agreed to be shown alone; one relative answered without agreeing; two professionals.
  const client = respondent('client', 'Joep', {
    showWhenAlone: true,
    scores: { heard: 4, roles: 3, direction: 5, progress: 2 },
    remarks: ['Fijn dat iedereen er was'],
  });
  const lonelyRelative = respondent('relative', 'Ans', {
    scores: { heard: 1, roles: 1, direction: 1, progress: 1 },
    remarks: ['Ik word niet gehoord'],
    signed: true,
  });
  const coordinator = respondent('professional', 'Rob', {
    scores: { heard: 5, roles: 4, direction: 4, progress: 3 },
    remarks: ['Meer tijd voor de doelen'],
    signed: true,
  });
  const clinician = respondent('professional', 'Sara', { scores: { heard: 4, roles: 4, direction: 3, progress: 5 } });

  it('hides a single relative without consent: no scores, not in overall, no remark', () => {
    const figures = roundResults([client, lonelyRelative, coordinator, clinician], themes);
    expect(typeOf(figures, 'relative')).toEqual({
      respondentType: 'relative',
      asked: 1,
      answered: 1,
      shown: false,
      hiddenReason: 'alone_without_consent',
      scores: [],
    });
    // Overall over the client (4,3,5,2) and both professionals (5,4,4,3 and 4,4,3,5).
    expect(figures.overall).toEqual([
      { scaleId: 'heard', mean: 13 / 3, n: 3 },
      { scaleId: 'roles', mean: 11 / 3, n: 3 },
      { scaleId: 'direction', mean: 4, n: 3 },
      { scaleId: 'progress', mean: 10 / 3, n: 3 },
    ]);
    expect(figures.remarks).toEqual([
      { text: 'Fijn dat iedereen er was', by: null },
      { text: 'Meer tijd voor de doelen', by: 'Rob' },
    ]);
    expect(JSON.stringify(figures)).not.toContain('Ans');
  });

  it('shows a single relative who agreed, with their scores in overall and their signed remark', () => {
    const agreeing = { ...lonelyRelative, showWhenAlone: true };
    const figures = roundResults([client, agreeing, coordinator, clinician], themes);
    expect(typeOf(figures, 'relative')).toEqual({
      respondentType: 'relative',
      asked: 1,
      answered: 1,
      shown: true,
      hiddenReason: null,
      scores: themes.map((scale) => ({ scaleId: scale.id, mean: 1, n: 1 })),
    });
    // 4+1+5+4 over 4, and so on.
    expect(figures.overall.map((mean) => mean.mean)).toEqual([14 / 4, 12 / 4, 13 / 4, 11 / 4]);
    expect(figures.overall.every((mean) => mean.n === 4)).toBe(true);
    expect(figures.remarks).toContainEqual({ text: 'Ik word niet gehoord', by: 'Ans' });
  });

  it('means the professionals over both, and the client alone only with consent', () => {
    const figures = roundResults([client, coordinator, clinician], themes);
    expect(typeOf(figures, 'professional')?.scores).toEqual([
      { scaleId: 'heard', mean: 4.5, n: 2 },
      { scaleId: 'roles', mean: 4, n: 2 },
      { scaleId: 'direction', mean: 3.5, n: 2 },
      { scaleId: 'progress', mean: 4, n: 2 },
    ]);
    const withoutConsent = roundResults([{ ...client, showWhenAlone: false }, coordinator, clinician], themes);
    expect(typeOf(withoutConsent, 'client')).toMatchObject({ shown: false, hiddenReason: 'alone_without_consent', scores: [] });
    expect(withoutConsent.overall.map((mean) => mean.mean)).toEqual([4.5, 4, 3.5, 4]);
    expect(withoutConsent.remarks).toEqual([{ text: 'Meer tijd voor de doelen', by: 'Rob' }]);
  });

  it('lists every respondent type, those nobody answered for as no_answers', () => {
    const notYet = respondent('client', 'Joep', { answered: false, showWhenAlone: false });
    const figures = roundResults([notYet], themes);
    expect(figures.byType).toEqual([
      { respondentType: 'client', asked: 1, answered: 0, shown: false, hiddenReason: 'no_answers', scores: [] },
      { respondentType: 'relative', asked: 0, answered: 0, shown: false, hiddenReason: 'no_answers', scores: [] },
      { respondentType: 'professional', asked: 0, answered: 0, shown: false, hiddenReason: 'no_answers', scores: [] },
    ]);
    expect(figures.overall).toEqual(themes.map((scale) => ({ scaleId: scale.id, mean: null, n: 0 })));
    expect(figures.remarks).toEqual([]);
  });

  it('shows two relatives without asking for consent, and counts who was asked apart from who answered', () => {
    const ans = respondent('relative', 'Ans', { scores: { heard: 2, roles: 3, direction: 4, progress: 5 } });
    const kees = respondent('relative', 'Kees', { scores: { heard: 3, roles: 3, direction: 3, progress: 4 } });
    const silent = respondent('relative', 'Mo', { answered: false });
    const figures = roundResults([ans, kees, silent], themes);
    expect(typeOf(figures, 'relative')).toEqual({
      respondentType: 'relative',
      asked: 3,
      answered: 2,
      shown: true,
      hiddenReason: null,
      scores: [
        { scaleId: 'heard', mean: 2.5, n: 2 },
        { scaleId: 'roles', mean: 3, n: 2 },
        { scaleId: 'direction', mean: 3.5, n: 2 },
        { scaleId: 'progress', mean: 4.5, n: 2 },
      ],
    });
  });

  it('hides one who answered alone among several asked, unless they agreed', () => {
    const ans = respondent('relative', 'Ans', { scores: { heard: 2 } });
    const silent = respondent('relative', 'Mo', { answered: false, showWhenAlone: true });
    expect(typeOf(roundResults([ans, silent], themes), 'relative')).toMatchObject({
      asked: 2,
      answered: 1,
      shown: false,
      hiddenReason: 'alone_without_consent',
    });
    expect(typeOf(roundResults([{ ...ans, showWhenAlone: true }, silent], themes), 'relative')).toMatchObject({ shown: true });
  });

  it('means each scale over those who have a score on it, null with none', () => {
    const ans = respondent('relative', 'Ans', { scores: { heard: 2, roles: 4 } });
    const kees = respondent('relative', 'Kees', { scores: { heard: 5, roles: null, direction: 3 } });
    const figures = roundResults([ans, kees], themes);
    expect(typeOf(figures, 'relative')?.scores).toEqual([
      { scaleId: 'heard', mean: 3.5, n: 2 },
      { scaleId: 'roles', mean: 4, n: 1 },
      { scaleId: 'direction', mean: 3, n: 1 },
      { scaleId: 'progress', mean: null, n: 0 },
    ]);
  });

  it('orders remarks alphabetically, not by type or time, leaves out blank ones and names only who signed', () => {
    const people = [
      respondent('professional', 'Rob', { remarks: ['zaterdag past beter', '  '], signed: true }),
      respondent('professional', 'Sara', { remarks: ['Agenda eerder sturen'] }),
      respondent('client', 'Joep', { showWhenAlone: true, remarks: ['ééntje: koffie', 'Meer pauze'] }),
      respondent('relative', 'Ans', { remarks: ['Bellen helpt'], signed: true }),
      respondent('relative', 'Kees', { remarks: [''] }),
    ];
    expect(roundResults(people, themes).remarks).toEqual([
      { text: 'Agenda eerder sturen', by: null },
      { text: 'Bellen helpt', by: 'Ans' },
      { text: 'ééntje: koffie', by: null },
      { text: 'Meer pauze', by: null },
      { text: 'zaterdag past beter', by: 'Rob' },
    ]);
  });

  it('takes the scales of several instruments once each, the first naming a shared one', () => {
    const own: ResultScale = { id: 'heard', title: 'Gehoord', min: 0, max: 10 };
    const figures = roundResults([], [...themes, own, { id: 'safety', title: 'Veiligheid', min: 0, max: 10 }]);
    expect(figures.scales.map((scale) => scale.id)).toEqual(['heard', 'roles', 'direction', 'progress', 'safety']);
    expect(figures.scales[0]).toEqual(themes[0]);
  });
});

describe('typeVisibility', () => {
  it('follows the answers and the consent of a lone respondent', () => {
    expect(typeVisibility([])).toEqual({ shown: false, hiddenReason: 'no_answers' });
    expect(typeVisibility([{ answered: false, showWhenAlone: true }])).toEqual({ shown: false, hiddenReason: 'no_answers' });
    expect(typeVisibility([{ answered: true, showWhenAlone: false }])).toEqual({
      shown: false,
      hiddenReason: 'alone_without_consent',
    });
    expect(typeVisibility([{ answered: true, showWhenAlone: true }])).toEqual({ shown: true, hiddenReason: null });
    expect(
      typeVisibility([
        { answered: true, showWhenAlone: false },
        { answered: true, showWhenAlone: false },
      ]),
    ).toEqual({ shown: true, hiddenReason: null });
  });
});

describe('meanScores', () => {
  it('means per scale over the score sets that have one, ignoring what is not a number', () => {
    expect(meanScores([{ a: 1, b: 2 }, { a: 2 }, { a: 4, b: Number.NaN }], ['a', 'b', 'c'])).toEqual([
      { scaleId: 'a', mean: 7 / 3, n: 3 },
      { scaleId: 'b', mean: 2, n: 1 },
      { scaleId: 'c', mean: null, n: 0 },
    ]);
  });

  it('does not read inherited keys as scores', () => {
    expect(meanScores([{}], ['toString'])).toEqual([{ scaleId: 'toString', mean: null, n: 0 }]);
  });
});

describe('uniqueScales', () => {
  it('keeps the first of each id, in order', () => {
    expect(uniqueScales([themes[1], themes[0], themes[1]] as ResultScale[]).map((scale) => scale.id)).toEqual(['roles', 'heard']);
  });
});

describe('evaluationTrend', () => {
  const pair = (heard: number, heard2: number) => [
    respondent('professional', 'Rob', { scores: { heard } }),
    respondent('professional', 'Sara', { scores: { heard: heard2 } }),
  ];

  it('gives each closed round, oldest first, with the same hiding as its results', () => {
    const trend = evaluationTrend([
      {
        id: 'later',
        closedOn: '2027-06-01',
        respondents: [...pair(5, 4), respondent('relative', 'Ans', { scores: { heard: 1 } })],
        scales: themes,
      },
      { id: 'first', closedOn: '2027-03-01', respondents: pair(3, 2), scales: [themes[0] as ResultScale] },
    ]);
    expect(trend.scales).toEqual(themes);
    expect(trend.rounds.map((round) => [round.id, round.closedOn])).toEqual([
      ['first', '2027-03-01'],
      ['later', '2027-06-01'],
    ]);
    const [first, later] = trend.rounds;
    expect(first?.overall[0]).toEqual({ scaleId: 'heard', mean: 2.5, n: 2 });
    expect(first?.overall[1]).toEqual({ scaleId: 'roles', mean: null, n: 0 });
    // The lone relative without consent is left out of the later round's overall.
    expect(later?.overall[0]).toEqual({ scaleId: 'heard', mean: 4.5, n: 2 });
    expect(later?.byType).toEqual([
      { respondentType: 'client', shown: false, scores: [] },
      { respondentType: 'relative', shown: false, scores: [] },
      {
        respondentType: 'professional',
        shown: true,
        scores: [
          { scaleId: 'heard', mean: 4.5, n: 2 },
          { scaleId: 'roles', mean: null, n: 0 },
          { scaleId: 'direction', mean: null, n: 0 },
          { scaleId: 'progress', mean: null, n: 0 },
        ],
      },
    ]);
  });

  it('is empty without closed rounds', () => {
    expect(evaluationTrend([])).toEqual({ scales: [], rounds: [] });
  });
});
