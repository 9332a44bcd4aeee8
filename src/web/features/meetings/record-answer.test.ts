import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../shared/meetings.js';
import { en, nl } from '../../i18n/texts.js';
import { testTranslations } from './meetings-testing.js';
import { mayRecordAnswer } from './RecordAnswer.js';

const abilities = (edit: boolean): Pick<Meeting, 'abilities'> => ({
  abilities: { edit, reply: false, seeReplies: true, readMinutes: true, evaluate: false },
});

describe("writing down someone else's answer", () => {
  it('is offered to whoever plans the meeting, for an invitee who does not answer in Regie', () => {
    expect(mayRecordAnswer(abilities(true), { answersInRegie: false })).toBe(true);
    // They answer for themselves.
    expect(mayRecordAnswer(abilities(true), { answersInRegie: true })).toBe(false);
    // The client's coordinator sees the replies without planning, and a meeting that began or was cancelled cannot be edited.
    expect(mayRecordAnswer(abilities(false), { answersInRegie: false })).toBe(false);
  });

  it('names whose answer each button gives, in both languages', async () => {
    const { nlT, enT } = await testTranslations();
    expect(nlT('meetings.recordAnswer.whose', { name: 'Wilma Jansen' })).toBe('(antwoord van Wilma Jansen)');
    expect(enT('meetings.recordAnswer.whose', { name: 'Wilma Jansen' })).toBe('(answer of Wilma Jansen)');
    expect(Object.keys(en.meetings.recordAnswer)).toEqual(Object.keys(nl.meetings.recordAnswer));
    for (const t of [nlT, enT])
      expect(t('meetings.recordAnswer.saved', { name: 'Wilma Jansen', answer: 'x' })).toContain('Wilma Jansen');
  });
});
