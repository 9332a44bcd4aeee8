import { describe, expect, it } from 'vitest';
import { qualityActionStage, qualityStages } from '../../../domain/quality-cycle.js';
import { qualityActionBodySchema, type QualityAction } from '../../../shared/team.js';
import {
  actionsByStage,
  bodyOf,
  none,
  qualityFormSchema,
  qualityResolver,
  stageNumber,
  themeChoices,
  valuesOf,
} from './quality-form.js';

const ownerId = '7d0f3a2b-1c4e-4f5a-8b6c-9d0e1f2a3b4c';

const action = (overrides: Partial<QualityAction> = {}): QualityAction => ({
  id: 'a1',
  theme: 'heard',
  what: 'Elke bijeenkomst begint met een rondje',
  why: 'Naasten voelen zich weinig gehoord',
  owner: null,
  dueOn: null,
  checkResult: null,
  checkedOn: null,
  decision: null,
  decisionNote: null,
  stage: 'plan',
  createdAt: '2026-03-01T10:00:00.000Z',
  createdBy: 'Tamara Kok',
  updatedAt: '2026-03-01T10:00:00.000Z',
  updatedBy: 'Tamara Kok',
  ...overrides,
});

describe('where an improvement action stands', () => {
  it('numbers the steps one to four, in the cycle’s order', () => {
    expect(qualityStages.map(stageNumber)).toEqual([1, 2, 3, 4]);
  });

  it('is, once the form is saved, where the body the form sends puts it', () => {
    const stageOfForm = (change: Partial<ReturnType<typeof valuesOf>>) =>
      qualityActionStage(bodyOf(qualityFormSchema.parse({ ...valuesOf(), what: 'Iets', why: 'Omdat', ...change })));
    expect(stageOfForm({})).toBe('plan');
    expect(stageOfForm({ ownerProfessionalId: ownerId })).toBe('do');
    expect(stageOfForm({ dueOn: '2026-06-01', checkResult: '   ' })).toBe('do');
    expect(stageOfForm({ checkResult: 'De score ging omhoog' })).toBe('check');
    expect(stageOfForm({ decision: 'stop' })).toBe('act');
    expect(stageOfForm({ decision: none, decisionNote: 'Nog even afwachten' })).toBe('plan');
  });

  it('groups actions by their step, each step present, the given order kept', () => {
    const grouped = actionsByStage([
      action({ id: 'new', stage: 'do' }),
      action({ id: 'middle', stage: 'act' }),
      action({ id: 'old', stage: 'do' }),
    ]);
    expect(Object.keys(grouped)).toEqual(['plan', 'do', 'check', 'act']);
    expect(grouped.do.map((a) => a.id)).toEqual(['new', 'old']);
    expect(grouped.act.map((a) => a.id)).toEqual(['middle']);
    expect(grouped.plan).toEqual([]);
  });
});

describe('the form’s values and the API’s body', () => {
  it('starts a new action empty, with no theme, owner or decision', () => {
    expect(valuesOf()).toEqual({
      what: '',
      why: '',
      theme: null,
      ownerProfessionalId: null,
      dueOn: null,
      checkResult: '',
      checkedOn: null,
      decision: none,
      decisionNote: '',
    });
  });

  it('sends what is left empty as null, and trims the team’s words', () => {
    const values = qualityFormSchema.parse({ ...valuesOf(), what: '  Een rondje  ', why: 'Omdat het helpt\n' });
    const body = bodyOf(values);
    expect(body).toEqual({
      theme: null,
      what: 'Een rondje',
      why: 'Omdat het helpt',
      ownerProfessionalId: null,
      dueOn: null,
      checkResult: null,
      checkedOn: null,
      decision: null,
      decisionNote: null,
    });
    expect(qualityActionBodySchema.safeParse(body).success).toBe(true);
  });

  it('gives an action back unchanged through the form', () => {
    const whole = action({
      theme: 'roles',
      owner: { id: ownerId, name: 'Tamara Kok' },
      dueOn: '2026-06-01',
      checkResult: 'De score ging van 2,8 naar 3,4',
      checkedOn: '2026-09-15',
      decision: 'adjust',
      decisionNote: 'Ook in de themabijeenkomsten',
      stage: 'act',
    });
    const body = bodyOf(qualityFormSchema.parse(valuesOf(whole)));
    expect(body).toEqual({
      theme: 'roles',
      what: whole.what,
      why: whole.why,
      ownerProfessionalId: ownerId,
      dueOn: '2026-06-01',
      checkResult: 'De score ging van 2,8 naar 3,4',
      checkedOn: '2026-09-15',
      decision: 'adjust',
      decisionNote: 'Ook in de themabijeenkomsten',
    });
    expect(qualityActionBodySchema.safeParse(body).success).toBe(true);
  });

  it('refuses an empty what or why, and a date that cannot be read', () => {
    const result = qualityFormSchema.safeParse({ ...valuesOf(), what: '   ', why: '', dueOn: '1-6-2026' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['dueOn', 'what', 'why']);
  });
});

describe('the form’s checks', () => {
  it('name errors by codes the shared messages know: a date that cannot be read is not a bad email address', async () => {
    const result = await qualityResolver({ ...valuesOf(), what: '', why: 'Omdat', dueOn: '1-6-2026' }, undefined, {
      fields: {},
      shouldUseNativeValidation: false,
    });
    expect(result.errors.what?.type).toBe('too_small');
    expect(result.errors.dueOn?.type).toBe('generic');
    expect(result.errors.why).toBeUndefined();
  });
});

describe('the themes to choose from', () => {
  it('are Regie’s four, plus an action’s own theme when it is another', () => {
    expect(themeChoices(null).map((c) => c.id)).toEqual(['heard', 'roles', 'direction', 'progress']);
    expect(themeChoices('roles').map((c) => c.id)).toEqual(['heard', 'roles', 'direction', 'progress']);
    expect(themeChoices('safety')).toEqual([
      { kind: 'theme', id: 'heard' },
      { kind: 'theme', id: 'roles' },
      { kind: 'theme', id: 'direction' },
      { kind: 'theme', id: 'progress' },
      { kind: 'other', id: 'safety' },
    ]);
  });
});
