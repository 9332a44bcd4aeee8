import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { rhythmStates } from '../../../domain/meeting-rhythm.js';
import { caseloadColumns } from './caseload.js';
import {
  columnName,
  evaluationText,
  formatDay,
  formatMomentDay,
  formatShortDay,
  membersText,
  phaseName,
  phaseText,
  respondentTypeName,
  rhythmCell,
} from './team-words.js';
import { caseloadLine, testTranslations } from './team-testing.js';

let nlT: TFunction;
let enT: TFunction;
beforeAll(async () => {
  ({ nlT, enT } = await testTranslations());
});

const group = (overrides: Parameters<typeof caseloadLine>[1]) => {
  const made = caseloadLine('A', overrides).group;
  if (made === null) throw new Error('a group was asked for');
  return made;
};

describe('days', () => {
  it('writes calendar days as the Netherlands does, whatever the time zone', () => {
    expect(formatShortDay('2026-03-12', 'nl')).toBe('12 mrt 2026');
    expect(formatShortDay('2026-03-12', 'en')).toBe('12 Mar 2026');
    expect(formatDay('2026-03-12', 'nl')).toBe('12 maart 2026');
    expect(formatDay('not a day', 'nl')).toBe('not a day');
  });

  it('takes the day of a moment as it was in Amsterdam', () => {
    expect(formatMomentDay('2026-03-12T23:30:00.000Z', 'nl')).toBe('13 maart 2026');
  });
});

describe('the caseload in words', () => {
  it('names phases by the groups’ own names', () => {
    expect(phaseText(nlT, 4)).toBe('Fase 4: Startbijeenkomst');
    expect(phaseText(enT, 1)).toMatch(/^Phase 1: /);
    expect(phaseName(nlT, 7)).toBe('7');
  });

  it('says the rhythm of each state, marking a late group', () => {
    expect(
      rhythmCell(nlT, group({ rhythm: { state: 'planned', dueDate: '2026-04-20' }, nextMeetingOn: '2026-03-12' }), 'nl'),
    ).toEqual({
      label: 'Gepland',
      detail: '12 mrt 2026',
      late: false,
    });
    expect(rhythmCell(nlT, group({ rhythm: { state: 'overdue', dueDate: '2026-02-03' }, nextMeetingOn: null }), 'nl')).toEqual({
      label: 'Te laat',
      detail: 'had uiterlijk 3 feb 2026 moeten zijn',
      late: true,
    });
    expect(rhythmCell(nlT, group({ rhythm: { state: 'due_soon', dueDate: '2026-03-20' }, nextMeetingOn: null }), 'nl')).toEqual({
      label: 'Binnenkort',
      detail: 'uiterlijk 20 mrt 2026',
      late: false,
    });
    expect(rhythmCell(nlT, group({ rhythm: { state: 'none_yet', dueDate: null }, nextMeetingOn: null }), 'nl')).toEqual({
      label: 'Nog niets gepland',
      detail: null,
      late: false,
    });
    for (const state of rhythmStates) {
      const words = rhythmCell(enT, group({ rhythm: { state, dueDate: '2026-03-20' }, nextMeetingOn: '2026-03-12' }), 'en');
      expect(words.label, state).not.toMatch(/team\./);
    }
  });

  it('counts members by kind, naming peer experts only when there are any', () => {
    expect(membersText(nlT, { informal: 3, formal: 2, peer: 0 })).toBe('3 informeel, 2 formeel');
    expect(membersText(nlT, { informal: 0, formal: 1, peer: 1 })).toBe('0 informeel, 1 formeel, 1 ervaringsdeskundige');
    expect(membersText(enT, { informal: 1, formal: 0, peer: 2 })).toBe('1 informal, 0 formal, 2 peer experts');
  });

  it('says the last evaluation: none, open with how many answered, or closed', () => {
    expect(evaluationText(nlT, null, 'nl')).toBe('Nog geen evaluatie');
    expect(evaluationText(nlT, { closesOn: '2026-03-20', open: true, asked: 5, answered: 3 }, 'nl')).toBe(
      'Loopt tot 20 mrt 2026. 3 van 5 ingevuld.',
    );
    expect(evaluationText(enT, { closesOn: '2026-03-20', open: false, asked: 5, answered: 5 }, 'en')).toBe(
      'Closed. Round until 20 Mar 2026. 5 of 5 answered.',
    );
  });

  it('has a name for every column in both languages', () => {
    for (const column of caseloadColumns) {
      expect(columnName(nlT, column), column).not.toMatch(/team\./);
      expect(columnName(enT, column), column).not.toMatch(/team\./);
    }
  });

  it('names respondent types as the evaluation does', () => {
    expect(respondentTypeName(nlT, 'relative')).toBe('Naasten');
    expect(respondentTypeName(enT, 'client')).toBe('Client');
  });
});
