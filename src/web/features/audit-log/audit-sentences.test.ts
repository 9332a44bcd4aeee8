import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditActions, auditDataCategories, type AuditEventView } from '../../../shared/audit.js';
import en from '../../i18n/en.json' with { type: 'json' };
import nl from '../../i18n/nl.json' with { type: 'json' };
import { describeEvent, type AuditPerspective } from './audit-sentences.js';

const esmee: AuditEventView['actor'] = {
  name: 'Esmee van Dijk',
  role: 'coordinator',
  organisation: { id: 'o1', name: 'GGZ Voorbeeld' },
};

const event = (overrides: Partial<AuditEventView> = {}): AuditEventView => ({
  id: 'e1',
  occurredAt: '2026-03-02T09:15:00Z',
  action: 'read',
  outcome: 'success',
  actor: esmee,
  onBehalfOf: null,
  dataCategory: 'client',
  ...overrides,
});

describe('audit events in plain words', () => {
  let nlT: TFunction;
  let enT: TFunction;

  beforeAll(async () => {
    const instance = i18next.createInstance();
    await instance.init({ resources: { nl: { translation: nl }, en: { translation: en } }, lng: 'nl', interpolation: { escapeValue: false } });
    nlT = instance.getFixedT('nl');
    enT = instance.getFixedT('en');
  });

  it('says who, in which role and organisation, did what with which data', () => {
    expect(describeEvent(nlT, event(), 'client').sentence).toBe('Esmee van Dijk (regieondersteuner bij GGZ Voorbeeld) bekeek uw gegevens.');
    expect(describeEvent(enT, event(), 'client').sentence).toBe('Esmee van Dijk (care coordinator at GGZ Voorbeeld) looked at your details.');
    expect(describeEvent(nlT, event({ action: 'update', dataCategory: 'relatives' }), 'client').sentence).toBe(
      'Esmee van Dijk (regieondersteuner bij GGZ Voorbeeld) veranderde uw naasten.',
    );
    expect(describeEvent(nlT, event(), 'professional').sentence).toBe(
      'Esmee van Dijk (regieondersteuner bij GGZ Voorbeeld) bekeek gegevens van een cliënt.',
    );
  });

  it('says "Iemand" when the API gives no name, and leaves out what it does not know', () => {
    const unknown = event({ action: 'sign_in_failed', outcome: 'failed', actor: { name: null, role: null, organisation: null } });
    expect(describeEvent(nlT, unknown, 'professional').sentence).toBe('Iemand probeerde in te loggen. Dat lukte niet.');
    const relative = event({ actor: { name: 'Lotte Bakker', role: 'relative', organisation: null }, dataCategory: 'relatives' });
    expect(describeEvent(nlT, relative, 'client').sentence).toBe('Lotte Bakker (naaste) bekeek uw naasten.');
  });

  it('calls the client "U" in their own log', () => {
    const own = event({ actor: { name: 'Joep Bakker', role: 'client', organisation: null }, dataCategory: 'audit_log' });
    expect(describeEvent(nlT, own, 'client').sentence).toBe('U bekeek dit overzicht.');
    expect(describeEvent(enT, own, 'client').sentence).toBe('You looked at this overview.');
  });

  it('says when something was refused or failed, once', () => {
    expect(describeEvent(nlT, event({ action: 'access_refused', outcome: 'refused' }), 'client').sentence).toBe(
      'Esmee van Dijk (regieondersteuner bij GGZ Voorbeeld) wilde uw gegevens openen. Dat mocht niet.',
    );
    expect(describeEvent(nlT, event({ action: 'update', outcome: 'failed' }), 'client').sentence).toBe(
      'Esmee van Dijk (regieondersteuner bij GGZ Voorbeeld) veranderde uw gegevens. Dat lukte niet.',
    );
  });

  it('says for whom someone acted', () => {
    const forJoep = event({ action: 'update', onBehalfOf: { name: 'Joep Bakker' } });
    expect(describeEvent(nlT, forJoep, 'client', 'Joep Bakker').onBehalfOf).toBe('Dit was voor u.');
    expect(describeEvent(nlT, forJoep, 'professional', 'Anouk de Boer').onBehalfOf).toBe('Dit was voor Joep Bakker.');
    expect(describeEvent(nlT, event({ onBehalfOf: { name: null } }), 'professional').onBehalfOf).toBe('Dit was voor iemand anders.');
    expect(describeEvent(nlT, event(), 'client').onBehalfOf).toBeNull();
  });

  it('has words for every action and every kind of data, in both languages and both views', () => {
    const perspectives: AuditPerspective[] = ['client', 'professional'];
    for (const t of [nlT, enT]) {
      for (const perspective of perspectives) {
        for (const action of auditActions) {
          for (const dataCategory of auditDataCategories) {
            const { sentence } = describeEvent(t, event({ action, dataCategory }), perspective);
            expect(sentence).not.toMatch(/auditLog\.|\{\{|_/);
            expect(sentence).toMatch(/^Esmee van Dijk \(.+\) .+\.$/);
          }
        }
      }
    }
  });
});
