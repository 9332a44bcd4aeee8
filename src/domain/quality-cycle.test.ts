import { describe, expect, it } from 'vitest';
import { qualityActionStage, type QualityActionFacts } from './quality-cycle.js';

const planned: QualityActionFacts = { ownerProfessionalId: null, dueOn: null, checkResult: null, decision: null };

describe('the stage of an improvement action', () => {
  it('is plan while only what and why are known', () => {
    expect(qualityActionStage(planned)).toBe('plan');
  });

  it('is do once it has an owner or a date', () => {
    expect(qualityActionStage({ ...planned, ownerProfessionalId: 'p1' })).toBe('do');
    expect(qualityActionStage({ ...planned, dueOn: '2027-04-01' })).toBe('do');
  });

  it('is check once what the next round showed is written down', () => {
    expect(qualityActionStage({ ...planned, ownerProfessionalId: 'p1', checkResult: 'Hoger op gehoord worden' })).toBe('check');
  });

  it('is act once a decision is taken, whatever was skipped before', () => {
    expect(qualityActionStage({ ...planned, ownerProfessionalId: 'p1', checkResult: 'Beter', decision: 'keep' })).toBe('act');
    expect(qualityActionStage({ ...planned, decision: 'stop' })).toBe('act');
  });

  it('does not count blank text as filled in', () => {
    expect(qualityActionStage({ ...planned, checkResult: '  ' })).toBe('plan');
    expect(qualityActionStage({ ...planned, dueOn: '2027-04-01', checkResult: '' })).toBe('do');
  });
});
