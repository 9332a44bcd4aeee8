import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en, nl } from '../../i18n/texts.js';
import { agreementWhen, agreementWho, isOverdue, openCount, sortAgreements, type MyAgreement } from './agreement-words.js';

const agreement = (overrides: Partial<MyAgreement> = {}): MyAgreement => ({
  id: 'a1',
  what: 'Samen wandelen',
  assignee: { kind: 'client' },
  dueOn: null,
  goalId: null,
  goal: null,
  status: 'open',
  doneAt: null,
  updatedAt: '2026-03-01T10:00:00.000Z',
  mine: true,
  ...overrides,
});

describe('“Mijn afspraken” in words and order', () => {
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

  it('puts what is still to do first, soonest first and undated last; the finished ones latest first', () => {
    const sorted = sortAgreements([
      agreement({ id: 'none', dueOn: null }),
      agreement({ id: 'late', dueOn: '2026-03-20' }),
      agreement({ id: 'done-early', status: 'done', doneAt: '2026-03-02T09:00:00.000Z' }),
      agreement({ id: 'soon', dueOn: '2026-03-10' }),
      agreement({ id: 'cancelled', status: 'cancelled', updatedAt: '2026-03-05T09:00:00.000Z' }),
    ]);
    expect(sorted.open.map((a) => a.id)).toEqual(['soon', 'late', 'none']);
    expect(sorted.closed.map((a) => a.id)).toEqual(['cancelled', 'done-early']);
    expect(openCount([agreement(), agreement({ status: 'done' }), agreement({ status: 'cancelled' })])).toBe(1);
  });

  it('says in words when an agreement is late, is due, or was done', () => {
    const today = '2026-03-15';
    expect(isOverdue(agreement({ dueOn: '2026-03-14' }), today)).toBe(true);
    expect(isOverdue(agreement({ dueOn: '2026-03-15' }), today)).toBe(false);
    expect(isOverdue(agreement({ dueOn: '2026-03-14', status: 'done' }), today)).toBe(false);
    expect(agreementWhen(nlT, agreement({ dueOn: '2026-03-14' }), 'nl', today)).toBe(
      'Te laat. Dit zou klaar zijn op 14 maart 2026.',
    );
    expect(agreementWhen(nlT, agreement({ dueOn: '2026-03-20' }), 'nl', today)).toBe('Klaar op: 20 maart 2026');
    expect(agreementWhen(enT, agreement({ status: 'done', doneAt: '2026-03-12T23:30:00.000Z' }), 'en', today)).toBe(
      'Done on 13 March 2026.',
    );
    expect(agreementWhen(nlT, agreement(), 'nl', today)).toBeNull();
    expect(agreementWhen(nlT, agreement({ status: 'cancelled' }), 'nl', today)).toBe('Gaat niet meer door.');
  });

  it('tells the client who does each agreement', () => {
    expect(agreementWho(nlT, agreement())).toBe('Wie: uzelf');
    expect(agreementWho(nlT, agreement({ assignee: { kind: 'member', memberId: 'm', name: 'Mirjam de Boer' } }))).toBe(
      'Wie: Mirjam de Boer',
    );
  });
});
