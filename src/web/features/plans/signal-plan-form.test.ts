import i18next, { type TFunction } from 'i18next';
import type { ResolverOptions } from 'react-hook-form';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../app/http.js';
import { en, nl } from '../../i18n/texts.js';
import {
  emptyPhase,
  formFields,
  initialValues,
  phaseNameForBody,
  signalPlanResolver,
  withFormCodes,
  type SignalPlanValues,
} from './signal-plan-form.js';
import { boxLabels } from './signal-words.js';

const memberId = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const phaseId = '0b1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const options = { fields: {}, shouldUseNativeValidation: false } as ResolverOptions<SignalPlanValues>;
const resolve = (values: SignalPlanValues) => signalPlanResolver(values, undefined, options);

describe('the signalling plan’s form', () => {
  let t: TFunction;

  beforeAll(async () => {
    const instance = i18next.createInstance();
    await instance.init({
      resources: { nl: { translation: nl }, en: { translation: en } },
      lng: 'nl',
      interpolation: { escapeValue: false },
    });
    t = instance.getFixedT('nl');
  });

  it('opens a new plan with the method’s four phases, from stable to crisis', () => {
    const values = initialValues(t, null);
    expect(values.phases.map((phase) => [phase.code, phase.name])).toEqual([
      ['stable', 'Stabiel'],
      ['early_signs', 'Vroege signalen'],
      ['rising_tension', 'Toenemende spanning'],
      ['crisis', 'Crisis'],
    ]);
    expect(values.crisisContacts).toEqual([]);
  });

  it('keeps the method’s names out of the plan, so that they read right in either language', () => {
    expect(phaseNameForBody({ code: 'stable', name: 'Stabiel' })).toBeNull();
    expect(phaseNameForBody({ code: 'stable', name: ' stable ' })).toBeNull();
    expect(phaseNameForBody({ code: 'stable', name: '' })).toBeNull();
    expect(phaseNameForBody({ code: 'stable', name: 'Rustig' })).toBe('Rustig');
    expect(phaseNameForBody({ code: null, name: 'Na de crisis' })).toBe('Na de crisis');
  });

  it('sends the whole plan as the API takes it, keeping the ids of existing phases', async () => {
    const values = initialValues(t, null);
    const [stable, earlySigns, ...rest] = values.phases;
    if (!stable || !earlySigns) throw new Error('the method has four phases');
    values.phases = [
      { ...stable, id: phaseId, clientNotices: 'Ik slaap goed.\nIk wandel.' },
      { ...earlySigns, membersDo: [{ memberId, action: 'Belt me op zondag.' }] },
      ...rest,
    ];
    values.crisisContacts = [{ name: 'Huisartsenpost', phone: '088 123 4567', note: '' }];
    const result = await resolve(values);
    expect(result.errors).toEqual({});
    expect(result.values).toMatchObject({
      phases: [
        { id: phaseId, code: 'stable', name: null, clientNotices: 'Ik slaap goed.\nIk wandel.' },
        { code: 'early_signs', name: null, membersDo: [{ memberId, action: 'Belt me op zondag.' }] },
        { code: 'rising_tension' },
        { code: 'crisis' },
      ],
      crisisContacts: [{ name: 'Huisartsenpost', phone: '088 123 4567', note: '' }],
    });
    expect(result.values).not.toHaveProperty('phases.1.id');
  });

  it('asks for a name of a new phase, for someone to be chosen, and for a phone number that is one', async () => {
    const values = initialValues(t, null);
    values.phases.push(emptyPhase(null, '  '));
    values.phases = values.phases.map((phase, index) =>
      index === 2 ? { ...phase, membersDo: [{ memberId: '', action: 'Komt langs.' }] } : phase,
    );
    values.crisisContacts = [
      { name: 'Crisisdienst', phone: 'bel me', note: '' },
      { name: 'Huisarts', phone: ' ', note: '' },
      { name: 'Buurvrouw', phone: '12', note: '' },
    ];
    const { errors } = await resolve(values);
    expect(errors).toMatchObject({
      phases: { 4: { name: { type: 'too_small' } }, 2: { membersDo: { 0: { memberId: { type: 'invalid_type' } } } } },
      crisisContacts: {
        0: { phone: { type: 'generic' } },
        1: { phone: { type: 'too_small' } },
        2: { phone: { type: 'generic' } },
      },
    });
  });

  it('reads the server’s codes as the form does, and names every field by where it is', () => {
    const error = new ApiError({
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      code: 'validation_failed',
      errors: [{ field: 'crisisContacts.0.phone', code: 'invalid_format', message: 'must be a phone number' }],
    });
    const read = withFormCodes(error);
    expect(read instanceof ApiError && read.problem.errors?.[0]?.code).toBe('generic');

    const values = initialValues(t, null);
    values.phases = values.phases.map((phase, index) =>
      index === 1 ? { ...phase, membersDo: [{ memberId, action: '' }] } : phase,
    );
    values.crisisContacts = [{ name: '', phone: '', note: '' }];
    const fields = formFields(t, values, {
      boxes: boxLabels(t, true, 'Joep Bakker'),
      phaseName: (index) => values.phases[index]?.name ?? '',
    });
    const label = (name: string) => fields.find((field) => field.name === name)?.label;
    expect(label('crisisContacts.0.phone')).toBe('Contact 1: Telefoonnummer');
    expect(label('phases.1.clientNotices')).toBe('Fase 2 (Vroege signalen): Wat merk ik zelf');
    expect(label('phases.1.membersDo.0.memberId')).toBe('Fase 2 (Vroege signalen), persoon 1: Wie');
    expect(fields[0]?.name).toBe('crisisContacts.0.name');
    expect(fields.at(-1)?.name).toBe('doesNotHelp');
  });
});
