import { describe, expect, it } from 'vitest';
import {
  areValidGoalLimits,
  canAddGoal,
  canLinkGoals,
  countsTowardsLimit,
  defaultSignalPhases,
  goalStatuses,
  isProgressScore,
  isValidSignalPhaseCount,
  progressTrend,
  type GoalRef,
} from './plan.js';

describe('goal limits', () => {
  it('allows up to 2 long-term and 3 short-term goals by the method', () => {
    expect(canAddGoal('long', { long: 1, short: 0 })).toEqual({ ok: true });
    expect(canAddGoal('long', { long: 2, short: 0 })).toEqual({ ok: false, reason: 'limit_reached', horizon: 'long', limit: 2 });
    expect(canAddGoal('short', { long: 2, short: 2 })).toEqual({ ok: true });
    expect(canAddGoal('short', { long: 0, short: 3 })).toEqual({
      ok: false,
      reason: 'limit_reached',
      horizon: 'short',
      limit: 3,
    });
  });

  it("follows an organisation's own limits", () => {
    expect(canAddGoal('short', { long: 0, short: 3 }, { long: 1, short: 4 })).toEqual({ ok: true });
    expect(canAddGoal('long', { long: 1, short: 0 }, { long: 1, short: 4 })).toMatchObject({ ok: false, limit: 1 });
  });

  it('frees the place of an achieved or stopped goal, which stays visible', () => {
    expect(goalStatuses.filter(countsTowardsLimit)).toEqual(['not_started', 'in_progress', 'adjusted']);
  });

  it('accepts limits of 1 to 10 whole goals per horizon only', () => {
    expect(areValidGoalLimits({ long: 2, short: 3 })).toBe(true);
    expect(areValidGoalLimits({ long: 1, short: 10 })).toBe(true);
    for (const limits of [
      { long: 0, short: 3 },
      { long: 2, short: 11 },
      { long: 1.5, short: 3 },
      { long: 2, short: Number.NaN },
    ]) {
      expect(areValidGoalLimits(limits), JSON.stringify(limits)).toBe(false);
    }
  });
});

describe('linking a short-term goal to the long-term goal it serves', () => {
  const long: GoalRef = { id: 'l', horizon: 'long', status: 'in_progress' };
  const short: GoalRef = { id: 's', horizon: 'short', status: 'not_started' };

  it('links a short-term step to a long-term goal that is not stopped', () => {
    expect(canLinkGoals(short, long)).toBe(true);
    expect(canLinkGoals(short, { ...long, status: 'achieved' })).toBe(true);
    expect(canLinkGoals(short, { ...long, status: 'stopped' })).toBe(false);
  });

  it('never links the other way round, nor two goals of one horizon', () => {
    expect(canLinkGoals(long, short)).toBe(false);
    expect(canLinkGoals(short, { ...short, id: 's2' })).toBe(false);
    expect(canLinkGoals(long, { ...long, id: 'l2' })).toBe(false);
  });
});

describe('progress', () => {
  it('scores in whole steps from 0 to 10', () => {
    expect([0, 5, 10].every(isProgressScore)).toBe(true);
    expect([-1, 11, 2.5, Number.NaN].some(isProgressScore)).toBe(false);
  });

  it('draws one point per day in date order, the last score of a day counting', () => {
    const trend = progressTrend([
      { date: '2026-06-01', recordedAt: '2026-06-01T10:00:00.000Z', score: 4 },
      { date: '2026-03-01', recordedAt: '2026-03-01T10:00:00.000Z', score: 2 },
      { date: '2026-06-01', recordedAt: '2026-06-01T09:00:00.000Z', score: 7 },
      { date: '2026-09-01', recordedAt: '2026-09-01T10:00:00.000Z', score: 6 },
    ]);
    expect(trend).toEqual([
      { date: '2026-03-01', score: 2 },
      { date: '2026-06-01', score: 4 },
      { date: '2026-09-01', score: 6 },
    ]);
    expect(progressTrend([])).toEqual([]);
  });
});

describe('the signalling plan', () => {
  it('starts with the four usual phases, from stable to crisis', () => {
    expect(defaultSignalPhases).toEqual(['stable', 'early_signs', 'rising_tension', 'crisis']);
    expect(isValidSignalPhaseCount(defaultSignalPhases.length)).toBe(true);
  });

  it('keeps at least stable and crisis, and at most six phases', () => {
    expect([2, 3, 6].every(isValidSignalPhaseCount)).toBe(true);
    expect([0, 1, 7, 2.5].some(isValidSignalPhaseCount)).toBe(false);
  });
});
