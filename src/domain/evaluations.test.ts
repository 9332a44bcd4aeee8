import { describe, expect, it } from 'vitest';
import { respondentTypeOf, roundIsOpen } from './evaluations.js';

describe('respondentTypeOf', () => {
  it('asks informal members as relatives, peer experts and professionals as professionals', () => {
    expect(respondentTypeOf('informal')).toBe('relative');
    expect(respondentTypeOf('peer')).toBe('professional');
    expect(respondentTypeOf('formal')).toBe('professional');
  });
});

describe('roundIsOpen', () => {
  it('is open up to and including its last day, and never once closed', () => {
    expect(roundIsOpen({ closedAt: null, closesOn: '2027-03-10' }, '2027-03-10')).toBe(true);
    expect(roundIsOpen({ closedAt: null, closesOn: '2027-03-10' }, '2027-03-11')).toBe(false);
    expect(roundIsOpen({ closedAt: '2027-03-01T10:00:00.000Z', closesOn: '2027-03-10' }, '2027-03-02')).toBe(false);
  });
});
