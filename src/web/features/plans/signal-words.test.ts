import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultSignalPhases } from '../../../domain/plan.js';
import { en, nl } from '../../i18n/texts.js';
import {
  boxLabels,
  defaultPhaseName,
  firstName,
  isEmptyPhase,
  phaseLevel,
  phaseName,
  phaseOrder,
  telHref,
} from './signal-words.js';

const phase = (overrides: Partial<Parameters<typeof isEmptyPhase>[0]> = {}) => ({
  id: 'p1',
  code: null,
  name: null,
  clientNotices: '',
  othersNotice: '',
  clientDoes: '',
  membersDo: [],
  professionalsDo: '',
  ...overrides,
});

describe('the signalling plan in words', () => {
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

  it('names every phase of the method in both languages, and no phase the method does not have', () => {
    for (const texts of [nl, en]) {
      for (const code of defaultSignalPhases) expect(texts.signalPlan.phases[code], code).toMatch(/\S/);
      expect(Object.keys(texts.signalPlan.phases).sort()).toEqual([...defaultSignalPhases].sort());
    }
  });

  it('uses a phase’s own name, else the method’s, else its place', () => {
    expect(phaseName(nlT, { code: 'early_signs', name: null }, 1)).toBe('Vroege signalen');
    expect(phaseName(enT, { code: 'early_signs', name: null }, 1)).toBe('Early signs');
    expect(phaseName(nlT, { code: 'crisis', name: 'Het gaat echt mis' }, 3)).toBe('Het gaat echt mis');
    expect(phaseName(nlT, { code: null, name: '  ' }, 4)).toBe('Fase 5');
    expect(defaultPhaseName(nlT, 'something_else')).toBeNull();
    expect(phaseOrder(nlT, 1, 4)).toBe('Fase 2 van 4');
  });

  it('colours phases by their place from stable to crisis, whatever their number', () => {
    expect([0, 1, 2, 3].map((index) => phaseLevel(index, 4))).toEqual([0, 1, 2, 3]);
    expect([0, 1].map((index) => phaseLevel(index, 2))).toEqual([0, 3]);
    expect([0, 1, 2, 3, 4, 5].map((index) => phaseLevel(index, 6))).toEqual([0, 1, 1, 2, 2, 3]);
  });

  it('speaks as “I” to the client, and names the client to everyone else', () => {
    expect(boxLabels(nlT, true, 'Joep Bakker').clientNotices).toBe('Wat merk ik zelf');
    expect(boxLabels(nlT, false, 'Joep Bakker').clientDoes).toBe('Wat doet Joep');
    expect(boxLabels(nlT, false, 'Joep Bakker').memberDoes('Mirjam de Boer')).toBe('Wat doet Mirjam de Boer');
    expect(boxLabels(enT, true, 'Joep Bakker').professionalsDo).toBe('What the professionals do');
    expect(firstName('  Joep  Bakker ')).toBe('Joep');
  });

  it('dials a number as people write it', () => {
    expect(telHref('020 123 45 67')).toBe('tel:0201234567');
    expect(telHref('+31 (0)20-123 4567')).toBe('tel:+31201234567');
    expect(telHref('0800 - 0113')).toBe('tel:08000113');
  });

  it('knows a phase with nothing written yet', () => {
    expect(isEmptyPhase(phase())).toBe(true);
    expect(isEmptyPhase(phase({ membersDo: [{ memberId: 'm', name: 'Mirjam', action: ' ' }] }))).toBe(true);
    expect(isEmptyPhase(phase({ othersNotice: 'Ik zeg weinig.' }))).toBe(false);
  });
});
